package dev.weft.runtime.identity;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;

/**
 * Finds who sent a request, the way Quarkus security authenticated it: the page request (its
 * routing context's user, or the identity Quarkus defers there when authentication is lazy) and a
 * WebSocket message (the identity websockets-next keeps for the connection). Without a security
 * extension, everyone is {@link SessionIdentity#ANONYMOUS}.
 */
public final class Identities {

    private static final Logger LOG = Logger.getLogger(Identities.class);

    private Identities() {}

    /** The identity of a page request; may complete later when Quarkus authenticates lazily. */
    public static Uni<SessionIdentity> ofPage(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user) {
            return Uni.createFrom().item(SessionIdentity.of(user.getSecurityIdentity()));
        }
        if (context.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY) instanceof Uni<?> deferred) {
            return deferred.map(identity -> SessionIdentity.of((SecurityIdentity) identity));
        }
        return Uni.createFrom().item(SessionIdentity.ANONYMOUS);
    }

    /**
     * The identity of the WebSocket connection whose callback this thread is running (a worker
     * thread: the identity may have to be waited for).
     */
    public static SessionIdentity ofConnection() {
        ArcContainer container = Arc.container();
        InstanceHandle<CurrentIdentityAssociation> association = container.instance(CurrentIdentityAssociation.class);
        if (!association.isAvailable()) {
            return SessionIdentity.ANONYMOUS;
        }
        ManagedContext requests = container.requestContext();
        boolean activated = !requests.isActive();
        if (activated) {
            requests.activate();
        }
        try {
            return SessionIdentity.of(association.get().getIdentity());
        } catch (RuntimeException e) {
            LOG.debugf(e, "No identity for this connection: it is anonymous");
            return SessionIdentity.ANONYMOUS;
        } finally {
            if (activated) {
                requests.terminate();
            }
        }
    }

    /** Whether the application can authenticate anyone at all (it has a Quarkus security extension). */
    public static boolean securityPresent() {
        return Arc.container().instance(CurrentIdentityAssociation.class).isAvailable();
    }
}
