package dev.weft.runtime.web;

import dev.weft.runtime.AppDefinition;
import dev.weft.runtime.AppRegistry;
import io.quarkus.arc.Arc;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Weft's login page for Quarkus form authentication, at {@link #PATH}: the first app's title and icon,
 * a user name and a password field posting to Quarkus's {@code j_security_check}, in the pages' theme.
 * Quarkus sends a failed login back here with {@code ?error} (the page then says the credentials were
 * wrong) and Weft's logout with {@code ?logout}. The page inlines its styles and icon, so it needs
 * no other path that a rule protecting everything would hide from a user not yet logged in.
 */
final class LoginPage implements Handler<RoutingContext> {

    static final String PATH = "/_weft/login";

    private static final String TEMPLATE = PageParts.resource("/dev/weft/runtime/web/login.html");
    private static final String CSS = PageParts.resource("/META-INF/resources/_weft/css/theme.css")
            + PageParts.resource("/META-INF/resources/_weft/css/login.css");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    static final String ERROR = "The user name or password is not right. Please try again.";
    static final String LOGGED_OUT = "You have logged out.";

    private final ThemeStyle theme;
    /** The page without its notice, filled when the first request comes (the apps are known then). */
    private volatile String[] halves;

    LoginPage(ThemeStyle theme) {
        this.theme = theme;
    }

    @Override
    public void handle(RoutingContext context) {
        if (halves == null) {
            halves = halves(Arc.container().instance(AppRegistry.class).get().pages());
        }
        boolean error = context.queryParams().contains("error");
        String notice = error
                ? "<p class=\"weft-login-notice weft-login-error\" id=\"weft-login-notice\" role=\"alert\">" + ERROR
                        + "</p>"
                : context.queryParams().contains("logout")
                        ? "<p class=\"weft-login-notice\" id=\"weft-login-notice\" role=\"status\">" + LOGGED_OUT
                                + "</p>"
                        : "";
        String invalid = error ? " aria-invalid=\"true\" aria-describedby=\"weft-login-notice\"" : "";
        context.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(halves[0] + notice + halves[1] + invalid + halves[2] + invalid + halves[3]);
    }

    private String[] halves(List<AppDefinition> pages) {
        String title = pages.isEmpty() ? "Weft" : pages.get(0).title();
        String icon = pages.isEmpty() ? "" : pages.get(0).icon();
        Config config = ConfigProvider.getConfig();
        String faviconType = PageParts.faviconType(icon);
        Map<String, String> values = Map.of(
                "title", PageHandler.escape(title),
                "themeMode", theme.mode(),
                "themeStyle", theme.css(),
                "css", CSS,
                "favicon", PageHandler.escape(PageParts.favicon(icon)),
                "faviconType", faviconType.isEmpty() ? "" : " type=\"" + faviconType + "\"",
                "logo", logo(icon),
                "action", PageHandler.escape(slash(formSetting(config, "post-location", "j_security_check"))),
                "userField", PageHandler.escape(formSetting(config, "username-parameter", "j_username")),
                "passwordField", PageHandler.escape(formSetting(config, "password-parameter", "j_password")));
        String filled = PLACEHOLDER
                .matcher(TEMPLATE)
                .replaceAll(match -> Matcher.quoteReplacement(
                        match.group(1).equals("notice") || match.group(1).equals("invalid")
                                ? match.group()
                                : values.getOrDefault(match.group(1), match.group())));
        return filled.split("\\{\\{notice}}|\\{\\{invalid}}", -1);
    }

    /** The app's icon beside its title: its emoji, its image, or Weft's logo. Decorative: the title says it. */
    private static String logo(String icon) {
        if (!icon.isEmpty() && !icon.startsWith("/")) {
            return "<span class=\"weft-login-logo weft-icon-emoji\" aria-hidden=\"true\">" + PageHandler.escape(icon)
                    + "</span>";
        }
        String src = icon.isEmpty() ? PageParts.DEFAULT_FAVICON : icon;
        return "<img class=\"weft-login-logo\" src=\"" + PageHandler.escape(src)
                + "\" alt=\"\" width=\"28\" height=\"28\">";
    }

    /** A {@code quarkus.http.auth.form.*} setting, with Quarkus's default. */
    private static String formSetting(Config config, String name, String quarkusDefault) {
        return config.getOptionalValue("quarkus.http.auth.form." + name, String.class)
                .orElse(quarkusDefault);
    }

    private static String slash(String path) {
        return path.startsWith("/") ? path : "/" + path;
    }
}
