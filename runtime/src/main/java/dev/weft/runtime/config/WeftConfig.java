package dev.weft.runtime.config;

import io.quarkus.runtime.annotations.ConfigPhase;
import io.quarkus.runtime.annotations.ConfigRoot;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Weft's run-time configuration, under the {@code quarkus.weft.} prefix. The names of earlier
 * releases ({@code weft.*}) still work for now, with a warning at start-up ({@link LegacyNames}).
 */
@ConfigMapping(prefix = "quarkus.weft")
@ConfigRoot(phase = ConfigPhase.RUN_TIME)
public interface WeftConfig {

    /** Sessions: one per browser tab. */
    Sessions sessions();

    /** {@code @Limited} groups: fair queues and confined threads. */
    Limits limits();

    /** Images and downloads drawn from bytes, served over HTTP to their session. */
    Media media();

    /** File uploaders: limits and where uploaded files are kept. */
    Uploads uploads();

    /** The pages' look: the primary colour, and the light or dark theme they start in. */
    Theme theme();

    /** Logging in and out: where the header's "Log out" control sends the user. */
    Auth auth();

    /**
     * The largest message a browser may send, in bytes. A larger message is answered with a {@code
     * too_large} error and ignored; the session goes on. The WebSocket server's own limits ({@code
     * quarkus.websockets-next.server.max-frame-size} and {@code max-message-size}) default to twice
     * this, and at least 1 MiB; a message above them closes the connection (1009), and the tab then
     * reconnects and resumes its session.
     */
    @WithDefault("65536")
    int maxMessageSize();

    /**
     * Origins allowed to open the WebSocket besides the page's own, for example {@code
     * https://dash.example.com}. A browser's upgrade request (or upload) whose {@code Origin} is
     * neither the request's own scheme, host and port nor listed here is refused with HTTP 403.
     */
    Optional<List<String>> allowedOrigins();

    /**
     * The host names the server answers to, against DNS rebinding, for example {@code
     * dash.example.com} or {@code *.example.com}. Set, a page or WebSocket request whose {@code Host}
     * header names another host is refused with HTTP 403 (loopback names such as {@code localhost}
     * are always accepted). Unset, any host is accepted; the WebSocket's {@code Origin} must still
     * match the request's scheme, host and port.
     */
    Optional<List<String>> allowedHosts();

    /**
     * Which pages may show the apps in a frame: the value of the pages' {@code
     * Content-Security-Policy: frame-ancestors} header, for example {@code 'self'
     * https://portal.example.com}. With {@code 'self'} (the default) or {@code 'none'} the pages also
     * send {@code X-Frame-Options} ({@code SAMEORIGIN} or {@code DENY}) for older browsers; {@code *}
     * lets any site frame them.
     */
    @WithDefault("'self'")
    String frameAncestors();

    /** Whether a fragment's error in its slot includes the stack trace. Defaults to dev mode only. */
    Optional<Boolean> showStackTraces();

    /**
     * How often a running fragment's output so far is sent to the browser: a progress bar, an {@code
     * ui.empty()} placeholder refilled while the run goes on, or the first elements of a slow
     * section show up while the run continues. A partial {@code slot} message is sent only when
     * something changed, at most once per this interval per slot, and not before the run has been
     * drawing for this long (a run that draws everything within it sends none); the run's final
     * content replaces it. {@code 0} sends a slot's content only when its run ends.
     */
    @WithDefault("80MS")
    Duration partialInterval();

    /** Fragment runs. */
    Fragments fragments();

    /**
     * Whether Weft builds Jackson's {@code ObjectMapper}, which its sessions use, on a background
     * thread as soon as the HTTP server has started, so that the first page opened does not wait for
     * it (a few hundred milliseconds of CPU, once). Off, the first page opened builds it.
     */
    @WithDefault("true")
    boolean jsonWarmUp();

    /** Fragment run settings. */
    interface Fragments {

        /**
         * How long one run of a fragment may take, for example {@code 30s}; unset (the default) for no
         * limit. A run past it fails with a message saying so in its slot, and its dependents go on as
         * after any failure. Its thread is interrupted and its next {@code Ui} call ends it; a run that
         * ignores both computes on, its output dropped, and its fragment's next run waits until it has
         * returned. Counts the fragment's own time, not its wait for a {@code @Limited} permit.
         */
        Optional<Duration> timeLimit();
    }

