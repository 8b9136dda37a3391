package dev.weft.it.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Logging in to a Weft app at an OpenID Connect provider and out again, against Quarkus's OIDC test
 * server (a Keycloak realm played by WireMock): the page sends the browser to the provider, the
 * provider's login comes back with a code, and the page then shows the user's name with "Log out",
 * which ends the session at the app and at the provider.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class OidcLoginTest {

    @TestHTTPResource("/")
    URI base;

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void loginAtTheProvider_showsTheUsersNameAndLogout_andLogoutEndsTheSession() throws Exception {
        // The page sends the browser to the provider's login.
        HttpResponse<String> page = get(base.resolve("/"));
        assertThat(page.statusCode()).isEqualTo(302);
        URI provider = URI.create(page.headers().firstValue("location").orElseThrow());
        assertThat(provider.getPath()).startsWith("/auth/realms/quarkus");
        Map<String, String> query = query(provider);

        // The provider's login form, filled in: it sends the browser back with a code.
        HttpResponse<String> form = get(provider);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"password\"");
        HttpResponse<String> loggedIn = get(provider.resolve("/login?username=alice&password=alice&state="
                + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8) + "&redirect_uri="
                + URLEncoder.encode(query.get("redirect_uri"), StandardCharsets.UTF_8)));
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        URI back = URI.create(loggedIn.headers().firstValue("location").orElseThrow());
        assertThat(back.getRawQuery()).contains("code=");

        // The app trades the code for tokens and sends the browser on to the page it asked for.
        HttpResponse<String> exchanged = get(back);
        assertThat(exchanged.statusCode()).isEqualTo(302);
        page = get(base.resolve(exchanged.headers().firstValue("location").orElseThrow()));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "<script type=\"application/json\" id=\"weft-user\">{\"name\":\"alice\",\"logout\":\"/logout\"}</script>");

        // "Log out" posts to quarkus.oidc.logout.path: the app ends its session and sends the browser
        // to the provider's end-session endpoint, which comes back to the post-logout path.
        HttpResponse<String> out = post(base.resolve("/logout"));
        assertThat(out.statusCode()).isEqualTo(302);
        String endSession = out.headers().firstValue("location").orElseThrow();
        assertThat(endSession).contains("post_logout_redirect_uri=");
        assertThat(get(base.resolve("/")).statusCode())
                .as("a new login is needed")
                .isEqualTo(302);
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(URI uri) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", base.toString().replaceAll("/$", ""))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        pair -> pair[0],
                        pair -> URLDecoder.decode(pair.length > 1 ? pair[1] : "", StandardCharsets.UTF_8)));
    }
}
