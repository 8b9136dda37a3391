package dev.weft.runtime.uploads;

import dev.weft.runtime.config.Config;
import dev.weft.runtime.config.WeftConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * The uploads of every session on this server: which session and uploader each upload token belongs
 * to, the limits ({@code quarkus.weft.uploads.*}, and Quarkus's {@code quarkus.http.limits.max-body-size},
 * which applies to the upload endpoint as to every route), the bytes all sessions' uploads take against
 * {@code quarkus.weft.uploads.max-total}, and the directory files are kept in. Files no widget value has claimed
 * are deleted after {@code quarkus.weft.uploads.unclaimed-expiry}, by a sweep that runs a few times per expiry.
 */
@Singleton
public class Uploads {

    private static final Logger LOG = Logger.getLogger(Uploads.class);

    /** The upload endpoint; a token follows: {@code /_weft/upload/<token>}. */
    public static final String PATH = "/_weft/upload/";

    private final Map<String, SessionUploads> byToken = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final long maxFileSize;
    private final long sessionQuota;
    private final long maxTotal;
    private final long unclaimedExpiryNanos;
    private final AtomicLong total = new AtomicLong();
    private final ScheduledExecutorService sweeper;
    private final Path configuredDirectory;
    private Path directory; // guarded by this
    private boolean created; // guarded by this: whether this server made the directory (and removes it)

    Uploads() {
        WeftConfig.Uploads config = Config.weft().uploads();
        long bodyLimit = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .map(MemorySize::asLongValue)
                .orElse(Long.MAX_VALUE);
        this.maxFileSize = Math.min(config.maxFileSize().asLongValue(), bodyLimit);
        this.sessionQuota = config.sessionQuota().asLongValue();
        this.maxTotal = config.maxTotal().asLongValue();
        this.unclaimedExpiryNanos = Math.max(1, config.unclaimedExpiry().toNanos());
        this.configuredDirectory = config.directory().orElse(null);
        this.sweeper = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("weft-uploads-expiry").daemon().factory());
        long period =
                Math.clamp(unclaimedExpiryNanos / 4, TimeUnit.MILLISECONDS.toNanos(100), TimeUnit.MINUTES.toNanos(1));
        sweeper.scheduleWithFixedDelay(this::expireUnclaimed, period, period, TimeUnit.NANOSECONDS);
    }

    /** The largest file an uploader asking for {@code requested} bytes may take on this server. */
    public long limit(long requested) {
        return Math.min(requested, maxFileSize);
    }

    public long sessionQuota() {
        return sessionQuota;
    }

    /** The most bytes all sessions' uploads may take at once ({@code quarkus.weft.uploads.max-total}). */
    public long maxTotal() {
        return maxTotal;
    }

    /** The bytes all sessions' uploads take now, counting those being received. */
    public long total() {
        return total.get();
    }

    /** Takes {@code bytes} of the server's total; false, taking nothing, if they do not fit. */
    boolean reserve(long bytes) {
        long now;
        do {
            now = total.get();
            if (now + bytes > maxTotal) {
                return false;
            }
        } while (!total.compareAndSet(now, now + bytes));
        return true;
    }

    /** Gives back {@code bytes} of the server's total. */
    void release(long bytes) {
        total.addAndGet(-bytes);
    }

    /** Deletes the files no widget value has claimed within the expiry. */
    void expireUnclaimed() {
        try {
            long cutoff = System.nanoTime() - unclaimedExpiryNanos;
            for (SessionUploads store : new HashSet<>(byToken.values())) {
                store.expire(cutoff);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not delete expired uploads", e);
        }
    }

    /** An unguessable id: 128 random bits in hex. */
    String newId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    void register(String token, SessionUploads store) {
        byToken.put(token, store);
    }

    void unregister(String token) {
        byToken.remove(token);
    }

    /** The uploader a token posts to, or null if no drawn uploader has it. */
    public SessionUploads.Target target(String token) {
        SessionUploads store = token == null ? null : byToken.get(token);
        return store == null ? null : store.target(token);
    }

    /** A new file's path in the upload directory (not created). */
    public Path newFile() {
        return directory().resolve(newId() + ".upload");
    }

    /** Deletes files; a file that is already gone is fine. */
    public void delete(Collection<Path> paths) {
        for (Path path : paths) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                LOG.warnf(e, "Could not delete the upload %s", path);
            }
        }
    }

    private synchronized Path directory() {
        if (directory == null) {
            try {
                if (configuredDirectory != null) {
                    directory = Files.createDirectories(configuredDirectory);
                } else {
                    directory = Files.createTempDirectory("weft-uploads-");
                    created = true;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not create the upload directory", e);
            }
        }
        return directory;
    }

    /** A directory this server made is removed with what is left in it. */
    void onStop(@Observes ShutdownEvent event) {
        sweeper.shutdownNow();
        Path made;
        synchronized (this) {
            made = created ? directory : null;
        }
        if (made == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(made)) {
            delete(files.sorted(Comparator.reverseOrder()).toList());
        } catch (IOException e) {
            LOG.debugf(e, "Could not remove the upload directory %s", made);
        }
    }
}
