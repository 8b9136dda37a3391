package dev.weft.runtime.identity;

import dev.weft.User;
import java.util.List;

/**
 * Who may open a page or run a fragment, as its security annotations say: anyone (none, or
 * {@code @PermitAll}), any logged-in user ({@code @Authenticated}), or a user with at least one of
 * some roles ({@code @RolesAllowed}). The processor writes it into the generated definition; the
 * runtime checks it without reflection.
 *
 * @param authenticated whether the user must have logged in
 * @param roles the roles of which the user needs one; empty for any logged-in user (or anyone)
 */
public record Access(boolean authenticated, List<String> roles) {

    /** Anyone, logged in or not. */
    public static final Access ANYONE = new Access(false, List.of());

    /** Any logged-in user. */
    public static final Access AUTHENTICATED = new Access(true, List.of());

    /** Copies {@code roles}; roles imply a login. */
    public Access {
        roles = List.copyOf(roles);
        if (!roles.isEmpty() && !authenticated) {
            throw new IllegalArgumentException("Roles imply a login");
        }
    }

    /** A user with at least one of {@code roles}. */
    public static Access anyRole(String... roles) {
        if (roles.length == 0) {
            throw new IllegalArgumentException("No role would let nobody in: give at least one");
        }
        return new Access(true, List.of(roles));
    }

    /** Whether {@code user} may open or run what this protects. */
    public boolean allows(User user) {
        if (!authenticated) {
            return true;
        }
        if (!user.loggedIn()) {
            return false;
        }
        return roles.isEmpty() || roles.stream().anyMatch(user::hasRole);
    }

    /** Whether only anyone is let in: nothing is checked. */
    public boolean open() {
        return !authenticated;
    }
}
