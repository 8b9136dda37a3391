package dev.weft.deployment;

import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.arc.deployment.AnnotationsTransformerBuildItem;
import io.quarkus.arc.processor.BuiltinScope;
import io.quarkus.deployment.Capabilities;
import io.quarkus.deployment.Capability;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import java.util.List;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationTransformation;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

/**
 * {@code @Limited(scope = CLUSTER)}: the Redis-backed cluster limiter is a bean when the application
 * has cluster limits and the Quarkus Redis client ({@link Capability#REDIS_CLIENT}).
 *
 * <p>The runtime's {@code RedisClusterLimiters} refers to the Redis client's classes, so it is never
 * registered without the client (and carries no bean-defining annotation, so that the runtime jar's
 * own discovery never finds it). An application with the Redis client but no cluster limit gets no
 * such bean either: it never needs the default Redis client configured for Weft's sake (it may use
 * only named clients). A cluster limit without the Redis client is a build error of the limits
 * rules ({@code [Weft/LimitedClusterNeedsRedis]}).
 */
class ClusterLimitsProcessor {

    /**
     * Registers the cluster limiter factory when the application has cluster limits and Redis, as a
     * bean created at startup (so that bad settings stop the application from starting).
     */
    @BuildStep
    void clusterLimiters(
            Capabilities capabilities,
            CombinedIndexBuildItem index,
            BuildProducer<AdditionalBeanBuildItem> beans,
            BuildProducer<AnnotationsTransformerBuildItem> transformers) {
        if (capabilities.isMissing(Capability.REDIS_CLIENT)
                || clusterLimited(index.getIndex()).isEmpty()) {
            return;
        }
        beans.produce(AdditionalBeanBuildItem.builder()
                .addBeanClass(Names.REDIS_CLUSTER_LIMITERS)
                .setDefaultScope(BuiltinScope.SINGLETON.getName())
                .setUnremovable() // the runtime looks it up programmatically
                .build());
        transformers.produce(new AnnotationsTransformerBuildItem(AnnotationTransformation.forClasses()
                .when(context -> context.declaration().asClass().name().equals(Names.REDIS_CLUSTER_LIMITERS_NAME))
                .transform(context -> context.add(
                        AnnotationInstance.builder(Names.STARTUP).buildWithTarget(context.declaration())))));
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
