package dev.weft.deployment;

import org.jboss.jandex.DotName;
import org.jboss.jandex.MethodInfo;

/** Names the {@code @Limited} build steps look for in the index. */
final class LimitNames {

    static final DotName LIMITED = DotName.createSimple("dev.weft.Limited");
    static final DotName CONFINED_INIT = DotName.createSimple("dev.weft.ConfinedInit");
    static final DotName FRAGMENT = DotName.createSimple("dev.weft.Fragment");
    static final DotName CONFINED_INITIALIZER = DotName.createSimple("dev.weft.runtime.ConfinedInitializer");
    static final DotName INTERCEPTOR = DotName.createSimple("dev.weft.runtime.LimitedInterceptor");
    static final DotName LIMIT_METERS = DotName.createSimple("dev.weft.runtime.LimitMeters");
    static final DotName MICROMETER_LIMIT_METERS = DotName.createSimple("dev.weft.runtime.MicrometerLimitMeters");
    static final DotName CLUSTER_LIMITERS = DotName.createSimple("dev.weft.runtime.ClusterLimiters");

    private LimitNames() {}

    /** {@code com.acme.Class#method}: how messages name a method, and the name of a method's own group. */
    static String of(MethodInfo method) {
        return method.declaringClass().name().toString() + "#" + method.name();
    }
}
