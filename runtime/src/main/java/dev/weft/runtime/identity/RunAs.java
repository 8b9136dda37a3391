package dev.weft.runtime.identity;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import java.util.concurrent.Callable;

/**
 * Runs code as a session's user: with a request context of its own (so request-scoped beans work,
 * for the length of the call) in which Quarkus security's {@link CurrentIdentityAssociation} holds
 * the session's identity, so {@code @Inject SecurityIdentity}, {@code @RolesAllowed} on beans and
 * anything else that asks Quarkus who is calling see the tab's user. This is what websockets-next
 * does around its own callbacks. Without a security extension there is no association to set, and
 * only the request context is activated.
 *
 * <p>The identity is also this thread's {@linkplain #current() current} one while the call lasts,
 * so a confined call made from it can {@linkplain #carried(Callable) carry} it to its thread.
 */
public final class RunAs {

    private static final ThreadLocal<SessionIdentity> CURRENT = new ThreadLocal<>();

    private RunAs() {}

    /** Calls {@code body} as {@code identity}; the request context ends with the call. */
    public static <T> T call(SessionIdentity identity, Callable<T> body) throws Exception {
        ArcContainer container = Arc.container();
        SessionIdentity previous = CURRENT.get();
        CURRENT.set(identity);
        ManagedContext requests = container == null ? null : container.requestContext();
        boolean activated = requests != null && !requests.isActive();
        if (activated) {
            requests.activate();
        }
        try {
            if (container != null && identity.security() != null) {
                associate(container, identity);
            }
            return body.call();
        } finally {
            if (activated) {
                requests.terminate();
            }
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** The identity this thread runs as; {@link SessionIdentity#ANONYMOUS} outside a run. */
    public static SessionIdentity current() {
        SessionIdentity identity = CURRENT.get();
        return identity == null ? SessionIdentity.ANONYMOUS : identity;
    }

    /**
     * {@code body}, to be called on another thread as the identity this thread runs as now (a
     * confined group's thread calls it for a fragment); unchanged outside a run.
     */
    public static <T> Callable<T> carried(Callable<T> body) {
        SessionIdentity identity = CURRENT.get();
        return identity == null ? body : () -> call(identity, body);
    }

    private static void associate(ArcContainer container, SessionIdentity identity) {
        InstanceHandle<CurrentIdentityAssociation> association = container.instance(CurrentIdentityAssociation.class);
        if (association.isAvailable()) {
            association.get().setIdentity(identity.security());
        }
    }
}
