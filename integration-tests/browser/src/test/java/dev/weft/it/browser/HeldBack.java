package dev.weft.it.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.WebSocketRoute;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Routes a page's Weft WebSocket through the test, so that a test sees the same thing however fast
 * the machine is. It holds back the final {@code slot} messages of some slots until {@link
 * #release()} (statuses and partial output pass at once), and, if asked, the page's messages to the
 * server (its {@code hello}, which starts a session) until {@link #connect()}.
 */
final class HeldBack {

    private static final double TIMEOUT_MS = 30_000;

    private final Set<String> slots;
    private final List<String> fromServer = new ArrayList<>();
    private final List<String> fromPage = new ArrayList<>();
    private WebSocketRoute page;
    private WebSocketRoute server;
    private boolean holdingContent = true;
    private boolean holdingPage;

    private HeldBack(Set<String> slots, boolean holdPage) {
        this.slots = slots;
        this.holdingPage = holdPage;
    }

    /** Holds back the final content of {@code slots}; call before the page navigates. */
    static HeldBack finalContentOf(Page page, String... slots) {
        return route(page, new HeldBack(Set.of(slots), false));
    }

    /**
     * Also holds back what the page sends until {@link #connect()}: with sessions that start on
     * {@code hello}, the session then starts when the test says so.
     */
    static HeldBack finalContentOfAndHello(Page page, String... slots) {
        return route(page, new HeldBack(Set.of(slots), true));
    }

    private static HeldBack route(Page page, HeldBack held) {
        page.routeWebSocket(Pattern.compile(".*/_weft/ws$"), route -> {
            held.page = route;
            held.server = route.connectToServer();
            route.onMessage(frame -> held.fromPage(frame.text()));
            held.server.onMessage(frame -> held.fromServer(frame.text()));
        });
        return held;
    }

    private void fromPage(String text) {
        if (holdingPage) {
            fromPage.add(text);
        } else {
            server.send(text);
        }
    }

    private void fromServer(String text) {
        if (holdingContent
                && text.contains("\"type\":\"slot\"")
                && !text.contains("\"partial\":true")
                && slots.stream().anyMatch(slot -> text.contains("\"slot\":\"" + slot + "\""))) {
            fromServer.add(text);
        } else {
            page.send(text);
        }
    }

    /**
     * Holds back what the page sends from now on (its widget changes, say) until {@link
     * #connect(Page)}: several pages' changes can then reach the server at the same moment.
     */
    void holdPage() {
        holdingPage = true;
    }

    /**
     * Waits until the page has connected and sent something (its hello, or what it sent since {@link
     * #holdPage()}), held back, then lets it through, and everything from now on.
     */
    void connect(Page page) {
        page.waitForCondition(() -> !fromPage.isEmpty(), new Page.WaitForConditionOptions().setTimeout(TIMEOUT_MS));
        holdingPage = false;
        fromPage.forEach(server::send);
        fromPage.clear();
    }

    /** Waits until the final content of {@code count} slots has reached the test (and been held back). */
    void await(Page page, int count) {
        page.waitForCondition(
                () -> fromServer.size() >= count, new Page.WaitForConditionOptions().setTimeout(TIMEOUT_MS));
    }

    /** Passes on the content held back, and everything from now on. */
    void release() {
        holdingContent = false;
        fromServer.forEach(page::send);
        fromServer.clear();
    }
}
