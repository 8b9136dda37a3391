package dev.weft.runtime.identity;

import dev.weft.User;
import io.quarkus.security.identity.SecurityIdentity;
import java.security.Principal;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The identity a session belongs to: the Quarkus {@link SecurityIdentity} of the request that opened
 * the tab (null when the application has no security extension), and the {@link User} read from it
 * once. Every run of the session's fragments runs as it ({@link RunAs}).
 */
public final class SessionIdentity {

    /** Nobody logged in, and no security extension to ask. */
    public static final SessionIdentity ANONYMOUS = new SessionIdentity(null, User.ANONYMOUS);

    private final SecurityIdentity security;
    private final User user;

    private SessionIdentity(SecurityIdentity security, User user) {
        this.security = security;
        this.user = user;
    }

    /** The identity Quarkus authenticated; {@link #ANONYMOUS} for null. */
    public static SessionIdentity of(SecurityIdentity security) {
        return security == null ? ANONYMOUS : new SessionIdentity(security, userOf(security));
    }

    /** A logged-in user with these roles, as the test harness makes one. */
    public static SessionIdentity of(User user) {
        return user.loggedIn() ? new SessionIdentity(new GivenIdentity(user), user) : ANONYMOUS;
    }

    /** The user, as {@code ui.user()} gives it. */
    public User user() {
        return user;
    }

    /** The Quarkus identity to run as, or null when there is no security extension. */
    SecurityIdentity security() {
        return security;
    }

    /**
     * Whether {@code other} is the same user: both anonymous, or both logged in under the same
     * principal name. A session may be resumed or claimed only by the same user.
     */
    public boolean sameUser(SessionIdentity other) {
        return user.loggedIn() == other.user.loggedIn() && user.name().equals(other.user.name());
    }

    /** Whether this user may open or run what {@code access} protects. */
    public boolean may(Access access) {
        return access.allows(user);
    }

    private static User userOf(SecurityIdentity security) {
        if (security.isAnonymous()) {
            return User.ANONYMOUS;
        }
        Principal principal = security.getPrincipal();
        String name = principal == null || principal.getName() == null ? "" : principal.getName();
        Set<String> roles = security.getRoles() == null ? Set.of() : security.getRoles();
        Map<String, Object> attributes = new java.util.HashMap<>();
        security.getAttributes().forEach((key, value) -> {
            if (key != null && value != null) {
                attributes.put(key, value);
            }
        });
        return new User(name, true, roles, attributes);
    }

    @Override
    public String toString() {
        return user.loggedIn() ? "user '" + user.name() + "'" : "anonymous";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SessionIdentity that && user.equals(that.user);
    }

    @Override
    public int hashCode() {
        return Objects.hash(user);
    }
}
