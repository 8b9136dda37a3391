package dev.weft.runtime.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.runtime.AppDefinition;
import dev.weft.runtime.identity.SessionIdentity;
import dev.weft.runtime.limits.Limiter;
import dev.weft.runtime.limits.Limiters;
import dev.weft.runtime.media.SessionMedia;
import dev.weft.runtime.streams.SessionStreams;
import dev.weft.runtime.tables.CellTexts;
import dev.weft.runtime.tables.ExportTickets;
import dev.weft.runtime.uploads.SessionUploads;
import dev.weft.runtime.uploads.Uploads;
import dev.weft.runtime.widgets.WidgetSpec;
import dev.weft.runtime.wire.ClientLocale;
import dev.weft.runtime.wire.ErrorCode;
import dev.weft.runtime.wire.Incoming;
import dev.weft.runtime.wire.PageRequest;
import dev.weft.runtime.wire.Protocol;
import dev.weft.runtime.wire.ProtocolException;
import io.quarkus.arc.InstanceHandle;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * One browser tab: its own instance of the {@code @App} class, the state of every fragment, and
 * the runs of its fragments. What runs when is its {@link Scheduler}'s decision; its {@link
 * FragmentRuns} carry it out: each run gets a virtual thread, a canvas to draw on and its assets, and
 * what it draws is sent to the tab. A superseded run's thread is interrupted and its output dropped.
 *
 * <p>A {@code @Fragment(cpu = true)} run computes on a platform thread of {@link CpuThreads}. A run
 * that no longer counts (superseded, or past its time limit) is abandoned: see {@link Slot#abandonRun}.
 *
 * <p>A {@code @Limited} fragment waits for its permit on its own thread, never holding this lock,
 * and its slot shows its place in line meanwhile; a sequential one that waits holds up the
 * sequential fragments after it, as a slow one would.
 *
 * <p>All state changes and all sends happen under this object's lock, so a tab that reconnects gets
 * a consistent snapshot followed by every later message, in order.
 */
public final class Session {

    private static final Logger LOG = Logger.getLogger(Session.class);

    /** The default of {@code quarkus.weft.partial-interval}. */
    public static final long DEFAULT_PARTIAL_INTERVAL_MILLIS = 80;

    final String id;
    /** When the session was started (epoch milliseconds). */
    final long openedAt = System.currentTimeMillis();

    final AppDefinition app;
    final InstanceHandle<?> instance;
    private final Slot[] slots;
    private final Map<String, Slot> byName = new HashMap<>();
    private final boolean dev;
    final boolean showStackTraces;
    final long partialIntervalNanos;
    final Duration timeLimit;
    final ExecutorService threads;
    final Limiters limiters;
    final Map<String, Limiter> sessionLimiters = new ConcurrentHashMap<>();
    final Scheduler scheduler;
    final SessionMedia media;
    final SessionUploads uploads;
    /** The texts this session's runs are streaming now. */
    final SessionStreams streams = new SessionStreams();

    private final TableWorker tableWorker = new TableWorker(this::send);
    Consumer<ObjectNode> client;
    private boolean started;
    boolean closed;
    boolean claimed;
    private long detachedSince;
    private volatile Owner owner = Owner.NONE;
    private volatile SessionIdentity identity = SessionIdentity.ANONYMOUS;
    private volatile ClientLocale where = ClientLocale.server();
    /** The page's URL and request, and the fragments that depend on them. */
    final UrlSync url;
    /** The server's apps by {@code @App} class, for {@code switchPage} and {@code pageLink}; set once, at start. */
    volatile Function<Class<?>, Optional<AppDefinition>> pages = page -> Optional.empty();
    /** Where the session notes that its app draws charts (its {@link Sessions}' record of them). */
    volatile ChartedApps charted = new ChartedApps();
    /** The path the app last sent the browser to ({@code switchPage}), or null. */
    private String switchedTo;
    /** A {@code switch_page} message for a browser not yet (or no longer) connected, or null. */
    private ObjectNode pendingSwitch;

    /**
     * @param media where the session's images and downloads are served from; null to refuse them
     * @param uploads the server's file uploads, for this session's file uploaders; null to refuse them
     * @param timeLimit how long a run may take before it is stopped and fails; null for no limit
     */
    Session(
            String id,
            AppDefinition app,
            InstanceHandle<?> instance,
            boolean dev,
            boolean showStackTraces,
            Limiters limiters,
            long partialIntervalNanos,
            SessionMedia media,
            Uploads uploads,
            Duration timeLimit) {
        this(
                id,
                app,
                instance,
                dev,
                showStackTraces,
                limiters,
                partialIntervalNanos,
                media,
                uploads,
                timeLimit,
                PageRequest.none(app.path()));
    }

    /** A session for a page opened by {@code request}: its query parameters are the URL's from the start. */
    Session(
            String id,
            AppDefinition app,
            InstanceHandle<?> instance,
            boolean dev,
            boolean showStackTraces,
            Limiters limiters,
            long partialIntervalNanos,
            SessionMedia media,
            Uploads uploads,
            Duration timeLimit,
            PageRequest request) {
        this.id = id;
        this.url = new UrlSync(this, request);
        this.timeLimit = timeLimit;
        this.media = media;
        this.uploads = uploads == null ? null : new SessionUploads(uploads, id);
        this.limiters = limiters;
        this.partialIntervalNanos = partialIntervalNanos;
        this.app = app;
        this.instance = instance;
        this.dev = dev;
        this.showStackTraces = showStackTraces;
        this.slots = Slot.graph(app.fragments());
        for (Slot slot : slots) {
            byName.put(slot.id(), slot);
        }
        this.scheduler = new Scheduler(slots, new FragmentRuns(this));
        this.detachedSince = System.nanoTime(); // no browser yet
        this.threads = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("weft-" + id.substring(0, 8) + "-", 0).factory());
    }

    String id() {
        return id;
    }

    AppDefinition app() {
        return app;
    }

    /** The browser this session belongs to. */
    Owner owner() {
        return owner;
    }

    void ownedBy(Owner owner) {
        this.owner = owner;
    }

    /** The user this session belongs to, whom its fragments run as. */
    public SessionIdentity identity() {
        return identity;
    }

    /**
     * Sets the user; only ever the same user again (a resumed tab brings the identity as Quarkus
     * authenticated it now, its roles perhaps changed), which {@link Sessions} checks.
     */
    void identity(SessionIdentity identity) {
        this.identity = identity;
    }

    /** The locale and time zone of the session's user: the browser's, once it has said hello. */
    public ClientLocale where() {
        return where;
    }

    /**
     * Sets the user's locale and time zone; the tables drawn before in another (a session started
     * with its page, before the browser said which it uses) get their texts written again.
     */
    public synchronized void where(ClientLocale where) {
        if (where.equals(this.where)) {
            return;
        }
        this.where = where;
        for (Slot slot : slots) {
            if (slot.content != null && slot.assets != null) {
                CellTexts.rewrite(slot.content, slot.assets::table, where);
            }
        }
        url.contextChanged();
    }

    /** Every slot, in declaration order. */
    Slot[] slots() {
        return slots;
    }

    /**
     * The browser's URL: its query string as it went back or forward (or as its hello reports it),
     * null for not known. The fragments that read a changed parameter, or bind a widget to it, rerun.
     */
    public synchronized void browserUrl(String query) {
        if (!closed) {
            url.browser(query);
        }
    }

    /** The browser's theme now ({@code light} or {@code dark}; null: not known). */
    public synchronized void theme(String theme) {
        if (!closed) {
            url.theme(theme);
        }
    }

    /** The page request behind this session, when a tab connects to it (the upgrade's, if the page's is not known). */
    public synchronized void request(PageRequest request) {
        url.request(request);
    }

    /** The query string of the page's URL now, without {@code ?}. */
    public synchronized String query() {
        return url.query();
    }

    /**
     * Tells {@code listener} of every URL the session gives its browser: the query string, and whether
     * it is a new history entry ({@code true}) or replaces the current one (the harness's history).
     */
    public synchronized void onUrl(java.util.function.BiConsumer<String, Boolean> listener) {
        url.state().listen(listener);
    }

    /** Runs every fragment once, in dependency order, and starts the timers of those with {@code runEvery}. */
    public void start(Timers timers) {
        synchronized (this) {
            if (started || closed) {
                return;
            }
            started = true;
            scheduler.start(timers, this);
        }
    }

    /**
     * Applies a widget value from the browser: checked against the widget as its fragment last drew
     * it, then the fragment reruns. Changes nothing if the value is refused.
     */
    public synchronized void widget(String slotId, String widgetId, JsonNode value) throws ProtocolException {
        Slot slot = slot(slotId);
        apply(slot, Inputs.widget(slot, widgetId, value));
    }

    /**
     * Stops the streamed text {@code streamId} of run {@code gen} of {@code slotId}, as its stop
     * control asks: refused, changing nothing, if that stream is not streaming now.
     */
    public void stopStream(String slotId, String streamId, long gen) throws ProtocolException {
        synchronized (this) {
            slot(slotId);
        }
        // Outside the session's lock: a stream holds its own lock while it sends under the session's.
        if (!streams.stop(slotId, streamId, gen)) {
            throw new ProtocolException(
                    ErrorCode.UNKNOWN_STREAM,
                    "'" + slotId + "' is not streaming '" + streamId + "' in run " + gen + ": nothing to stop.");
        }
    }

    /** The texts streaming now, for the harness. */
    public SessionStreams streams() {
        return streams;
    }

    /**
     * Applies an edit of a data editor from the browser: checked in full against the editor as its
     * fragment last drew it, then the fragment reruns. Changes nothing if the edit is refused.
     */
    public synchronized void edit(Incoming.TableEdit edit) throws ProtocolException {
        Slot slot = slot(edit.slot());
        apply(slot, Inputs.edit(slot, edit));
    }

    /**
     * Applies a submitted form: every value is checked, and only if all are accepted are they applied
     * and the fragment reruns, once.
     */
    public synchronized void form(String slotId, String formId, String submitId, JsonNode values)
            throws ProtocolException {
        Slot slot = slot(slotId);
        apply(slot, Inputs.form(slot, formId, submitId, values));
    }

    /** The widget {@code widgetId} of {@code slotId} as drawn now (see {@link Slot#widget}), or null. */
    public synchronized WidgetSpec drawnWidget(String slotId, String widgetId) {
        Slot slot = byName.get(slotId);
        return slot == null || closed ? null : slot.widget(widgetId);
    }

    private Slot slot(String slotId) throws ProtocolException {
        Slot slot = byName.get(slotId);
        if (slot == null) {
            throw new ProtocolException(ErrorCode.UNKNOWN_SLOT, "This app has no fragment '" + slotId + "'.");
        }
        return slot;
    }

    static boolean clicks(WidgetSpec widget) {
        return widget != null && widget.clicks();
    }

    private void apply(Slot slot, Map<String, Object> accepted) {
        slot.set(accepted);
        slot.keepArrived(accepted);
        url.widgetsChanged(slot, accepted);
        scheduler.rerun(slot);
    }

    /**
     * Reruns fragment {@code name} as a widget change of it would: a push from a bean, or {@code
     * ui.rerun(name)}. False, and nothing happens, when the session has closed or has no such fragment;
     * before the session has started, its first runs will run it anyway.
     */
    public synchronized boolean push(String name) {
        Slot slot = byName.get(name);
        if (closed || slot == null) {
            return false;
        }
        if (started) {
            scheduler.rerun(slot);
        }
        return true;
    }

    /** The names of this session's fragments, in declaration order. */
    List<String> fragmentNames() {
        return java.util.Arrays.stream(slots).map(Slot::id).toList();
    }

    /** What the harness and tests read: a slot's last content and state, and its completed runs. */
    public synchronized SlotSnapshot snapshot(String slotId) {
        Slot slot = byName.get(slotId);
        if (slot == null) {
            throw new IllegalArgumentException("This app has no fragment '" + slotId + "'; it has " + byName.keySet());
        }
        return SlotSnapshot.of(slot);
    }

    /** Where this session's images and downloads are served from, or null. */
    public SessionMedia media() {
        return media;
    }

    /**
     * Answers a request for a page of a table, on the caller's thread: checked in full under this lock,
     * it changes nothing, and a sort it needs runs outside the lock.
     */
    public ObjectNode table(Incoming.Table request) throws ProtocolException {
        return checkTable(request).answer();
    }

    /**
     * Takes a browser's request for a page of a table: checked in full now (a bad one throws), it is
     * sent when answered, after a sort it needs; a newer request for the same table supersedes it while
     * it waits ({@link TableWorker}).
     */
    public void requestTable(Incoming.Table request) throws ProtocolException {
        tableWorker.submit(checkTable(request));
    }

    /**
     * Takes a browser's request for a download of a table's rows as its view selects them: checked in
     * full now (a bad one throws), it returns the URL the download is served at, for this session only.
     */
    public String exportTable(Incoming.TableExport request) throws ProtocolException {
        TableRequests.Job job = checkTable(request.request());
        return ExportTickets.open(
                id, job.table(), job.criteria(), request.format(), job.table().label());
    }

    private synchronized TableRequests.Job checkTable(Incoming.Table request) throws ProtocolException {
        Slot slot = byName.get(request.slot());
        if (slot == null) {
            throw new ProtocolException(ErrorCode.UNKNOWN_SLOT, "This app has no fragment '" + request.slot() + "'.");
        }
        return TableRequests.check(slot, request, where);
    }

    /** Waits until no fragment is running or waiting to run. */
    public synchronized boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!scheduler.idle()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    /**
     * Connects a browser: sends the welcome and then the current status and content of every slot.
     * A session has at most one browser: while one is attached, another is refused (false), and so
     * is any once the session is closed.
     */
    public synchronized boolean attach(Consumer<ObjectNode> browser, boolean resumed) {
        return attach(browser, resumed, where);
    }

    /** Connects a browser in {@code where}, as {@link #attach(Consumer, boolean)} does. */
    public synchronized boolean attach(Consumer<ObjectNode> browser, boolean resumed, ClientLocale where) {
        return attach(browser, resumed, where, identity);
    }

    /**
     * Connects a browser in {@code where} as {@link #attach(Consumer, boolean)} does, the session taking
     * {@code identity}, the same user as Quarkus authenticated the browser's connection now (which
     * {@link Sessions} checks). When its roles changed, every fragment reruns as it, and a section it
     * may no longer see is never sent again.
     */
    synchronized boolean attach(
            Consumer<ObjectNode> browser, boolean resumed, ClientLocale where, SessionIdentity identity) {
        if (closed || (client != null && client != browser)) {
            return false;
        }
        where(where);
        boolean rolesChanged = reidentify(identity);
        client = browser;
        claimed = true;
        detachedSince = 0;
        browser.accept(Protocol.welcome(id, resumed, dev, app));
        for (Slot slot : slots) {
            // Drawn for the roles the user had: a section they may no longer see waits for its rerun
            // (which says they may not). One they could not see before either shows that already.
            boolean visible = !rolesChanged || this.identity.may(slot.fragment.access());
            if (slot.content != null && visible) {
                browser.accept(slot.content);
            }
            if (slot.status != null) {
                browser.accept(slot.status);
            }
            if (slot.partial != null && visible) {
                browser.accept(slot.partial);
            }
        }
        if (pendingSwitch != null) {
            browser.accept(pendingSwitch);
            pendingSwitch = null;
        }
        scheduler.pump(); // runs held back while the tab was gone
        return true;
    }

    /**
     * Takes the identity of the connection that attaches: a user whose roles changed while the tab was
     * away (a role removed, or granted) sees every section run again as who they are now. Returns
     * whether the roles changed.
     */
    private boolean reidentify(SessionIdentity now) {
        boolean rolesChanged = !now.user().roles().equals(identity.user().roles());
        identity = now;
        if (rolesChanged && started && !closed) {
            for (Slot slot : slots) {
                scheduler.invalidate(slot);
            }
        }
        return rolesChanged;
    }

    /** Forgets the browser if it is this one; the session keeps running and can be resumed. */
    synchronized boolean detach(Consumer<ObjectNode> browser) {
        if (client != browser) {
            return false;
        }
        client = null;
        detachedSince = System.nanoTime();
        // A tab that is gone gives up its places in @Limited lines at once; those runs queue again on resume.
        for (Slot slot : slots) {
            if (slot.active && "queued".equals(slot.status.path("state").asText())) {
                scheduler.invalidate(slot);
            }
        }
        scheduler.pump();
        return true;
    }

    /** Whether a browser has ever been attached. */
    synchronized boolean claimed() {
        return claimed;
    }

    /** Whether no browser has been attached since {@code nanos} before now. */
    synchronized boolean detachedLongerThan(long nanos) {
        return client == null && !closed && detachedSince != 0 && System.nanoTime() - detachedSince >= nanos;
    }

    /** Stops the timers and every running fragment, and destroys the app instance. */
    public void close() {
        List<AutoCloseable> timers;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            timers = scheduler.close();
            client = null;
            for (Slot slot : slots) {
                slot.abandonRun(); // a run on a CPU thread is not interrupted by closing the session's executor
            }
            notifyAll();
        }
        if (media != null) {
            media.close();
        }
        ExportTickets.close(id);
        streams.stopAll();
        timers.forEach(Session::cancel);
        threads.shutdownNow();
        if (uploads != null) {
            uploads.close();
        }
        instance.destroy();
    }

    private static void cancel(AutoCloseable timer) {
        try {
            timer.close();
        } catch (Exception e) {
            LOG.debug("Could not cancel a timer", e);
        }
    }

    /**
     * Sends the browser to the page at {@code path} ({@code ui.switchPage}): now, if one is attached,
     * else as soon as one attaches (once: a later reconnect is not sent away again).
     */
    synchronized void switchPage(String path) {
        switchedTo = path;
        ObjectNode message = Protocol.switchPage(path);
        if (client != null) {
            client.accept(message);
        } else {
            pendingSwitch = message;
        }
    }

    /** The path the app last sent the browser to with {@code switchPage}, if it has. */
    public synchronized Optional<String> switchedTo() {
        return Optional.ofNullable(switchedTo);
    }

    /** Sends a message to this session's browser, if one is attached. */
    public synchronized void send(ObjectNode message) {
        if (client != null) {
            client.accept(message);
        }
    }
}
