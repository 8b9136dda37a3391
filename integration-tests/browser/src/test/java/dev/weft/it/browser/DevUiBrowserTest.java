package dev.weft.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Weft's card in the Quarkus Dev UI, against the gpu-queue example started once in dev mode (as
 * {@code ./mvnw quarkus:dev} starts it): the fragment graph drawn, the sessions of tabs opened by the
 * test, and the {@code @Limited} "gpu" group's line while tabs wait for the model.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DevUiBrowserTest {

    private static final double TIMEOUT_MS = 60_000;
    /** An image takes 20 steps of this: 6 s, long enough for the Dev UI to see the others wait. */
    private static final int STEP_MILLIS = 300;

    private static final List<String> FRAGMENTS = List.of("prompt", "sketch", "intro", "image", "gallery");

    private DevModeServer server;
    private Chromium chromium;

    @BeforeAll
    void start() {
        server = DevModeServer.start(
                "gpu-queue", List.of("-Djvm.args=-Dgpu-queue.steps=20 -Dgpu-queue.step-time=" + STEP_MILLIS + "ms"));
        chromium = Chromium.launch();
    }

    @AfterAll
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void fragmentGraph_drawsEveryFragmentWithItsBadges_andAnArrowPerInput() {
        try (BrowserContext context = context()) {
            Page page = devUi(context, "fragment-graph");
            Locator graph = page.locator("qwc-weft-graph section.app[data-app='/']");
            assertThat(graph).isVisible(visible());
            assertThat(graph.locator("h3")).hasText("Image studio");
            for (String fragment : FRAGMENTS) {
                assertThat(node(graph, fragment)).isVisible();
            }
            assertEquals(FRAGMENTS.size(), graph.locator("g.node").count());
            // Inputs: sketch and image take the prompt's Prompt; nothing else has an input.
            assertEquals(2, graph.locator("g.edge").count());
            assertThat(graph.locator("g.edge[data-edge='prompt->sketch'] text")).hasText("Prompt");
            assertThat(graph.locator("g.edge[data-edge='prompt->image'] text")).hasText("Prompt");
            // The badges: parallel, the timer, the limit, the sidebar.
            assertThat(badge(graph, "image", "parallel")).hasText("parallel");
            assertThat(badge(graph, "image", "limit")).hasText("gpu · 1 permit");
            assertThat(badge(graph, "gallery", "timer")).hasText("every 1s");
            assertThat(badge(graph, "gallery", "parallel")).isVisible();
            assertThat(badge(graph, "prompt", "sidebar")).isVisible();
            assertEquals(0, node(graph, "intro").locator("g.badge").count(), "intro is plain");
            // The providers are drawn left of the fragments that take their values.
            assertTrue(x(node(graph, "prompt")) < x(node(graph, "image")));
            assertTrue(x(node(graph, "prompt")) < x(node(graph, "sketch")));
            shot(page, "devui-graph");
        }
    }

    @Test
    void sessionsPage_listsTheSessionOfATabOpenedInAnotherTab_withItsFragmentsStatesAndLastRuns() {
        try (BrowserContext context = context()) {
            Page app = context.newPage();
            app.navigate(server.url("/"));
            Slots.awaitDone(app, FRAGMENTS);
            String sessionId = (String) app.evaluate("() => sessionStorage.getItem('weft.session:/')");
            assertTrue(sessionId != null && sessionId.length() > 8, "the tab's session id: " + sessionId);
            String shortId = sessionId.substring(0, 8);

            Page page = devUi(context, "sessions");
            Locator session = page.locator("qwc-weft-sessions section.session[data-session='" + shortId + "']");
            assertThat(session).isVisible(visible());
            assertThat(session.locator(".title")).hasText("Image studio");
            assertThat(session.locator(".conn")).hasText("tab connected");
            for (String fragment : FRAGMENTS) {
                Locator row = session.locator("tr[data-fragment='" + fragment + "']");
                assertThat(row).isVisible();
                assertThat(row.locator(".state")).hasText(java.util.regex.Pattern.compile("done|running"));
                assertThat(row.locator("td.last-took"))
                        .hasText(java.util.regex.Pattern.compile("\\d+(\\.\\d)? (ms|s)"));
                assertThat(row.locator("td.last-ended")).hasText(java.util.regex.Pattern.compile("ago|just now"));
            }
            assertThat(session.locator("tr[data-fragment='image'] td.name")).containsText("in gpu");
            // The timer's fragment reruns every second: its generation goes up while the page refreshes.
            Locator galleryGen =
                    session.locator("tr[data-fragment='gallery'] td.num").first();
            long before = Long.parseLong(galleryGen.textContent().trim());
            page.waitForCondition(
                    () -> Long.parseLong(galleryGen.textContent().trim()) > before,
                    new Page.WaitForConditionOptions().setTimeout(TIMEOUT_MS));
            shot(page, "devui-sessions");

            app.close();
            assertThat(session.locator(".conn"))
                    .hasText("no tab", new LocatorAssertions.HasTextOptions().setTimeout(TIMEOUT_MS));
        }
    }

    @Test
    void limitsPage_showsTheGpuGroupsLine_whileTabsWaitForTheModel() {
        try (BrowserContext dev = context()) {
            Page page = devUi(dev, "limits");
            Locator group = page.locator("qwc-weft-limits section.group[data-group='gpu']");
            assertThat(group).isVisible(visible());
            assertThat(group.locator(".head")).containsText("1 permit");
            assertThat(group.locator(".head")).containsText("queue 32");
            assertThat(group.locator(".declared")).containsText("dev.weft.examples.gpuqueue.ImageStudio#image");

            // Three tabs at once: one image is made, the others wait in the gpu line.
            List<BrowserContext> tabs = List.of(context(), context(), context());
            try {
                // The sessions start with their pages' requests: send the three at once, not one load after another.
                tabs.forEach(tab -> tab.newPage()
                        .navigate(
                                server.url("/"),
                                new Page.NavigateOptions()
                                        .setWaitUntil(com.microsoft.playwright.options.WaitUntilState.COMMIT)));
                assertThat(group.locator("tr[data-holder='image'][data-state='queued']")
                                .first())
                        .isVisible(visible());
                assertThat(group.locator("[data-figure='running'] .value")).containsText("1");
                assertThat(group.locator("tr[data-holder='image'][data-state='running']"))
                        .hasCount(1);
                String waiting = group.locator("[data-figure='waiting'] .value")
                        .textContent()
                        .trim();
                assertNotEquals("0", waiting.split(" ")[0], "callers waiting: " + waiting);
                shot(page, "devui-limits");
                // Once every tab has its image, the line is empty and the mean run time is known.
                assertThat(group.locator("[data-figure='waiting'] .value"))
                        .hasText(
                                java.util.regex.Pattern.compile("^0 of"),
                                new LocatorAssertions.HasTextOptions().setTimeout(TIMEOUT_MS));
                assertThat(group.locator("tr[data-holder]"))
                        .hasCount(0, new LocatorAssertions.HasCountOptions().setTimeout(TIMEOUT_MS));
                assertThat(group.locator("[data-figure='mean'] .value")).containsText("s");
            } finally {
                tabs.forEach(BrowserContext::close);
            }
        }
    }

    private BrowserContext context() {
        return chromium.browser()
                .newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1400, 900));
    }

    /** Opens a page of Weft's card in the Dev UI. */
    private Page devUi(BrowserContext context, String page) {
        Page tab = context.newPage();
        tab.navigate(server.url("/q/dev-ui/weft/" + page));
        return tab;
    }

    private static Locator node(Locator graph, String fragment) {
        return graph.locator("g.node[data-fragment='" + fragment + "']");
    }

    private static Locator badge(Locator graph, String fragment, String kind) {
        return node(graph, fragment).locator("g.badge[data-badge='" + kind + "'] text");
    }

    private static double x(Locator locator) {
        return locator.boundingBox().x;
    }

    private static LocatorAssertions.IsVisibleOptions visible() {
        return new LocatorAssertions.IsVisibleOptions().setTimeout(TIMEOUT_MS);
    }

    private static LocatorAssertions assertThat(Locator locator) {
        return PlaywrightAssertions.assertThat(locator);
    }

    /** Saves a screenshot to {@code weft.shots} (default {@code target/screenshots}). */
    private static void shot(Page page, String name) {
        try {
            Path dir = Paths.get(System.getProperty("weft.shots", "target/screenshots"));
            Files.createDirectories(dir);
            page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
