package dev.weft.it.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The team example as a user sees it: Weft's login page, and the dashboard's header once logged in. */
final class TeamPage {

    /** The example's demo users (examples/team/src/main/resources/users.properties). */
    static final String ANALYST = "alice";

    static final String ANALYST_PASSWORD = "alice-demo";

    static final String ADMIN = "ada";

    static final String ADMIN_PASSWORD = "ada-demo";

    private final Page page;

    TeamPage(Page page) {
        this.page = page;
    }

    /** Fills the login form and submits it, as a user does. */
    void logIn(String user, String password) {
        page.getByLabel("User name").fill(user);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
    }

    /** Waits until every slot is done and every visible chart drawn. */
    TeamPage awaitSettled() {
        page.waitForFunction(
                GalleryPage.SETTLED_JS, null, new Page.WaitForFunctionOptions().setTimeout(Slots.TIMEOUT_MS));
        return this;
    }

    Locator loginNotice() {
        return page.locator(".weft-login-notice");
    }

    Locator userName() {
        return page.locator("header.weft-header .weft-user-name");
    }

    Locator logoutButton() {
        return page.locator("header.weft-header")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Log out"));
    }
}
