package dev.weft.deployment;

import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.arc.deployment.AnnotationsTransformerBuildItem;
import io.quarkus.arc.processor.BuiltinScope;
import io.quarkus.deployment.Capabilities;
import io.quarkus.deployment.Capability;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import java.util.Set;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTransformation;
import org.jboss.jandex.DotName;

/**
 * Readiness checks, when the application has SmallRye Health ({@link Capability#SMALLRYE_HEALTH}):
 * {@code SessionsReadiness} always, and {@code RedisReadiness} when the cluster limiter is a bean too
 * (a cluster limit and the Redis client, see {@link ClusterLimitsProcessor}). Both appear in {@code
 * /q/health/ready} (and {@code /q/health}).
 *
 * <p>The runtime's check classes refer to MicroProfile Health (and the Redis one to the Redis
 * client), so they carry no annotation that would let bean discovery find them in an application
 * without those: they are registered here, and marked {@code @Readiness} here.
 */
class HealthProcessor {

    static final String SESSIONS_READINESS = "dev.weft.runtime.health.SessionsReadiness";

    static final String REDIS_READINESS = "dev.weft.runtime.health.RedisReadiness";

    private static final DotName READINESS = DotName.createSimple("org.eclipse.microprofile.health.Readiness");

    @BuildStep
    void readinessChecks(
            Capabilities capabilities,
            CombinedIndexBuildItem index,
            BuildProducer<AdditionalBeanBuildItem> beans,
            BuildProducer<AnnotationsTransformerBuildItem> transformers) {
        if (capabilities.isMissing(Capability.SMALLRYE_HEALTH)) {
            return;
        }
        boolean cluster = capabilities.isPresent(Capability.REDIS_CLIENT)
                && !ClusterLimitsProcessor.clusterLimited(index.getIndex()).isEmpty();
        AdditionalBeanBuildItem.Builder checks = AdditionalBeanBuildItem.builder()
                .setDefaultScope(BuiltinScope.SINGLETON.getName())
                .setUnremovable()
                .addBeanClass(SESSIONS_READINESS);
        if (cluster) {
            checks.addBeanClass(REDIS_READINESS);
        }
        beans.produce(checks.build());
        Set<DotName> classes = cluster
                ? Set.of(DotName.createSimple(SESSIONS_READINESS), DotName.createSimple(REDIS_READINESS))
                : Set.of(DotName.createSimple(SESSIONS_READINESS));
        transformers.produce(new AnnotationsTransformerBuildItem(AnnotationTransformation.forClasses()
                .when(context ->
                        classes.contains(context.declaration().asClass().name()))
                .transform(context ->
                        context.add(AnnotationInstance.builder(READINESS).buildWithTarget(context.declaration())))));
    }
}
