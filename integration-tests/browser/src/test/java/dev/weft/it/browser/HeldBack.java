package dev.weft.it.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.WebSocketRoute;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Routes a page's Weft WebSocket through the test and holds back the final {@code slot} messages of
 * one slot until {@link #release()}: everything else (statuses, partial output) passes at once.
 */
final class HeldBack {

    private final String slot;
    private final List<String> held = new ArrayList<>();
    private WebSocketRoute page;
    private boolean holding = true;

    private HeldBack(String slot) {
        this.slot = slot;
    }

    /** Starts routing; call before the page navigates. */
    static HeldBack finalContentOf(Page page, String slot) {
        HeldBack held = new HeldBack(slot);
        page.routeWebSocket(Pattern.compile(".*/_weft/ws$"), route -> {
            held.page = route;
            WebSocketRoute server = route.connectToServer();
            route.onMessage(frame -> server.send(frame.text()));
            server.onMessage(frame -> held.fromServer(frame.text()));
        });
        return held;
    }

    private void fromServer(String text) {
        if (holding
                && text.contains("\"type\":\"slot\"")
                && text.contains("\"slot\":\"" + slot + "\"")
                && !text.contains("\"partial\":true")) {
            held.add(text);
        } else {
            page.send(text);
        }
    }

    /** Waits until the slot's final content has reached the test (and been held back). */
    void await(Page page) {
        page.waitForCondition(() -> !held.isEmpty(), new Page.WaitForConditionOptions().setTimeout(30_000));
    }

    /** Passes on what was held back, and everything from now on. */
    void release() {
        holding = false;
        held.forEach(page::send);
        held.clear();
    }
}
