package dev.weft.runtime.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The browser a session belongs to, kept as the hash of the secret that browser holds (an HttpOnly
 * cookie set with the page). Only a connection presenting the same secret may claim or resume the
 * session, so a session id alone, copied or leaked, is not enough to take it over. A session started
 * without a secret ({@link #NONE}) belongs to no browser and can never be resumed.
 */
final class Owner {

    /** No browser: held by no secret, not even by another {@code NONE}. */
    static final Owner NONE = new Owner(null);

    private final byte[] hash;

    private Owner(byte[] hash) {
        this.hash = hash;
    }

    /** The owner holding {@code secret}; {@link #NONE} for null. */
    static Owner of(String secret) {
        if (secret == null) {
            return NONE;
        }
        try {
            return new Owner(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Whether {@code other} is this same browser; compared in constant time. */
    boolean is(Owner other) {
        return hash != null && other.hash != null && MessageDigest.isEqual(hash, other.hash);
    }
}
