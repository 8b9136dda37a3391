package dev.weft.deployment;

import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;

/** Names the build steps look for in the index. */
final class Names {

    static final DotName APP = DotName.createSimple("dev.weft.App");

    static final DotName LIMITED = DotName.createSimple("dev.weft.Limited");

    /**
     * The runtime's Redis-backed cluster limiter factory; a bean only with the Redis client. By name,
     * not class literal: the class refers to the Redis client, an optional dependency.
     */
    static final String REDIS_CLUSTER_LIMITERS = "dev.weft.runtime.limits.cluster.RedisClusterLimiters";

    static final DotName REDIS_CLUSTER_LIMITERS_NAME = DotName.createSimple(REDIS_CLUSTER_LIMITERS);

    /** The runtime SPI the annotation processor generates for each row type of an app. */
    static final DotName ROW_READER = DotName.createSimple("dev.weft.runtime.RowReader");

    static final DotName STARTUP = DotName.createSimple("io.quarkus.runtime.Startup");

    /** Suffix of the class the annotation processor generates beside each {@code @App} class. */
    static final String GENERATED_SUFFIX = "_WeftApp";

    private Names() {}

    /**
     * The generated class of an {@code @App} class: {@code com.acme.Outer$Inner} gives {@code
     * com.acme.Outer_Inner_WeftApp}, as the annotation processor names it.
     */
    static String generatedClass(ClassInfo app) {
        String name = app.name().toString();
        int dot = name.lastIndexOf('.');
        String pkg = dot < 0 ? "" : name.substring(0, dot + 1);
        return pkg + name.substring(dot + 1).replace('$', '_') + GENERATED_SUFFIX;
    }

    /** The {@code @App(path)} of a class, with the annotation's default. */
    static String path(ClassInfo app) {
        var value = app.declaredAnnotation(APP).value("path");
        return value == null ? "/" : value.asString();
    }
}
