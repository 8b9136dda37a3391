package dev.weft.runtime.media;

import dev.weft.runtime.config.Config;
import io.quarkus.arc.Unremovable;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Every session's media, by the secret key in their URLs ({@link SessionMedia}). */
@Singleton
@Unremovable
public class MediaStore {

    /** Where media are served: {@code /_weft/media/<key>/<id>}. */
    public static final String PATH = "/_weft/media/";

    private final SecureRandom random = new SecureRandom();
    private final Map<String, SessionMedia> byKey = new ConcurrentHashMap<>();

    /** The media of a new session; closing them takes them out of this store. */
    public SessionMedia open() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String key = HexFormat.of().formatHex(bytes);
        var config = Config.weft().media();
        SessionMedia media =
                new SessionMedia(key, config.expiry().toNanos(), config.maxSessionBytes(), () -> byKey.remove(key));
        byKey.put(key, media);
        return media;
    }

    /** The item at {@code /_weft/media/<key>/<id>}, or null. */
    public SessionMedia.Item find(String key, String id) {
        SessionMedia media = byKey.get(key);
        return media == null ? null : media.get(id);
    }
}
