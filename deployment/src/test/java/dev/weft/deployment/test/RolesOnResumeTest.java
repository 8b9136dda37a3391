package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A tab that reconnects resumes its session as its user is now: a role removed while it was away
 * hides the section that needs it, a role granted shows it, and every section runs again as the
 * user with the new roles.
 */
class RolesOnResumeTest {

    private static final String REFUSED = "You are not allowed to see this section.";

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Books.class, RoleChanges.class, WeftTestClient.class)
                    .addClass(RolesOnResumeTest.class.getPackageName() + ".RolesOnResumeTest_Books_WeftApp"))
            .overrideConfigKey("quarkus.http.auth.basic", "true")
            .overrideConfigKey("quarkus.security.users.embedded.enabled", "true")
            .overrideConfigKey("quarkus.security.users.embedded.plain-text", "true")
            .overrideConfigKey("quarkus.security.users.embedded.users.carol", "carol-pw")
            .overrideConfigKey("quarkus.security.users.embedded.roles.carol", "admin")
            .overrideConfigKey("quarkus.security.users.embedded.users.dan", "dan-pw")
            .overrideConfigKey("quarkus.security.users.embedded.roles.dan", "clerk");

    @TestHTTPResource("/")
    URI base;

    /** Roles an administrator changes while the app runs: taken away from, or given to, a user. */
    @ApplicationScoped
    public static class RoleChanges implements SecurityIdentityAugmentor {
        static final Set<String> REVOKED_ADMIN = ConcurrentHashMap.newKeySet();
        static final Set<String> GRANTED_ADMIN = ConcurrentHashMap.newKeySet();

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
            if (identity.isAnonymous()) {
                return Uni.createFrom().item(identity);
            }
            String name = identity.getPrincipal().getName();
            if (GRANTED_ADMIN.contains(name)) {
                return Uni.createFrom()
                        .item(QuarkusSecurityIdentity.builder(identity)
                                .addRole("admin")
                                .build());
            }
            if (REVOKED_ADMIN.contains(name)) {
                QuarkusSecurityIdentity.Builder without = QuarkusSecurityIdentity.builder()
                        .setPrincipal(identity.getPrincipal())
                        .addCredentials(identity.getCredentials())
                        .addAttributes(identity.getAttributes());
                identity.getRoles().stream()
                        .filter(role -> !role.equals("admin"))
                        .forEach(without::addRole);
                return Uni.createFrom().item(without.build());
            }
            return Uni.createFrom().item(identity);
        }
    }

    @App(path = "/books", title = "Books")
    @Authenticated
    public static class Books {
        @Fragment
        void who(Ui ui) {
            ui.text(ui.user().name() + " with " + ui.user().roles());
        }

        @Fragment
        @RolesAllowed("admin")
        void payroll(Ui ui) {
            ui.text("Payroll for admins");
        }
    }

    @Test
    void roleRemovedWhileTheTabWasAway_resumedSessionNoLongerShowsTheSection() throws Exception {
        String session = openAndDrop("carol", "Payroll for admins");
        RoleChanges.REVOKED_ADMIN.add("carol");
        try (WeftTestClient carol = WeftTestClient.connectWith(base, basic("carol", "carol-pw"))) {
            JsonNode welcome = carol.hello("/books", session);

            assertThat(welcome.get("session").asText()).isEqualTo(session);
            assertThat(welcome.get("resumed").asBoolean()).isTrue();
            assertThat(text(carol.awaitSeen(content("payroll", REFUSED)))).isEqualTo(REFUSED);
            assertThat(text(carol.awaitSeen(content("who", "carol with []")))).isEqualTo("carol with []");
            assertThat(carol.seen().toString())
                    .as("the section's content is not sent again to a user without the role")
                    .doesNotContain("Payroll for admins");
        } finally {
            RoleChanges.REVOKED_ADMIN.remove("carol");
        }
    }

    @Test
    void roleGrantedWhileTheTabWasAway_resumedSessionShowsTheSection() throws Exception {
        String session = openAndDrop("dan", REFUSED);
        RoleChanges.GRANTED_ADMIN.add("dan");
        try (WeftTestClient dan = WeftTestClient.connectWith(base, basic("dan", "dan-pw"))) {
            JsonNode welcome = dan.hello("/books", session);

            assertThat(welcome.get("resumed").asBoolean()).isTrue();
            assertThat(text(dan.awaitSeen(content("payroll", "Payroll for admins"))))
                    .isEqualTo("Payroll for admins");
            assertThat(text(dan.awaitSeen(content("who", "dan with [admin, clerk]"))))
                    .isEqualTo("dan with [admin, clerk]");
        } finally {
            RoleChanges.GRANTED_ADMIN.remove("dan");
        }
    }

    @Test
    void sameRolesOnResume_nothingRunsAgain() throws Exception {
        String session = openAndDrop("carol", "Payroll for admins");
        try (WeftTestClient carol = WeftTestClient.connectWith(base, basic("carol", "carol-pw"))) {
            carol.hello("/books", session);
            // The session's URL follows its resume; a rerun would have been started before it.
            carol.awaitSeen(WeftTestClient.type("url"));

            assertThat(text(carol.awaitSeen(content("payroll")))).isEqualTo("Payroll for admins");
            assertThat(carol.seen())
                    .as("a resume with the same roles shows the sections as they were, without a rerun")
                    .noneMatch(m -> m.path("type").asText().equals("status")
                            && m.path("state").asText().equals("running"));
        }
    }

    @Test
    void sameRolesOnResume_aSectionTheUserMayNotSee_stillSaysSo() throws Exception {
        String session = openAndDrop("dan", REFUSED);
        try (WeftTestClient dan = WeftTestClient.connectWith(base, basic("dan", "dan-pw"))) {
            dan.hello("/books", session);
            assertThat(text(dan.awaitSeen(content("payroll"))))
                    .as("the refusal drawn for the same roles is shown again, not a placeholder")
                    .isEqualTo(REFUSED);
            assertThat(dan.seen().toString()).doesNotContain("Payroll for admins");
        }
    }

    /**
     * Opens the page as {@code user} (password {@code <user>-pw}), waits until the payroll section
     * shows {@code payroll}, and drops the connection as a lost network would; the session's id.
     */
    private String openAndDrop(String user, String payroll) throws Exception {
        try (WeftTestClient tab = WeftTestClient.connectWith(base, basic(user, user + "-pw"))) {
            String session = tab.hello("/books", null).get("session").asText();
            assertThat(text(tab.awaitSeen(content("payroll")))).isEqualTo(payroll);
            tab.drop();
            return session;
        }
    }

    /** A slot's final content for {@code slot}. */
    private static java.util.function.Predicate<JsonNode> content(String slot) {
        return m ->
                WeftTestClient.slot("slot", slot).test(m) && m.path("elements").size() > 0;
    }

    /** A slot's final content for {@code slot} that shows {@code text}. */
    private static java.util.function.Predicate<JsonNode> content(String slot, String text) {
        return m -> content(slot).test(m) && text(m).equals(text);
    }

    /** The text a slot's content shows (its first element's). */
    private static String text(JsonNode content) {
        JsonNode first = content.path("elements").get(0);
        return first.has("text")
                ? first.get("text").asText()
                : first.path("message").asText();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
