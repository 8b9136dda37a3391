package dev.weft.deployment;

import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.arc.deployment.ValidationPhaseBuildItem.ValidationErrorBuildItem;
import io.quarkus.arc.processor.BuiltinScope;
import io.quarkus.deployment.Capabilities;
import io.quarkus.deployment.Capability;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import java.util.List;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

/**
 * {@code @Limited(scope = CLUSTER)}: the Redis-backed cluster limiter is a bean when the application
 * has cluster limits and the Quarkus Redis client ({@link Capability#REDIS_CLIENT}); a cluster limit
 * without the Redis client fails the build.
 *
 * <p>An application with the Redis client but no cluster limit gets no such bean, so that it never
 * needs Redis's default client configured for Weft's sake (it may use only named clients).
 */
class ClusterLimitsProcessor {

    static final String NEEDS_REDIS = "[Weft/ClusterNeedsRedis] %s is @Limited(scope = CLUSTER), whose permits"
            + " every instance shares through Redis, but the application has no Redis client. Add the"
            + " io.quarkus:quarkus-redis-client extension and set quarkus.redis.hosts, or use scope = SERVER.";

    /**
     * Registers the cluster limiter factory when there are cluster limits and the Redis client, whose
     * classes it refers to.
     */
    @BuildStep
    void clusterLimiters(
            Capabilities capabilities, CombinedIndexBuildItem index, BuildProducer<AdditionalBeanBuildItem> beans) {
        if (capabilities.isPresent(Capability.REDIS_CLIENT)
                && !clusterLimited(index.getIndex()).isEmpty()) {
            beans.produce(AdditionalBeanBuildItem.builder()
                    .addBeanClass(Names.REDIS_CLUSTER_LIMITERS)
                    .setDefaultScope(BuiltinScope.SINGLETON.getName())
                    .setUnremovable() // the runtime looks it up programmatically
                    .build());
        }
    }

    /** Fails the build on a cluster limit when the application has no Redis client. */
    @BuildStep
    void redisNeeded(
            Capabilities capabilities, CombinedIndexBuildItem index, BuildProducer<ValidationErrorBuildItem> errors) {
        if (capabilities.isPresent(Capability.REDIS_CLIENT)) {
            return;
        }
        List<Throwable> problems = clusterLimited(index.getIndex()).stream()
                .map(method -> (Throwable) new IllegalStateException(NEEDS_REDIS.formatted(method)))
                .toList();
        if (!problems.isEmpty()) {
            errors.produce(new ValidationErrorBuildItem(problems));
        }
    }

    /** Every method annotated {@code @Limited(scope = CLUSTER)}, as {@code com.acme.Class#method}, sorted. */
    static List<String> clusterLimited(IndexView index) {
        return index.getAnnotations(Names.LIMITED).stream()
                .filter(annotation -> annotation.target().kind() == AnnotationTarget.Kind.METHOD)
                .filter(ClusterLimitsProcessor::isCluster)
                .map(annotation -> name(annotation.target().asMethod()))
                .sorted()
                .toList();
    }

    private static boolean isCluster(AnnotationInstance limited) {
        AnnotationValue scope = limited.value("scope");
        return scope != null && "CLUSTER".equals(scope.asEnum());
    }

    private static String name(MethodInfo method) {
        return method.declaringClass().name().toString() + "#" + method.name();
    }
}
