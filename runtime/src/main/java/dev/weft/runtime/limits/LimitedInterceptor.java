package dev.weft.runtime.limits;

import dev.weft.Limited;
import dev.weft.runtime.LimitDefinition;
import io.quarkus.arc.ArcInvocationContext;
import io.quarkus.runtime.BlockingOperationControl;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Limits calls of CDI bean methods annotated {@link Limited}. The settings come from the binding as
 * ArC recorded it at build time (an annotation literal, no reflection); the build names a method's
 * own group {@code com.acme.Class#method}. {@code @Fragment} methods are not intercepted: the
 * scheduler limits those itself, and shows the wait in their slot.
 *
 * <p>Called from a fragment's thread, the fragment's slot shows the wait and a session limit is the
 * fragment's session's. Runs after Quarkus Cache's interceptors (a cached result never waits in
 * line) and before transactions (no transaction is held while waiting).
 *
 * <p>The {@code @Limited} binding of this class is added by the build: the annotation's target is
 * methods only.
 */
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class LimitedInterceptor {

    private final Limiters limiters;

    LimitedInterceptor(Limiters limiters) {
        this.limiters = limiters;
    }

    @AroundInvoke
    Object limit(InvocationContext context) throws Exception {
        Limited binding = ArcInvocationContext.findIterceptorBinding(context, Limited.class);
        if (binding == null) {
            return context.proceed();
        }
        LimitDefinition definition = limiters.definition(binding);
        if (!BlockingOperationControl.isBlockingAllowed()) {
            throw new IllegalStateException("'" + definition.group() + "' is @Limited and may have to wait, but was"
                    + " called on an I/O thread, which must never block. Call it from a worker or virtual thread"
                    + " (@Blocking, @RunOnVirtualThread) or from a fragment.");
        }
        RunContext run = RunContext.current();
        return run == null
                ? limiters.call(definition, null, Limiters.Waiter.NONE, context::proceed)
                : limiters.call(definition, run.sessionLimiters(), run.forCall(), context::proceed);
    }
}
