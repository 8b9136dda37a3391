package dev.weft.runtime.media;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The images and downloads of one session, served over HTTP at {@code /_weft/media/<key>/<id>}. The
 * key is random and secret (not the session id, which would let whoever sees a URL resume the
 * session); an id is a hash of the content, so the same image drawn by every rerun keeps its URL
 * and the browser keeps its node.
 *
 * <p>An item is served while a slot's content on screen or a run going on references it, and for
 * {@code expiry} after that; then, or once the session has ended, its URL answers 404.
 *
 * <p>Thread-safe.
 */
public final class SessionMedia {

    /** One file: its bytes, type, download name (null for an image) and whether it is an attachment. */
    public record Item(byte[] data, String mimeType, String fileName, boolean attachment) {}

    private final String key;
    private final long expiryNanos;
    private final long maxBytes;
    private final Runnable onClose;

    // Guarded by this.
    private final Map<String, Item> items = new HashMap<>();
    private final Map<String, Long> releasedAt = new HashMap<>();
    private final Map<String, Set<String>> shown = new HashMap<>();
    private final Map<String, Set<String>> drawing = new HashMap<>();
    private long bytes;
    private boolean closed;

    SessionMedia(String key, long expiryNanos, long maxBytes, Runnable onClose) {
        this.key = key;
        this.expiryNanos = expiryNanos;
        this.maxBytes = maxBytes;
        this.onClose = onClose;
    }

    String key() {
        return key;
    }

    /** The URL an item is served at. */
    public String url(String id) {
        return MediaStore.PATH + key + "/" + id;
    }

    /**
     * Adds an item drawn by the run going on in {@code slot}; returns its id.
     *
     * @throws IllegalStateException if the session would hold more than its limit of media bytes
     */
    public synchronized String add(String slot, byte[] data, String mimeType, String fileName, boolean attachment) {
        String id = id(data, mimeType, fileName, attachment);
        purge(System.nanoTime());
        if (!closed && !items.containsKey(id)) {
            if (bytes + data.length > maxBytes) {
                throw new IllegalStateException("This session already holds " + bytes + " bytes of images and"
                        + " downloads; " + data.length + " more would pass its limit of " + maxBytes
                        + " (quarkus.weft.media.max-session-bytes). Draw smaller images, or fewer.");
            }
            items.put(id, new Item(data.clone(), mimeType, fileName, attachment));
            bytes += data.length;
        }
        drawing.computeIfAbsent(slot, s -> new HashSet<>()).add(id);
        releasedAt.remove(id);
        return id;
    }

    /** A new run of {@code slot} starts: what the previous run was drawing is no longer held by it. */
    public synchronized void runStarts(String slot) {
        Set<String> was = drawing.remove(slot);
        if (was != null) {
            release(was, System.nanoTime());
        }
    }

    /** {@code slot} now shows content referencing {@code ids} (its last run's media) and nothing else. */
    public synchronized void shows(String slot, Set<String> ids) {
        long now = System.nanoTime();
        Set<String> before = shown.put(slot, new HashSet<>(ids));
        Set<String> was = drawing.remove(slot);
        ids.forEach(releasedAt::remove);
        if (before != null) {
            release(before, now);
        }
        if (was != null) {
            release(was, now);
        }
    }

    /** The item with this id, or null if there is none (any more). */
    public synchronized Item get(String id) {
        purge(System.nanoTime());
        return items.get(id);
    }

    /** Forgets every item; their URLs answer 404 from now on. */
    public void close() {
        synchronized (this) {
            closed = true;
            items.clear();
            bytes = 0;
        }
        onClose.run();
    }

    private void release(Set<String> ids, long now) {
        for (String id : ids) {
            if (!held(id)) {
                releasedAt.putIfAbsent(id, now);
            }
        }
    }

    private boolean held(String id) {
        for (Set<String> ids : shown.values()) {
            if (ids.contains(id)) {
                return true;
            }
        }
        for (Set<String> ids : drawing.values()) {
            if (ids.contains(id)) {
                return true;
            }
        }
        return false;
    }

    private void purge(long now) {
        for (Iterator<Map.Entry<String, Long>> it = releasedAt.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Long> released = it.next();
            if (now - released.getValue() >= expiryNanos) {
                it.remove();
                Item item = items.remove(released.getKey());
                if (item != null) {
                    bytes -= item.data().length;
                }
            }
        }
    }

    private static String id(byte[] data, String mimeType, String fileName, boolean attachment) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((mimeType + "\n" + fileName + "\n" + attachment + "\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update(data);
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
