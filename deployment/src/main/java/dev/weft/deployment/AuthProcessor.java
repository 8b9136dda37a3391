package dev.weft.deployment;

import dev.weft.runtime.web.WeftRecorder;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.builditem.RunTimeConfigurationDefaultBuildItem;
import io.quarkus.vertx.http.deployment.RouteBuildItem;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Build steps for logging in and out: Weft's login page when Quarkus form authentication is on (and
 * the form settings that point Quarkus at it, unless the application sets them), and the logout
 * endpoint the header's "Log out" control posts to.
 */
class AuthProcessor {

    static final String LOGIN_PAGE = "/_weft/login";

    static final String LOGOUT = "/_weft/logout";

    static final String FORM_ENABLED = "quarkus.http.auth.form.enabled";

    private static boolean formEnabled() {
        return ConfigProvider.getConfig()
                .getOptionalValue(FORM_ENABLED, Boolean.class)
                .orElse(false);
    }

    @BuildStep
    @Record(ExecutionTime.RUNTIME_INIT)
    void loginPage(WeftRecorder recorder, BuildProducer<RouteBuildItem> routes) {
        if (formEnabled()) {
            routes.produce(RouteBuildItem.builder()
                    .route(LOGIN_PAGE)
                    .handler(recorder.loginPage())
                    .displayOnNotFoundPage("Weft's login page")
                    .build());
        }
    }

    /**
     * With form authentication on, Quarkus's login, error and landing pages default to Weft's login
     * page and the first app, and the login page is open to everyone (a rule protecting every path
     * would otherwise send the login page itself to the login page). The application's own settings
     * win over these.
     */
    @BuildStep
    void formDefaults(List<AppBuildItem> apps, BuildProducer<RunTimeConfigurationDefaultBuildItem> defaults) {
        if (!formEnabled()) {
            return;
        }
        String landing = apps.stream()
                .map(AppBuildItem::path)
                .min(Comparator.comparing((String path) -> !path.equals("/")).thenComparing(Comparator.naturalOrder()))
                .orElse("/");
        defaults.produce(new RunTimeConfigurationDefaultBuildItem("quarkus.http.auth.form.login-page", LOGIN_PAGE));
        defaults.produce(
                new RunTimeConfigurationDefaultBuildItem("quarkus.http.auth.form.error-page", LOGIN_PAGE + "?error"));
        defaults.produce(new RunTimeConfigurationDefaultBuildItem("quarkus.http.auth.form.landing-page", landing));
        defaults.produce(
                new RunTimeConfigurationDefaultBuildItem("quarkus.http.auth.permission.weft-login.paths", LOGIN_PAGE));
        defaults.produce(
                new RunTimeConfigurationDefaultBuildItem("quarkus.http.auth.permission.weft-login.policy", "permit"));
    }

    @BuildStep
    @Record(ExecutionTime.RUNTIME_INIT)
    RouteBuildItem logout(WeftRecorder recorder) {
        return RouteBuildItem.builder()
                .route(LOGOUT)
                .handler(recorder.logout(formEnabled()))
                .build();
    }
}
