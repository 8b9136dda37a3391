package dev.weft.runtime.web;

import dev.weft.runtime.config.Config;
import dev.weft.runtime.config.WeftConfig;
import dev.weft.runtime.session.FailureLog;
import dev.weft.runtime.session.SessionMetering;
import io.quarkus.runtime.annotations.Recorder;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/** Bridges Weft's build steps to run time: the HTTP handlers of app pages and dev mode. */
@Recorder
public class WeftRecorder {

    /**
     * The handler serving the page of the app at {@code path}, in the theme {@code quarkus.weft.theme.*}
     * configures. Its import map and preload links name the browser libraries on the application's
     * class path, whose versions the build resolved.
     *
     * @throws IllegalArgumentException when {@code quarkus.weft.theme.primary-color} is not a colour or {@code
     *     quarkus.weft.frame-ancestors} not a list of sources, which stops the application at start
     */
    /**
     * Meters fragment runs and sessions in Micrometer ({@code weft.fragment.failures}, {@code
     * weft.fragment.runs}, {@code weft.fragment.run.time}, {@code weft.sessions.*}); recorded only
     * with Micrometer.
     */
    public void meterInMicrometer() {
        FailureLog.countInMicrometer();
        SessionMetering.useMicrometer();
    }

    public Handler<RoutingContext> page(String path, String importMap, String preloads) {
        WeftConfig.Theme theme = Config.weft().theme();
        return new PageHandler(
                path,
                ThemeStyle.of(theme.primaryColor(), theme.mode().name()),
                importMap,
                preloads,
                FramePolicy.of(Config.weft().frameAncestors()));
    }

    /** Weft's login page for Quarkus form authentication ({@code /_weft/login}), in the pages' theme. */
    public Handler<RoutingContext> loginPage() {
        WeftConfig.Theme theme = Config.weft().theme();
        return new LoginPage(ThemeStyle.of(theme.primaryColor(), theme.mode().name()));
    }

    /**
     * Weft's logout endpoint ({@code /_weft/logout}): clears the form-authentication cookie.
     *
     * @param form whether form authentication is on: then the browser goes to the login page after
     */
    public Handler<RoutingContext> logout(boolean form) {
        return new LogoutHandler(form);
    }

    /** The handler serving sessions' images and downloads under {@code /_weft/media/}. */
    public Handler<RoutingContext> media() {
        return new MediaHandler();
    }

    /** The handler serving tables' downloads under {@code /_weft/export/}. */
    public Handler<RoutingContext> export() {
        return new ExportHandler();
    }

    /** The handler of the upload endpoint of file uploaders ({@code /_weft/upload/<token>}). */
    public Handler<RoutingContext> upload() {
        return new UploadHandler();
    }

    /**
     * A no-op endpoint an open page polls in dev mode: Quarkus checks for changed sources when an
     * HTTP request arrives, so the poll is what makes a saved change reach the open page.
     */
    public Handler<RoutingContext> devPing() {
        return context -> context.response().setStatusCode(204).end();
    }
}