    /** Session settings. */
    interface Sessions {

        /** The most sessions (open tabs) the server keeps at once; one more is refused with an error. */
        @WithDefault("1000")
        int max();

        /**
         * How long a session whose connection dropped is kept, waiting for its tab to reconnect and
         * resume where it was. After that its app instance is destroyed.
         */
        @WithDefault("2M")
        Duration reconnectTimeout();

        /**
         * Whether serving an app's page already starts its session, so that fragments run while the
         * browser loads the page's scripts and connects (about a round trip and a script load sooner).
         * The page carries the session's id, and its tab claims the session when it connects.
         */
        @WithDefault("true")
        boolean startOnPageLoad();

        /**
         * How long a session started with its page waits for its tab to connect before it is
         * destroyed (a page fetched by a crawler, or a tab closed at once).
         */
        @WithDefault("30S")
        Duration claimTimeout();

        /**
         * The most sessions started with their page and not yet claimed by a tab. A page served when
         * this many are waiting carries no session; its tab gets one when it connects. When the
         * server is full, a connecting tab that needs a session ends the oldest unclaimed one first,
         * then the session that has waited longest for its tab to come back (one that the same
         * address left, if any). Defaults to a quarter of {@link #max()}.
         */
        Optional<Integer> maxUnclaimed();

        /**
         * The most sessions one client address may have being started or open at once (unclaimed and
         * connected ones; a session whose tab disconnected does not count). One more is refused: a
         * page with HTTP 503 and {@code Retry-After}, a tab with a {@code too_many_sessions} error.
         * {@code 0} turns the cap off.
         *
         * <p>The address is the one Quarkus reports. Behind a reverse proxy or load balancer, let
         * Quarkus take the client's address from the proxy's headers ({@code
         * quarkus.http.proxy.proxy-address-forwarding=true}, with {@code allow-forwarded} or {@code
         * allow-x-forwarded} and {@code trusted-proxies}). Until then, a request from a loopback or
         * private-network address that carries {@code Forwarded} or {@code X-Forwarded-For} is taken
         * to come through a proxy and is not capped, since its users cannot be told apart.
         */
        @WithDefault("50")
        int maxPerClient();
    }

    /** Settings of {@code @Limited} groups. */
    interface Limits {

        /**
         * The shortest time between two updates of a waiting caller's place in line and estimated wait
         * (each one a {@code queued} status to its slot). Changes in between are merged: the latest
         * place is always sent, at most this long after it changed. {@code 0} sends every move.
         */
        @WithDefault("100MS")
        Duration updateInterval();

        /** {@code @Limited(scope = CLUSTER)}: limits shared by every instance through Redis. */
        Cluster cluster();
    }

    /**
     * Cluster limits: each permit held is a lease in Redis that its holder renews while the call
     * runs, so the permits of an instance that dies come back when their leases end. They need the
     * {@code quarkus-redis-client} extension and use its default client ({@code quarkus.redis.hosts}).
     */
    interface Cluster {

        /**
         * How long a permit (and a waiter's place in line) stays taken without being renewed: the
         * longest an instance that died keeps its permits. Redis's own clock ({@code TIME}) measures
         * it, never the instances' clocks.
         */
        @WithDefault("30S")
        Duration leaseTime();

        /**
         * How often a running call renews its lease, and a waiter its place in line. Must be at most
         * half of {@link #leaseTime()}, so that one late renewal loses nothing. Waiters also check the
         * line this often when no release notice reaches them.
         */
        @WithDefault("10S")
        Duration renewInterval();

        /**
         * What a cluster-limited call does when Redis cannot be reached: {@code refuse} (the default)
         * fails it at once with a {@code LimitedException} of reason {@code UNAVAILABLE}; {@code
         * local} runs it under this server's own limit of the same permits, queue and timeout, and
         * logs one warning per outage (while Redis is down the instances together may run more than
         * the permits).
         */
        @WithDefault("refuse")
        OnUnavailable onUnavailable();

        /**
         * The prefix of every Redis key and channel Weft uses, so that several applications can share
         * one Redis: a group's keys are {@code <prefix>{<group>}:leases}, {@code :line} and so on.
         */
        @WithDefault("weft:limit:")
        String keyPrefix();

