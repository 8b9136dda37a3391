package dev.weft.it.login;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Logging in and out of a Weft app with Quarkus form authentication and Weft's login page, as a
 * browser does it: one cookie jar per user, redirects looked at one by one.
 */
@QuarkusTest
class FormLoginTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void pageWithoutLogin_sendsTheBrowserToWeftsLoginPage() throws Exception {
        HttpResponse<String> page = new Browser().get("/");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/_weft/login"));
    }

    @Test
    void loginPage_isOpenToEveryoneAndPostsToQuarkus() throws Exception {
        HttpResponse<String> login = new Browser().get("/_weft/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body())
                .contains("<title>Log in · Front desk</title>")
                .contains("action=\"/j_security_check\"")
                .contains("name=\"j_username\"")
                .contains("name=\"j_password\"")
                .doesNotContain("{{")
                .doesNotContain("role=\"alert\"");
    }

    @Test
    void wrongPassword_showsTheErrorOnTheLoginPage() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> failed = browser.logIn("alice", "rabbit-hole");
        assertThat(failed.statusCode()).isEqualTo(302);
        String location = failed.headers().firstValue("location").orElseThrow();
        assertThat(location).endsWith("/_weft/login?error");
        HttpResponse<String> login = browser.get(location);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body())
                .contains("role=\"alert\">The user name or password is not right. Please try again.</p>")
                .contains("aria-invalid=\"true\"");
        assertThat(browser.get("/").statusCode()).as("still not logged in").isEqualTo(302);
    }

    @Test
    void rightPassword_opensThePageWithTheUsersNameAndLogout() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> done = browser.logIn("alice", "wonderland");
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(done.headers().firstValue("location"))
                .hasValueSatisfying(l -> assertThat(URI.create(l).getPath()).isEqualTo("/"));
        HttpResponse<String> page = browser.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "<script type=\"application/json\" id=\"weft-user\">{\"name\":\"alice\",\"logout\":\"/_weft/logout\"}</script>");
    }

    @Test
    void logout_clearsTheLoginAndReturnsToTheLoginPage() throws Exception {
        Browser browser = new Browser();
        browser.logIn("alice", "wonderland");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        HttpResponse<String> out =
                browser.post("/_weft/logout", "", base.toString().replaceAll("/$", ""));
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.headers().firstValue("location")).hasValue("/_weft/login?logout");
        assertThat(browser.get("/").statusCode()).as("logged out").isEqualTo(302);
        assertThat(browser.get("/_weft/login?logout").body()).contains("You have logged out.");
    }

    @Test
    void logoutFromAnotherSiteOrByLink_isRefused() throws Exception {
        Browser browser = new Browser();
        browser.logIn("alice", "wonderland");
        assertThat(browser.post("/_weft/logout", "", "https://evil.example").statusCode())
                .isEqualTo(403);
        assertThat(browser.get("/_weft/logout").statusCode()).isEqualTo(405);
        assertThat(browser.get("/").statusCode()).as("still logged in").isEqualTo(200);
    }

    @Test
    void htmlInAUsersName_isShownAsText() throws Exception {
        Browser browser = new Browser();
        browser.logIn("<b>eve</b>&\"co", "apple");
        String page = browser.get("/").body();
        assertThat(page)
                .contains("{\"name\":\"\\u003cb\\u003eeve\\u003c/b\\u003e\\u0026\\\"co\"")
                .doesNotContain("<b>eve");
    }

    @Test
    void basicAuthentication_showsTheUserWithoutLogout() throws Exception {
        String credentials = Base64.getEncoder().encodeToString("alice:wonderland".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.resolve("/"))
                                .header("Authorization", "Basic " + credentials)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"weft-user\">{\"name\":\"alice\",\"logout\":null}</script>");
    }

    /** A browser's cookie jar; follows no redirect by itself. */
    private final class Browser {

        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> get(String path) throws Exception {
            return client.send(
                    HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form, String origin) throws Exception {
            return client.send(
                    HttpRequest.newBuilder(base.resolve(path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Origin", origin)
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> logIn(String user, String password) throws Exception {
            get("/"); // as a browser does: the page sends it to the login page
            return post(
                    "/j_security_check",
                    "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password="
                            + URLEncoder.encode(password, StandardCharsets.UTF_8),
                    base.toString().replaceAll("/$", ""));
        }
    }
}
