package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import dev.weft.User;
import dev.weft.testing.AppSession;
import dev.weft.testing.AppTester;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The headless harness opens sessions as a user with roles: fragments see that user (in
 * {@code ui.user()} and {@code @Inject SecurityIdentity}), and the pages' and sections' roles apply.
 */
class UsersAppTesterTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Reports.class, Payroll.class)
                    .addClass(UsersAppTesterTest.class.getPackageName() + ".UsersAppTesterTest_Reports_WeftApp")
                    .addClass(UsersAppTesterTest.class.getPackageName() + ".UsersAppTesterTest_Payroll_WeftApp"));

    @Inject
    AppTester tester;

    @App(path = "/team-reports")
    @Authenticated
    public static class Reports {
        @Inject
        SecurityIdentity identity;

        @Fragment
        User who(Ui ui) {
            ui.text("Hello " + ui.user().name() + ", injected "
                    + identity.getPrincipal().getName());
            return ui.user();
        }

        @Fragment
        @RolesAllowed("admin")
        void salaries(Ui ui) {
            ui.text("Salaries");
        }
    }

    @App(path = "/payroll")
    @RolesAllowed("admin")
    public static class Payroll {
        @Fragment
        void total(Ui ui) {
            ui.text("Total");
        }
    }

    @Test
    void pageOfAnotherRole_refusesTheUserWithForbidden() {
        assertThatThrownBy(() -> tester.as("alice", "analyst").open("/payroll"))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("not allowed");
        try (AppSession app = tester.as("bob", "admin").open("/payroll").awaitIdle()) {
            assertThat(app.slot("total").texts()).containsExactly("Total");
        }
    }

    @Test
    void userWithoutTheSectionsRole_seesTheirNameAndANotAllowedSection() {
        try (AppSession app =
                tester.as("alice", "analyst").open("/team-reports").awaitIdle()) {
            assertThat(app.slot("who").texts()).containsExactly("Hello alice, injected alice");
            assertThat(app.slot("salaries").texts()).containsExactly("You are not allowed to see this section.");
        }
    }

    @Test
    void userWithTheSectionsRole_seesIt() {
        try (AppSession app = tester.as("bob", "admin").open("/team-reports").awaitIdle()) {
            assertThat(app.slot("salaries").texts()).containsExactly("Salaries");
        }
    }

    @Test
    void pageThatNeedsALogin_refusesAnonymousWithUnauthorized() {
        assertThatThrownBy(() -> tester.open("/team-reports"))
                .isInstanceOf(UnauthorizedException.class)
                .hasMessageContaining("Log in");
        assertThatThrownBy(() -> tester.as("carol").anonymous().open("/team-reports"))
                .isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void users_areValuesWithSortedRoles() {
        assertThat(User.of("alice", "b", "a")).isEqualTo(User.of("alice", "a", "b"));
        assertThat(User.of("alice", "b", "a").roles()).containsExactly("a", "b");
        assertThat(User.of("alice")).isNotEqualTo(User.of("bob"));
        assertThat(User.ANONYMOUS.loggedIn()).isFalse();
    }

    @Test
    void harnessUserWithNoName_isRefused() {
        assertThatThrownBy(() -> tester.as(" ", "admin")).isInstanceOf(IllegalArgumentException.class);
    }
}
