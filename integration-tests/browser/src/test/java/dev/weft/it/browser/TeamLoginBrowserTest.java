package dev.weft.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Logging in to the team example with Quarkus form authentication and Weft's login page, and out
 * again with the header's "Log out"; the login page and the logged-in header in both themes.
 */
@ExtendWith(WeftBrowserExtension.class)
@UsesExample(Example.TEAM)
class TeamLoginBrowserTest {

    @Test
    void wrongPassword_showsTheError_thenTheRightOneOpensTheDashboardWithTheUsersName(ExampleServer app, Page page) {
        page.navigate(app.url("/"));
        assertThat(page).hasURL(app.url("/_weft/login"));
        assertThat(page).hasTitle("Log in · Support team");
        TeamPage team = new TeamPage(page);

        team.logIn(TeamPage.ANALYST, "not-the-password");
        assertThat(page).hasURL(app.url("/_weft/login?error"));
        assertThat(team.loginNotice()).hasText("The user name or password is not right. Please try again.");
        assertThat(team.loginNotice()).hasAttribute("role", "alert");
        assertThat(page.getByLabel("Password")).hasAttribute("aria-invalid", "true");

        team.logIn(TeamPage.ANALYST, TeamPage.ANALYST_PASSWORD);
        assertThat(page).hasURL(app.url("/"));
        team.awaitSettled();
        assertThat(team.userName()).hasText("Logged in as " + TeamPage.ANALYST);
        // The only section that did not draw is the admins' cost section, which says why.
        assertThat(page.locator("section.weft-slot[data-state=failed]")).hasCount(1);
        assertThat(page.locator("section.weft-slot[data-slot=costs]"))
                .containsText("You are not allowed to see this section.");
        assertThat(team.userName()).isVisible();
        assertThat(team.logoutButton()).isVisible();
        assertThat(page.locator("header.weft-header .weft-user-avatar")).hasText("A");
    }

    @Test
    void anAnalyst_seesOnlyHerPage_andIsRefusedTheAdminPageWithAPageThatSaysSo(ExampleServer app, Page page) {
        page.navigate(app.url("/"));
        TeamPage team = new TeamPage(page);
        team.logIn(TeamPage.ANALYST, TeamPage.ANALYST_PASSWORD);
        team.awaitSettled();
        assertThat(page.locator("a.weft-nav-link[href='/admin']")).hasCount(0);

        var refused = page.navigate(app.url("/admin"));
        assertEquals(403, refused.status());
        assertThat(page.locator("h1")).hasText("You are not allowed to open this page");
        assertThat(page.getByRole(
                        com.microsoft.playwright.options.AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Back to the first page")))
                .isVisible();
    }

    @Test
    void anAdmin_seesTheAdminPageInTheMenu_andTheCosts(ExampleServer app, Page page) {
        page.navigate(app.url("/"));
        TeamPage team = new TeamPage(page);
        team.logIn(TeamPage.ADMIN, TeamPage.ADMIN_PASSWORD);
        team.awaitSettled();
        assertThat(page.locator("a.weft-nav-link[href='/admin']")).hasCount(1);
        assertThat(page.locator("section.weft-slot[data-state=failed]")).hasCount(0);
        assertThat(page.locator("section.weft-slot[data-slot=costs] table")).isVisible();
    }

    @Test
    void logOut_endsTheLoginAndShowsTheLoginPage(ExampleServer app, Page page) {
        page.navigate(app.url("/admin"));
        TeamPage team = new TeamPage(page);
        team.logIn(TeamPage.ADMIN, TeamPage.ADMIN_PASSWORD);
        assertThat(page).hasURL(app.url("/admin")); // the page asked for before the login
        team.awaitSettled();
        assertThat(team.userName()).hasText("Logged in as " + TeamPage.ADMIN);

        team.logoutButton().click();
        assertThat(page).hasURL(app.url("/_weft/login?logout"));
        assertThat(team.loginNotice()).hasText("You have logged out.");
        assertEquals(
                List.of(),
                page.context().cookies().stream()
                        .filter(c -> c.name.equals("quarkus-credential"))
                        .map(c -> c.name)
                        .toList(),
                "the login cookie is gone");

        page.navigate(app.url("/admin"));
        assertThat(page).hasURL(Pattern.compile(".*/_weft/login$"));
    }

    @Test
    void logOutInOneTab_sendsTheOtherOpenTabsToTheLoginPageToo(ExampleServer app, Page page) {
        page.navigate(app.url("/"));
        TeamPage team = new TeamPage(page);
        team.logIn(TeamPage.ANALYST, TeamPage.ANALYST_PASSWORD);
        team.awaitSettled();
        Page other = page.context().newPage(); // a second tab of the same browser
        other.navigate(app.url("/"));
        new TeamPage(other).awaitSettled();
        assertThat(new TeamPage(other).userName()).hasText("Logged in as " + TeamPage.ANALYST);

        team.logoutButton().click();
        assertThat(page).hasURL(app.url("/_weft/login?logout"));
        // The other tab's session ended with the login: it finds out and shows the login page.
        assertThat(other).hasURL(Pattern.compile(".*/_weft/login$"));
    }

    @Test
    void loginPageAndLoggedInHeader_inBothThemes(ExampleServer app, Browser browser) {
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            String theme = scheme == ColorScheme.DARK ? "dark" : "light";
            try (BrowserContext context = browser.newContext(
                    new Browser.NewContextOptions().setViewportSize(1280, 800).setColorScheme(scheme))) {
                Page page = context.newPage();
                page.navigate(app.url("/"));
                TeamPage team = new TeamPage(page);
                assertEquals(theme, page.locator("html").getAttribute("data-theme"));
                Screenshots.save(page, "login-" + theme, false);
                List<String> violations = Axe.violations(page);
                assertEquals(List.of(), violations, "the login page in " + theme + ":" + Axe.report(violations));

                team.logIn(TeamPage.ANALYST, "wrong");
                assertThat(team.loginNotice()).isVisible();
                Screenshots.save(page, "login-error-" + theme, false);

                team.logIn(TeamPage.ANALYST, TeamPage.ANALYST_PASSWORD);
                team.awaitSettled();
                Screenshots.save(page, "team-" + theme, false);
                violations = Axe.violations(page);
                assertEquals(List.of(), violations, "the logged-in page in " + theme + ":" + Axe.report(violations));
            }
        }
    }
}