        /**
         * The longest Weft waits for one answer from Redis before it counts Redis as unreachable.
         */
        @WithDefault("2S")
        Duration commandTimeout();
    }

    /** What a cluster-limited call does while Redis cannot be reached. */
    enum OnUnavailable {
        /** Fail the call with a {@code LimitedException} of reason {@code UNAVAILABLE}. */
        REFUSE,
        /** Run the call under this server's own limit with the same settings. */
        LOCAL
    }

    /** Media (images and downloads from bytes) served to a session at {@code /_weft/media/...}. */
    interface Media {

        /**
         * How long an image or a download stays served once no slot of its session shows it any
         * more (its slot was redrawn without it); a session's media go when the session ends.
         */
        @WithDefault("1M")
        Duration expiry();

        /**
         * The most bytes of media one session holds at once; drawing more fails the fragment with an
         * error that says so.
         */
        @WithDefault("67108864")
        long maxSessionBytes();
    }

    /** Settings of file uploaders ({@code ui.fileUploader}). */
    interface Uploads {

        /**
         * The largest file any uploader accepts, whatever its own limit: an uploader's limit is the
         * smallest of its own, this, and {@code quarkus.http.limits.max-body-size} (10 MiB unless set),
         * which applies to the upload endpoint as to every HTTP route. A larger file is refused before
         * it is stored, with a message under the uploader.
         */
        @WithDefault("200M")
        MemorySize maxFileSize();

        /**
         * The most bytes one session's uploads may take at once, counting the files every uploader
         * of the session holds and those being received. An upload that would exceed it is refused.
         * A file is deleted as soon as its uploader no longer holds it.
         */
        @WithDefault("500M")
        MemorySize sessionQuota();

        /**
         * The most bytes the uploads of all sessions on this server may take at once, counting the files
         * kept and those being received. An upload that would exceed it is refused before it is received,
         * with a message asking to try again later; the sessions' quotas still apply within it.
         */
        @WithDefault("2G")
        MemorySize maxTotal();

        /**
         * How long an uploaded file is kept while no widget value holds it: a file uploaded into a form
         * that is never submitted, or whose value never arrived. After that it is deleted, and a value
         * naming it later is refused (upload the file again). A file is claimed once its uploader's
         * value holds it, and is then kept while it does.
         */
        @WithDefault("10M")
        Duration unclaimedExpiry();

        /**
         * Where uploaded files are kept while their session needs them. By default a new temporary
         * directory, removed when the application stops.
         */
        Optional<Path> directory();
    }

    /** The pages' look. */
    interface Theme {

        /**
         * The primary colour of every page, as {@code #rrggbb} or {@code #rgb}, for example {@code
         * #e11d48}: buttons, sliders, checkboxes, links, the picked tab and focus rings. The dark theme
         * uses a lighter shade of it, so that it stays readable on a dark background; text on it is
         * white or black, whichever contrasts more. Unset, Weft's indigo. Any other value stops the
         * application at start with an error.
         */
        Optional<String> primaryColor();

        /**
         * The theme a page starts in until the user picks one with the switch in its header (a pick is
         * remembered by the browser, for every page of the site): {@code auto} follows the browser's
         * {@code prefers-color-scheme}, {@code light} and {@code dark} ignore it.
         */
        @WithDefault("auto")
        Mode mode();

        /** The theme a page starts in. */
        enum Mode {
            /** The browser's preference ({@code prefers-color-scheme}). */
            AUTO,
            /** Light, whatever the browser prefers. */
            LIGHT,
            /** Dark, whatever the browser prefers. */
            DARK
        }
    }

    /** Logging in and out. */
    interface Auth {

        /**
         * Where the "Log out" control in a page's header posts to when a user is logged in. Unset:
         * {@code quarkus.oidc.logout.path} when that is set (Quarkus OIDC then logs the user out at
         * the identity provider too), else Weft's own {@code /_weft/logout}, which clears Quarkus's
         * form-authentication cookie and returns to the login page. A user logged in with HTTP Basic
         * authentication gets no control: a browser keeps Basic credentials until it is closed.
         */
        Optional<String> logoutPath();
    }
}
