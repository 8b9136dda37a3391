package dev.weft.deployment;

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
import io.quarkus.deployment.builditem.RunTimeConfigurationDefaultBuildItem;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.vertx.http.deployment.RouteBuildItem;
import io.quarkus.vertx.http.runtime.HandlerType;
import java.util.Comparator;
import java.util.List;

/** Weft's Quarkus build steps: beans, routes and defaults for the apps found by discovery. */
class WeftProcessor {

    static final String FEATURE = "weft";

    /** The hard WebSocket frame limit Weft sets unless the application sets its own. */
    static final String MAX_FRAME_PROPERTY = "quarkus.websockets-next.server.max-message-size";

    static final String MAX_FRAME_DEFAULT = "1048576";

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

    /** Sets a bounded WebSocket frame size: WebSockets Next has none by default. */
    @BuildStep
    RunTimeConfigurationDefaultBuildItem maxFrameSize() {
        return new RunTimeConfigurationDefaultBuildItem(MAX_FRAME_PROPERTY, MAX_FRAME_DEFAULT);
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
