package dev.weft.deployment;

import dev.weft.runtime.web.LazyJsonCodec;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.arc.deployment.ExcludedTypeBuildItem;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;

/**
 * Keeps Jackson out of the application's start: WebSockets Next creates all its message codecs when
 * it registers an endpoint, and its JSON codec creates the {@code ObjectMapper} with it. Weft's
 * {@link LazyJsonCodec} takes its place, the same codec asking for the mapper at its first message.
 */
class WebSocketCodecProcessor {

    @BuildStep
    void lazyJsonCodec(BuildProducer<ExcludedTypeBuildItem> excluded, BuildProducer<AdditionalBeanBuildItem> beans) {
        excluded.produce(new ExcludedTypeBuildItem(LazyJsonCodec.REPLACED));
        beans.produce(AdditionalBeanBuildItem.unremovableOf(LazyJsonCodec.class));
    }
}
