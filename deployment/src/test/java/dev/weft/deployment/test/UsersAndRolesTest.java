package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Limited;
import dev.weft.Ui;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Users and roles with a real Quarkus security setup (the properties-file realm's embedded users,
 * basic authentication): pages refused with 401 or 403, a pages menu per user, fragments that see
 * their user through {@code @Inject SecurityIdentity}, {@code ui.user()}, a request-scoped bean and a
 * confined call, a section refused by role, and sessions that only their own user may resume.
 */
class UsersAndRolesTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(
                            Team.class, Admin.class, Open.class, Visit.class, Interpreter.class, WeftTestClient.class)
                    .addClass(UsersAndRolesTest.class.getPackageName() + ".UsersAndRolesTest_Team_WeftApp")
                    .addClass(UsersAndRolesTest.class.getPackageName() + ".UsersAndRolesTest_Admin_WeftApp")
                    .addClass(UsersAndRolesTest.class.getPackageName() + ".UsersAndRolesTest_Open_WeftApp"))
            .overrideConfigKey("quarkus.http.auth.basic", "true")
            .overrideConfigKey("quarkus.security.users.embedded.enabled", "true")
            .overrideConfigKey("quarkus.security.users.embedded.plain-text", "true")
            .overrideConfigKey("quarkus.security.users.embedded.users.alice", "alice-pw")
            .overrideConfigKey("quarkus.security.users.embedded.roles.alice", "analyst")
            .overrideConfigKey("quarkus.security.users.embedded.users.bob", "bob-pw")
            .overrideConfigKey("quarkus.security.users.embedded.roles.bob", "admin,analyst");

    private static final String ALICE = basic("alice", "alice-pw");
    private static final String BOB = basic("bob", "bob-pw");

    @TestHTTPResource("/")
    URI base;

    /** A bean that lives for one request: one run of a fragment. */
    @RequestScoped
    public static class Visit {
        private static final AtomicInteger MADE = new AtomicInteger();
        private final int number = MADE.incrementAndGet();

        @Inject
        SecurityIdentity identity;

        String describe() {
            return "visit of " + identity.getPrincipal().getName();
        }

        int number() {
            return number;
        }
    }

    /** A confined group: its calls run on one thread of their own. */
    @ApplicationScoped
    public static class Interpreter {
        @Inject
        SecurityIdentity identity;

        @Limited(group = "identity-interpreter", confined = true)
        public String whoAsks() {
            return identity.getPrincipal().getName() + " on "
                    + Thread.currentThread().getName();
        }
    }

    @App(path = "/team", title = "Team", order = 1)
    @Authenticated
    public static class Team {
        @Inject
        SecurityIdentity identity;

        @Inject
        Visit visit;

        @Inject
        Interpreter interpreter;

        @Fragment
        void who(Ui ui) {
            ui.text("Injected " + identity.getPrincipal().getName() + ", user "
                    + ui.user().name() + " with " + ui.user().roles());
        }

        @Fragment
        void request(Ui ui) {
            ui.text("Request bean: " + visit.describe());
        }

        @Fragment
        void confined(Ui ui) {
            ui.text("Confined: " + interpreter.whoAsks());
        }

        @Fragment
        @RolesAllowed("admin")
        long payroll(Ui ui) {
            ui.text("Payroll for admins");
            return 7;
        }

        @Fragment
        @RolesAllowed("admin")
        void audit(Ui ui, long payroll) {
            ui.text("Audit of " + payroll);
        }
    }

    @App(path = "/admin", title = "Admin", order = 2)
    @RolesAllowed("admin")
    public static class Admin {
        @Fragment
        void settings(Ui ui) {
            ui.text("Admin settings");
        }
    }

    @App(path = "/open", title = "Open", order = 0)
    public static class Open {
        @Fragment
        void greeting(Ui ui) {
            ui.text(ui.user().loggedIn() ? "Hello " + ui.user().name() : "Hello stranger");
        }
    }

    @Test
    void pageThatNeedsALogin_forNobody_isChallengedWith401() throws Exception {
        HttpResponse<String> page = page("/team", null);

        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.headers().firstValue("www-authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWithIgnoringCase("basic"));
    }

    @Test
    void pageOfAnotherRole_isRefusedWith403AndAPageThatSaysSo() throws Exception {
        HttpResponse<String> page = page("/admin", ALICE);

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body())
                .contains("You are not allowed to open this page")
                .contains("Admin");
        assertThat(page.body()).doesNotContain("data-session");
    }

    @Test
    void pagesMenu_listsOnlyThePagesTheUserMayOpen() throws Exception {
        HttpResponse<String> alice = page("/team", ALICE);
        HttpResponse<String> bob = page("/team", BOB);

        assertThat(alice.statusCode()).isEqualTo(200);
        assertThat(alice.body()).contains("\"/open\"").contains("\"/team\"").doesNotContain("\"/admin\"");
        assertThat(bob.body()).contains("\"/open\"").contains("\"/team\"").contains("\"/admin\"");
        assertThat(page("/admin", BOB).statusCode()).isEqualTo(200);
    }

    @Test
    void fragments_seeTheTabsUser_throughInjectionUiUserARequestScopedBeanAndAConfinedCall() throws Exception {
        try (WeftTestClient alice = WeftTestClient.connectWith(base, ALICE)) {
            alice.hello("/team", null);
            alice.awaitFinished("who", "request", "confined", "payroll", "audit");

            assertThat(text(alice, "who")).isEqualTo("Injected alice, user alice with [analyst]");
            assertThat(text(alice, "request")).isEqualTo("Request bean: visit of alice");
            assertThat(text(alice, "confined")).isEqualTo("Confined: alice on weft-confined-identity-interpreter");
            assertThat(text(alice, "payroll")).isEqualTo("You are not allowed to see this section.");
            assertThat(text(alice, "audit"))
                    .as("a section that takes a refused section's value is refused too")
                    .isEqualTo("You are not allowed to see this section.");
            assertThat(alice.seen().toString()).doesNotContain("Payroll for admins");
        }
        try (WeftTestClient bob = WeftTestClient.connectWith(base, BOB)) {
            bob.hello("/team", null);
            bob.awaitFinished("who", "payroll", "audit");

            assertThat(text(bob, "who")).isEqualTo("Injected bob, user bob with [admin, analyst]");
            assertThat(text(bob, "payroll")).isEqualTo("Payroll for admins");
            assertThat(text(bob, "audit")).isEqualTo("Audit of 7");
        }
    }

    @Test
    void helloForAPageOfAnotherRole_isRefused() throws Exception {
        try (WeftTestClient alice = WeftTestClient.connectWith(base, ALICE)) {
            alice.send("{\"v\":1,\"type\":\"hello\",\"app\":\"/admin\",\"session\":null}");
            JsonNode refusal = alice.await(WeftTestClient.type("error"));

            assertThat(refusal.get("code").asText()).isEqualTo("not_allowed");
            assertThat(alice.seen().toString()).doesNotContain("welcome").doesNotContain("Admin settings");
        }
        try (WeftTestClient nobody = WeftTestClient.connect(base)) {
            nobody.send("{\"v\":1,\"type\":\"hello\",\"app\":\"/team\",\"session\":null}");
            assertThat(nobody.await(WeftTestClient.type("error")).get("code").asText())
                    .isEqualTo("not_allowed");
        }
    }

    @Test
    void sessionResumedAsAnotherUserOrAnonymously_isRefused_andStaysItsUsers() throws Exception {
        String session;
        try (WeftTestClient alice = WeftTestClient.connectWith(base, ALICE)) {
            session = alice.hello("/open", null).get("session").asText();
            assertThat(text(alice, "greeting")).isEqualTo("Hello alice");
            alice.drop();
        }
        try (WeftTestClient bob = WeftTestClient.connectWith(base, BOB)) {
            JsonNode welcome = bob.hello("/open", session);

            assertThat(welcome.get("session").asText()).isNotEqualTo(session);
            assertThat(welcome.get("resumed").asBoolean()).isFalse();
            assertThat(bob.awaitSeen(WeftTestClient.type("error")).get("code").asText())
                    .isEqualTo("session_of_another_user");
            assertThat(text(bob, "greeting")).isEqualTo("Hello bob");
            bob.drop();
        }
        try (WeftTestClient nobody = WeftTestClient.connect(base)) {
            JsonNode welcome = nobody.hello("/open", session);

            assertThat(welcome.get("session").asText()).isNotEqualTo(session);
            assertThat(nobody.awaitSeen(WeftTestClient.type("error"))
                            .get("code")
                            .asText())
                    .isEqualTo("session_of_another_user");
            assertThat(text(nobody, "greeting")).isEqualTo("Hello stranger");
            nobody.drop();
        }
        try (WeftTestClient alice = WeftTestClient.connectWith(base, ALICE)) {
            JsonNode welcome = alice.hello("/open", session);

            assertThat(welcome.get("session").asText())
                    .as("the session is still alice's")
                    .isEqualTo(session);
            assertThat(welcome.get("resumed").asBoolean()).isTrue();
        }
    }

    @Test
    void pageStartedSession_isClaimedOnlyByItsUser() throws Exception {
        HttpResponse<String> page = page("/open", ALICE);
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("data-session=\"([0-9a-f]{32})\"")
                .matcher(page.body());
        assertThat(id.find()).isTrue();
        String prestarted = id.group(1);
        try (WeftTestClient bob = WeftTestClient.connectWith(base, BOB)) {
            bob.send("{\"v\":1,\"type\":\"hello\",\"app\":\"/open\",\"session\":null,\"prestarted\":\"" + prestarted
                    + "\"}");
            JsonNode welcome = bob.await(WeftTestClient.type("welcome"));

            assertThat(welcome.get("session").asText()).isNotEqualTo(prestarted);
            assertThat(bob.seen().toString()).contains("session_of_another_user");
        }
        try (WeftTestClient alice = WeftTestClient.connectWith(base, ALICE)) {
            alice.send("{\"v\":1,\"type\":\"hello\",\"app\":\"/open\",\"session\":null,\"prestarted\":\"" + prestarted
                    + "\"}");
            assertThat(alice.await(WeftTestClient.type("welcome"))
                            .get("session")
                            .asText())
                    .isEqualTo(prestarted);
        }
    }

    /** The text a slot's finished content shows (its first element's). */
    private static String text(WeftTestClient client, String slot) throws InterruptedException {
        JsonNode content = client.awaitSeen(m ->
                WeftTestClient.slot("slot", slot).test(m) && m.path("elements").size() > 0);
        JsonNode first = content.path("elements").get(0);
        return first.has("text")
                ? first.get("text").asText()
                : first.path("message").asText();
    }

    private HttpResponse<String> page(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Cookie", WeftTestClient.cookie(WeftTestClient.BROWSER));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
