package dev.weft.it.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.testing.AppSession;
import dev.weft.testing.AppTester;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * An application with no security extension: everyone is anonymous, request-scoped beans work in
 * fragments, and a page that needs a login is refused with a page that says so.
 */
@QuarkusTest
class VisitorsTest {

    @Inject
    AppTester tester;

    @TestHTTPResource("/")
    URI base;

    @Test
    void withoutSecurity_fragmentsSeeAnAnonymousUser_andRequestScopedBeansWork() {
        assertThatThrownBy(() -> Class.forName("io.quarkus.security.runtime.SecurityIdentityAssociation"))
                .isInstanceOf(ClassNotFoundException.class);

        try (AppSession app = tester.open("/visitors").awaitIdle()) {
            assertThat(app.slot("greeting").texts()).containsExactly("Hello stranger, visit counted");
        }
        try (AppSession app = tester.as("alice").open("/visitors").awaitIdle()) {
            assertThat(app.slot("greeting").texts()).containsExactly("Hello alice, visit counted");
        }
    }

    @Test
    void withoutSecurity_aPageThatNeedsALogin_isRefusedWith401AndAPageThatSaysSo() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(base.resolve("/members")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.body()).contains("Log in to open this page").contains("no way to log in");
        assertThatThrownBy(() -> tester.open("/members")).isInstanceOf(UnauthorizedException.class);
        assertThat(HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(base.resolve("/visitors"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body())
                .as("the menu does not offer a page nobody can open")
                .contains("\"/visitors\"")
                .doesNotContain("\"/members\"");
    }
}
