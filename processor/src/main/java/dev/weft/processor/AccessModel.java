package dev.weft.processor;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Who may open a page or run a fragment, as its security annotations say.
 *
 * @param authenticated whether a login is needed ({@code @Authenticated} or {@code @RolesAllowed})
 * @param roles the roles of which one is needed, sorted; empty for any logged-in user (or anyone)
 */
record AccessModel(boolean authenticated, List<String> roles) {

    /** Anyone: no annotation, or {@code @PermitAll}. */
    static final AccessModel ANYONE = new AccessModel(false, List.of());

    /** Any logged-in user: {@code @Authenticated}, or {@code @RolesAllowed("**")} as Quarkus reads it. */
    static final AccessModel AUTHENTICATED = new AccessModel(true, List.of());

    AccessModel {
        roles = roles.stream().sorted().distinct().toList();
    }

    /** Whether everyone {@code other} lets in is let in by this too. */
    boolean letsInEveryoneOf(AccessModel other) {
        if (!authenticated) {
            return true;
        }
        if (!other.authenticated) {
            return false;
        }
        return roles.isEmpty() || (!other.roles.isEmpty() && roles.containsAll(other.roles));
    }

    /** The annotation that declares this, as a user would write it, for messages. */
    String describe() {
        if (!authenticated) {
            return "no role annotation";
        }
        if (roles.isEmpty()) {
            return "@Authenticated";
        }
        return roles.stream()
                .map(role -> "\"" + role + "\"")
                .collect(Collectors.joining(", ", "@RolesAllowed({", "})"));
    }
}
