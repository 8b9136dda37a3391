package dev.weft.runtime.identity;

import dev.weft.User;
import io.quarkus.security.credential.Credential;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import java.security.Permission;
import java.security.Principal;
import java.util.Map;
import java.util.Set;

/**
 * A {@link SecurityIdentity} made from a {@link User}, for sessions the test harness opens as a
 * user: what {@code @Inject SecurityIdentity} gives its fragments. It has no credentials and no
 * permissions besides its roles.
 */
final class GivenIdentity implements SecurityIdentity {

    private final User user;
    private final Principal principal;

    GivenIdentity(User user) {
        this.user = user;
        String name = user.name();
        this.principal = () -> name;
    }

    @Override
    public Principal getPrincipal() {
        return principal;
    }

    @Override
    public boolean isAnonymous() {
        return !user.loggedIn();
    }

    @Override
    public Set<String> getRoles() {
        return user.roles();
    }

    @Override
    public boolean hasRole(String role) {
        return user.hasRole(role);
    }

    @Override
    public Set<Permission> getPermissions() {
        return Set.of();
    }

    @Override
    public <T extends Credential> T getCredential(Class<T> type) {
        return null;
    }

    @Override
    public Set<Credential> getCredentials() {
        return Set.of();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getAttribute(String name) {
        return (T) user.attributes().get(name);
    }

    @Override
    public Map<String, Object> getAttributes() {
        return user.attributes();
    }

    @Override
    public Uni<Boolean> checkPermission(Permission permission) {
        return Uni.createFrom().item(false);
    }
}
