package dev.weft.runtime.uploads;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One session's uploads: for each file uploader it has drawn, the token its browser posts files to
 * and the files it holds; and the bytes they take, against the session's quota.
 *
 * <p>A file is deleted when the uploader's value no longer holds it (replaced or removed by the user),
 * when the uploader is no longer drawn, and when the session ends. Files uploaded but never made the
 * uploader's value (a form never submitted) go the same way, or when a later value is applied, or when
 * no value has claimed them within the server's expiry ({@link #expire}).
 *
 * <p>Thread-safe. Its lock is taken inside the session's and a canvas's, never the other way round.
 */
public final class SessionUploads {

    /** Whether a file of some size fits: in the session's quota and in the server's total. */
    public enum Room {
        FITS,
        SESSION_FULL,
        SERVER_FULL
    }

    /** Which uploader of the session a token posts to. */
    public record Target(SessionUploads store, String slot, String widgetId) {}

    private static final class Uploader {
        final String slot;
        final String widgetId;
        final String token;
        final Map<String, StoredFile> files = new LinkedHashMap<>();
        /** The files no value has held yet, by id: when each arrived ({@link System#nanoTime}). */
        final Map<String, Long> unclaimed = new HashMap<>();

        Uploader(String slot, String widgetId, String token) {
            this.slot = slot;
            this.widgetId = widgetId;
            this.token = token;
        }
    }

    private final Uploads server;
    private final String sessionId;
    private final Map<String, Uploader> byWidget = new HashMap<>();
    private final Map<String, Uploader> byToken = new HashMap<>();
    private long used;
    private long sequence;
    private boolean closed;

    public SessionUploads(Uploads server, String sessionId) {
        this.server = server;
        this.sessionId = sessionId;
    }

    public String sessionId() {
        return sessionId;
    }

    public Uploads server() {
        return server;
    }

    /** The token the uploader {@code widgetId} of {@code slot} is posted to: the same while it is drawn. */
    public synchronized String token(String slot, String widgetId) {
        Uploader uploader = byWidget.get(key(slot, widgetId));
        if (uploader == null) {
            uploader = new Uploader(slot, widgetId, server.newId());
            if (!closed) {
                byWidget.put(key(slot, widgetId), uploader);
                byToken.put(uploader.token, uploader);
                server.register(uploader.token, this);
            }
        }
        return uploader.token;
    }

    /** The uploader a token posts to, or null if it is not drawn any more. */
    synchronized Target target(String token) {
        Uploader uploader = byToken.get(token);
        return uploader == null ? null : new Target(this, uploader.slot, uploader.widgetId);
    }

    /** A file uploaded to the uploader of {@code token}, or null. */
    public synchronized StoredFile find(String token, String id) {
        Uploader uploader = byToken.get(token);
        return uploader == null ? null : uploader.files.get(id);
    }

    /** Whether the uploader of {@code token} still holds {@code file}. */
    public synchronized boolean holds(String token, Object file) {
        return file instanceof StoredFile stored && stored.equals(find(token, stored.id()));
    }

    /**
     * Takes {@code bytes} of the session's quota and of the server's total for a file being received;
     * takes nothing unless it {@link Room#FITS}.
     */
    public synchronized Room reserve(long bytes) {
        if (closed || bytes < 0 || used + bytes > server.sessionQuota()) {
            return Room.SESSION_FULL;
        }
        if (!server.reserve(bytes)) {
            return Room.SERVER_FULL;
        }
        used += bytes;
        return Room.FITS;
    }

    /** Gives back quota taken for a file that was refused or failed. */
    public synchronized void release(long bytes) {
        long before = used;
        used = Math.max(0, used - bytes);
        server.release(before - used);
    }

    /** The bytes this session's files take now. */
    public synchronized long used() {
        return used;
    }

    /**
     * Keeps a received and checked file for the uploader of {@code token}, its size already reserved.
     * Returns null if the uploader is gone meanwhile; the caller then deletes the file.
     */
    public synchronized StoredFile add(String token, String name, String type, long size, Path path) {
        Uploader uploader = closed ? null : byToken.get(token);
        if (uploader == null) {
            release(size);
            return null;
        }
        StoredFile file = new StoredFile(server.newId(), name, type, size, path, ++sequence);
        uploader.files.put(file.id(), file);
        uploader.unclaimed.put(file.id(), System.nanoTime());
        return file;
    }

    /**
     * The uploader of {@code token} now holds {@code now} instead of {@code previous}: deletes the files
     * it dropped, and those uploaded before the newest it holds that it never took (or all it does not
     * hold, when it holds none). Files uploaded after that stay: their value may be on its way.
     */
    public void applied(String token, List<?> previous, List<?> now) {
        List<Path> gone = new ArrayList<>();
        synchronized (this) {
            Uploader uploader = byToken.get(token);
            if (uploader == null) {
                return;
            }
            long newest = now.stream()
                    .mapToLong(file -> ((StoredFile) file).sequence())
                    .max()
                    .orElse(Long.MAX_VALUE);
            now.forEach(file -> uploader.unclaimed.remove(((StoredFile) file).id()));
            uploader.files.values().removeIf(file -> {
                boolean drop = !now.contains(file) && (previous.contains(file) || file.sequence() < newest);
                if (drop) {
                    uploader.unclaimed.remove(file.id());
                    forget(file, gone);
                }
                return drop;
            });
        }
        server.delete(gone);
    }

    /** The slot's last run drew exactly these widgets: the uploaders it no longer draws are dropped. */
    public void retain(String slot, Set<String> widgetIds) {
        List<Path> gone = new ArrayList<>();
        synchronized (this) {
            byWidget.values().removeIf(uploader -> {
                boolean drop = uploader.slot.equals(slot) && !widgetIds.contains(uploader.widgetId);
                if (drop) {
                    drop(uploader, gone);
                }
                return drop;
            });
        }
        server.delete(gone);
    }

    /** Deletes the files no value has held that arrived before {@code cutoff} ({@link System#nanoTime}). */
    void expire(long cutoff) {
        List<Path> gone = new ArrayList<>();
        synchronized (this) {
            for (Uploader uploader : byWidget.values()) {
                uploader.unclaimed.entrySet().removeIf(entry -> {
                    boolean expired = entry.getValue() - cutoff < 0;
                    StoredFile file = expired ? uploader.files.remove(entry.getKey()) : null;
                    if (file != null) {
                        forget(file, gone);
                    }
                    return expired;
                });
            }
        }
        server.delete(gone);
    }

    /** The session ended: every file is deleted and no token is valid any more. */
    public void close() {
        List<Path> gone = new ArrayList<>();
        synchronized (this) {
            closed = true;
            byWidget.values().forEach(uploader -> drop(uploader, gone));
            byWidget.clear();
        }
        server.delete(gone);
    }

    private void drop(Uploader uploader, List<Path> gone) {
        byToken.remove(uploader.token);
        server.unregister(uploader.token);
        uploader.files.values().forEach(file -> forget(file, gone));
        uploader.files.clear();
        uploader.unclaimed.clear();
    }

    private void forget(StoredFile file, List<Path> gone) {
        release(file.size());
        gone.add(file.path());
    }

    private static String key(String slot, String widgetId) {
        return slot + '\n' + widgetId;
    }
}
