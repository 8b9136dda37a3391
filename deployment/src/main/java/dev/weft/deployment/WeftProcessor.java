package dev.weft.deployment;

import dev.weft.runtime.config.KeepAlive;
import dev.weft.runtime.config.WebSocketLimits;
import dev.weft.runtime.config.WeftConfigBuilder;
import dev.weft.runtime.web.WeftRecorder;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.arc.deployment.BeanDefiningAnnotationBuildItem;
import io.quarkus.arc.deployment.UnremovableBeanBuildItem;
import io.quarkus.arc.processor.BuiltinScope;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.LaunchModeBuildItem;
import io.quarkus.deployment.builditem.RunTimeConfigBuilderBuildItem;
import io.quarkus.deployment.builditem.RunTimeConfigurationDefaultBuildItem;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.vertx.http.deployment.RouteBuildItem;
import io.quarkus.vertx.http.runtime.HandlerType;
import java.util.Comparator;
import java.util.List;

/** Weft's Quarkus build steps: beans, routes and defaults for the apps found by discovery. */
class WeftProcessor {

    static final String FEATURE = "weft";

    static final String DEV_PING_PATH = "/_weft/dev/ping";

    static final String UPLOAD_PATH = "/_weft/upload/:token";

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    /** Every {@code @App} class is a bean, one new instance per session, looked up programmatically. */
    @BuildStep
    BeanDefiningAnnotationBuildItem appsAreBeans() {
        return new BeanDefiningAnnotationBuildItem(Names.APP, BuiltinScope.DEPENDENT.getName());
    }

    @BuildStep
    UnremovableBeanBuildItem appsAreUnremovable() {
        return UnremovableBeanBuildItem.beanClassAnnotation(Names.APP);
    }

    /** The generated definitions are singletons that the runtime injects as a list. */
    @BuildStep
    AdditionalBeanBuildItem generatedDefinitions(List<AppBuildItem> apps) {
        AdditionalBeanBuildItem.Builder beans =
                AdditionalBeanBuildItem.builder().setUnremovable().setDefaultScope(BuiltinScope.SINGLETON.getName());
        sorted(apps).forEach(app -> beans.addBeanClass(app.generatedClass()));
        return beans.build();
    }

    /**
     * Bounds the WebSocket server's frames and messages by {@code quarkus.weft.max-message-size} (see {@link
     * WebSocketLimits}): WebSockets Next has no message limit by default, and Vert.x's 64 KiB frame
     * limit would drop a connection before Weft could answer it.
     */
    @BuildStep
    RunTimeConfigBuilderBuildItem webSocketLimits() {
        return new RunTimeConfigBuilderBuildItem(WeftConfigBuilder.class);
    }

    /**
     * Closes HTTP connections that stay silent for {@link KeepAlive#IDLE_TIMEOUT} (Quarkus holds
     * them 30 minutes), unless the application sets {@code quarkus.http.idle-timeout}.
     */
    @BuildStep
    RunTimeConfigurationDefaultBuildItem idleTimeout() {
        return new RunTimeConfigurationDefaultBuildItem(KeepAlive.IDLE_TIMEOUT_PROPERTY, KeepAlive.IDLE_TIMEOUT);
    }

    @BuildStep
    @Record(ExecutionTime.RUNTIME_INIT)
    void pages(
            List<AppBuildItem> apps,
            BrowserLibrariesBuildItem libraries,
            WeftRecorder recorder,
            BuildProducer<RouteBuildItem> routes) {
        for (AppBuildItem app : sorted(apps)) {
            routes.produce(RouteBuildItem.builder()
                    .route(app.path())
                    .handler(recorder.page(app.path(), libraries.importMap(), libraries.preloads()))
                    // Serving a page starts its session, which creates the app's bean: not on the event loop.
                    .handlerType(HandlerType.BLOCKING)
                    .displayOnNotFoundPage("Weft app " + app.appClass())
                    .build());
        }
    }

    /** File uploaders post their files here; each upload names its uploader with a token. */
    @BuildStep
    @Record(ExecutionTime.RUNTIME_INIT)
    void uploads(WeftRecorder recorder, BuildProducer<RouteBuildItem> routes) {
        routes.produce(RouteBuildItem.builder()
                .route(UPLOAD_PATH)
                .handler(recorder.upload())
                .build());
    }

    @BuildStep
    @Record(ExecutionTime.RUNTIME_INIT)
    void devPing(LaunchModeBuildItem launchMode, WeftRecorder recorder, BuildProducer<RouteBuildItem> routes) {
        if (launchMode.getLaunchMode() == LaunchMode.DEVELOPMENT) {
            routes.produce(RouteBuildItem.builder()
                    .route(DEV_PING_PATH)
                    .handler(recorder.devPing())
                    .build());
        }
    }

    private static List<AppBuildItem> sorted(List<AppBuildItem> apps) {
        return apps.stream().sorted(Comparator.comparing(AppBuildItem::path)).toList();
    }
}
