package dev.weft.runtime.ui;

import dev.weft.User;
import dev.weft.runtime.media.SessionMedia;
import dev.weft.runtime.streams.RunStreams;
import dev.weft.runtime.tables.TableModel;
import dev.weft.runtime.wire.ClientLocale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What one fragment run keeps besides its element tree, and how it reaches its session: the full
 * rows of its tables (the browser gets them page by page), the media it serves over HTTP (images,
 * downloads), and its toasts. A session keeps the assets of each slot's content on screen, so that
 * table pages and media are served for exactly what the browser shows.
 *
 * <p>Thread-safe: a fragment may draw from several threads.
 */
public final class RunAssets {

    private final long gen;
    private final String slot;
    private final SessionMedia media;
    private final boolean showStackTraces;
    private final Consumer<String> toastSink;
    private final Supplier<ClientLocale> where;
    private final PageLink page;
    private volatile User user = User.ANONYMOUS;
    private volatile Pages pages = Pages.none();
    private volatile RunStreams streams = RunStreams.NONE;
    private volatile RunReruns reruns = RunReruns.NONE;

    // Guarded by this.
    private final Map<String, TableModel> tables = new LinkedHashMap<>();
    private final Set<String> mediaIds = new HashSet<>();
    private final List<String> toasts = new ArrayList<>();

    /**
     * @param media where this session's media are served from, or null to refuse media (no session)
     * @param toastSink shows a toast in the browser now, if the run is still current
     */
    public RunAssets(String slot, long gen, SessionMedia media, boolean showStackTraces, Consumer<String> toastSink) {
        this(slot, gen, media, showStackTraces, toastSink, ClientLocale::server);
    }

    /** @param where the locale and time zone of the session's user, as it is when a table is drawn */
    public RunAssets(
            String slot,
            long gen,
            SessionMedia media,
            boolean showStackTraces,
            Consumer<String> toastSink,
            Supplier<ClientLocale> where) {
        this(slot, gen, media, showStackTraces, toastSink, where, PageLink.NONE);
    }

    /** @param page what the run sees of its page: the URL's query parameters and the request context */
    public RunAssets(
            String slot,
            long gen,
            SessionMedia media,
            boolean showStackTraces,
            Consumer<String> toastSink,
            Supplier<ClientLocale> where,
            PageLink page) {
        this.page = page;
        this.where = where;
        this.slot = slot;
        this.gen = gen;
        this.media = media;
        this.showStackTraces = showStackTraces;
        this.toastSink = toastSink;
    }

    /** Assets of a run outside any session (unit tests, benchmarks): no media, toasts are kept only. */
    static RunAssets detached() {
        return new RunAssets("", 0, null, false, text -> {});
    }

    /** Sets who the run's user is ({@code ui.user()}); anonymous until set. */
    public void user(User user) {
        this.user = user;
    }

    /** Who the run's user is. */
    User user() {
        return user;
    }

    /**
     * Sets the pages the run can link to and switch to; a session sets them before the run starts.
     * Returns these assets.
     */
    public RunAssets pages(Pages pages) {
        this.pages = pages;
        return this;
    }

    /** Sets where the run's streamed texts are registered and sent; none until set. */
    public void streams(RunStreams streams) {
        this.streams = streams;
    }

    /** Where the run's streamed texts are registered and sent. */
    RunStreams streams() {
        return streams;
    }

    /** Sets what {@code ui.rerun} and {@code ui.sessionId()} reach; a session sets it before the run starts. */
    public void reruns(RunReruns reruns) {
        this.reruns = reruns;
    }

    /** What {@code ui.rerun} and {@code ui.sessionId()} reach. */
    RunReruns reruns() {
        return reruns;
    }

    /** The pages the run can link to and switch to. */
    Pages pages() {
        return pages;
    }

    /** The locale and time zone of the session's user now. */
    ClientLocale where() {
        return where.get();
    }

    /** What the run sees of its page. */
    PageLink page() {
        return page;
    }

    /** The generation of the run these assets belong to. */
    public long gen() {
        return gen;
    }

    boolean showStackTraces() {
        return showStackTraces;
    }

    /** Keeps a table's rows; returns its id, {@code table:<n>} for the run's n-th table (stable across reruns). */
    synchronized String addTable(TableModel table) {
        String id = "table:" + tables.size();
        tables.put(id, table);
        return id;
    }

    /** The table with this id, or null. */
    public synchronized TableModel table(String id) {
        return tables.get(id);
    }

    /** The run's tables in drawing order. */
    synchronized List<TableModel> tables() {
        return List.copyOf(tables.values());
    }

    /**
     * Serves {@code data} over HTTP for this session while the slot shows it; returns its URL.
     *
     * @throws IllegalStateException outside a session
     */
    String media(byte[] data, String mimeType, String fileName, boolean attachment) {
        if (media == null) {
            throw new IllegalStateException("Images and downloads need a session: draw them from a fragment.");
        }
        String id = media.add(slot, data, mimeType, fileName, attachment);
        synchronized (this) {
            mediaIds.add(id);
        }
        return media.url(id);
    }

    /** The media this run has drawn. */
    public synchronized Set<String> mediaIds() {
        return Set.copyOf(mediaIds);
    }

    /** Shows a toast now (if a browser is connected and the run is current), and records it. */
    void toast(String text) {
        synchronized (this) {
            toasts.add(text);
        }
        toastSink.accept(text);
    }

    /** The toasts this run has shown, in order. */
    public synchronized List<String> toasts() {
        return List.copyOf(toasts);
    }
}
