package dev.weft.deployment;

import dev.weft.runtime.ConfinedInitializer;
import dev.weft.runtime.limits.ClusterLimiters;
import dev.weft.runtime.limits.LimitMeters;
import dev.weft.runtime.limits.LimitedInterceptor;
import org.jboss.jandex.DotName;
import org.jboss.jandex.MethodInfo;

/** Names the {@code @Limited} build steps look for in the index. */
final class LimitNames {

    static final DotName LIMITED = DotName.createSimple("dev.weft.Limited");
    static final DotName CONFINED_INIT = DotName.createSimple("dev.weft.ConfinedInit");
    static final DotName FRAGMENT = DotName.createSimple("dev.weft.Fragment");
    static final DotName CONFINED_INITIALIZER = DotName.createSimple(ConfinedInitializer.class);
    static final DotName INTERCEPTOR = DotName.createSimple(LimitedInterceptor.class);
    static final DotName LIMIT_METERS = DotName.createSimple(LimitMeters.class);
    /**
     * By name, not class literal: the class refers to Micrometer, an optional dependency that a build
     * without it lacks.
     */
    static final DotName MICROMETER_LIMIT_METERS =
            DotName.createSimple("dev.weft.runtime.limits.MicrometerLimitMeters");

    static final DotName CLUSTER_LIMITERS = DotName.createSimple(ClusterLimiters.class);

    private LimitNames() {}

    /** {@code com.acme.Class#method}: how messages name a method, and the name of a method's own group. */
    static String of(MethodInfo method) {
        return method.declaringClass().name().toString() + "#" + method.name();
    }
}
