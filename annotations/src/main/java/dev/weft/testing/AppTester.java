package dev.weft.testing;

/**
 * Runs a Weft app without a browser, the way Streamlit's {@code AppTest} does: open a session,
 * change widgets, wait until every fragment has settled, and assert on what each slot shows and
 * how often each fragment ran. The session is real: the same scheduler, the same widget checks and
 * the same generated dispatcher as in production.
 *
 * <p>Inject it into a {@code @QuarkusTest}:
 *
 * <pre>{@code
 * @QuarkusTest
 * class SalesDashboardTest {
 *     @Inject AppTester tester;
 *
 *     @Test
 *     void yearFilter_rerunsOnlyItsDependents() {
 *         try (AppSession app = tester.open("/").awaitIdle()) {
 *             app.slot("filters").widget("Year").set(2020);
 *             app.awaitIdle();
 *             assertEquals(2, app.slot("revenue").runs());
 *             assertEquals(1, app.slot("liveOrders").runs());
 *         }
 *     }
 * }
 * }</pre>
 */
public interface AppTester {

    /**
     * Starts a new session of the app served at {@code path}; its fragments start running at once.
     * The path may carry a query string, as a link does: {@code open("/?region=Asia")}.
     */
    AppSession open(String path);

    /**
     * A page to open as a particular browser would: {@code url} is the path with its query string
     * (the link), and the returned {@link Visit} sets the locale, time zone, theme, headers and
     * cookies its fragments see in their {@link dev.weft.Ui#context() context}.
     */
    Visit visit(String url);

    /**
     * Starts a session as {@link #open(String)} does, for a user whose browser reports this locale
     * and time zone: tables show their numbers and dates in them ({@link TableView#shown}).
     */
    AppSession open(String path, java.util.Locale locale, java.time.ZoneId zone);

    /**
     * A tester whose sessions are opened by a logged-in user with these roles: fragments see that
     * user in {@code ui.user()} and in {@code @Inject SecurityIdentity}, and the pages' and fragments'
     * {@code @RolesAllowed}, {@code @Authenticated} and {@code @PermitAll} apply. Opening a page the
     * user may not open throws {@code io.quarkus.security.ForbiddenException}; a fragment the user
     * may not run shows "You are not allowed to see this section." in its slot.
     *
     * <pre>{@code
     * try (AppSession app = tester.as("alice", "analyst").open("/").awaitIdle()) {
     *     assertThat(app.slot("greeting").text()).contains("alice");
     * }
     * }</pre>
     */
    AppTester as(String name, String... roles);

    /**
     * A tester whose sessions are opened by nobody logged in: the default. Opening a page that needs
     * a login throws {@code io.quarkus.security.UnauthorizedException}.
     */
    AppTester anonymous();
}
