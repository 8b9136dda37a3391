package dev.weft;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who is looking at a session: what {@link Ui#user()} gives a fragment, Weft's counterpart of
 * Streamlit's {@code st.user}. It is read from the Quarkus {@code SecurityIdentity} of the request
 * that opened the tab, and stays the same for the life of the session (a session belongs to the
 * identity that opened it).
 *
 * <p>With no Quarkus security extension in the application, every user is {@link #ANONYMOUS}.
 *
 * @param name the principal's name, empty when not logged in
 * @param loggedIn whether the user has logged in (the identity is not anonymous)
 * @param roles the identity's roles, sorted
 * @param attributes the identity's attributes (an OIDC login puts its claims and user info here),
 *     by name, sorted
 */
public record User(String name, boolean loggedIn, Set<String> roles, Map<String, Object> attributes) {

    /** A user who has not logged in: no name, no roles, no attributes. */
    public static final User ANONYMOUS = new User("", false, Set.of(), Map.of());

    /** Copies {@code roles} and {@code attributes} into sorted, unmodifiable collections. */
    public User {
        Objects.requireNonNull(name, "name");
        roles = Collections.unmodifiableSet(new TreeSet<>(roles));
        attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    /** A logged-in user with these roles and no attributes (tests, hand-made identities). */
    public static User of(String name, String... roles) {
        return new User(name, true, Set.of(roles), Map.of());
    }

    /** Whether the user has {@code role}. */
    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The attribute (an OIDC claim, for example) of that name, if the identity has it. */
    public Optional<Object> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }
}
