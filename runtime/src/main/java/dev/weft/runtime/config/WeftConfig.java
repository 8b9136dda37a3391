package dev.weft.runtime.config;

import io.quarkus.runtime.annotations.ConfigPhase;
import io.quarkus.runtime.annotations.ConfigRoot;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Weft's run-time configuration, under the {@code weft.} prefix. */
@ConfigMapping(prefix = "weft")
@ConfigRoot(phase = ConfigPhase.RUN_TIME)
public interface WeftConfig {

    /** Sessions: one per browser tab. */
    Sessions sessions();

    /** {@code @Limited} groups: fair queues and confined threads. */
    Limits limits();

    /** The pages' look: the primary colour, and the light or dark theme they start in. */
    Theme theme();

    /**
     * The largest message a browser may send, in bytes. A larger text frame is answered with a
     * {@code too_large} error and ignored; the session goes on. (Frames above {@code
     * quarkus.websockets-next.server.max-message-size}, which Weft sets to 1 MiB, close the
     * connection; the tab then reconnects and resumes its session.)
     */
    @WithDefault("65536")
    int maxMessageSize();

    /**
     * Origins allowed to open the WebSocket besides the page's own, for example {@code
     * https://dash.example.com}. A browser's upgrade request whose {@code Origin} is neither the
     * request's own host nor listed here is refused with HTTP 403.
     */
    Optional<List<String>> allowedOrigins();

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
}
