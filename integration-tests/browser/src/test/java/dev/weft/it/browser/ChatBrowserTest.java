package dev.weft.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The chat example in Chromium: an answer streams in (its text grows over many frames), the stop
 * control stops it (the text stops growing and stays), the history stays on the page, the input
 * stays pinned to the bottom of the window, in light and dark.
 */
@ExtendWith(WeftBrowserExtension.class)
@UsesExample(Example.CHAT)
class ChatBrowserTest {

    /** Records, once per animation frame, the length of the newest streamed text whenever it changed. */
    static final String RECORD_LENGTHS = """
            () => {
              window.streamLengths = [];
              const tick = () => {
                const texts = document.querySelectorAll('.weft-stream-text');
                const last = texts[texts.length - 1];
                if (last) {
                  const n = last.textContent.length;
                  if (window.streamLengths[window.streamLengths.length - 1] !== n) window.streamLengths.push(n);
                }
                requestAnimationFrame(tick);
              };
              tick();
            }
            """;

    @Test
    void answerStreams_overManyFrames_stopStopsIt_andTheChatLooksFinished(Browser browser, ExampleServer app)
            throws Exception {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 860))) {
            Page page = context.newPage();
            page.onConsoleMessage(message -> System.out.println("[console] " + message.text()));
            page.onPageError(error -> System.out.println("[page error] " + error));
            page.navigate(app.url("/"));
            Locator input = page.getByPlaceholder("Ask the local generator");
            assertThat(input).isVisible();
            assertThat(page.getByText("Local generator · not a model")).isVisible();
            page.evaluate(RECORD_LENGTHS);

            // A full answer: it grows over many frames, then ends with its last token, and stays.
            input.fill("What is a **river**?");
            input.press("Enter");
            Locator answer = page.locator(".weft-chat-message[data-role=assistant] .weft-stream")
                    .first();
            assertThat(answer.locator(".weft-stream-stop")).isVisible();
            page.waitForFunction("() => window.streamLengths.length >= 8");
            shot(page, "chat-streaming.png");
            assertThat(answer)
                    .hasClass(
                            java.util.regex.Pattern.compile("weft-stream-done"),
                            new com.microsoft.playwright.assertions.LocatorAssertions.HasClassOptions()
                                    .setTimeout(30_000));
            assertTrue(answer.innerText().strip().endsWith("done"), answer.innerText());
            List<?> lengths = (List<?>) page.evaluate("() => window.streamLengths");
            assertTrue(lengths.size() >= 20, "the text grew over many frames: " + lengths.size());
            assertThat(page.locator(".weft-chat-message[data-role=user]")).hasText("What is a river?");
            assertEquals(0, answer.locator(".weft-stream-stop").count());

            // A second answer, stopped: the text stops growing and stays as it was.
            input.fill("Tell me about lakes");
            input.press("Enter");
            Locator second = page.locator(".weft-chat-message[data-role=assistant]")
                    .nth(1)
                    .locator(".weft-stream");
            page.evaluate(RECORD_LENGTHS);
            page.waitForFunction("() => window.streamLengths.length >= 6");
            second.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Stop"))
                    .click();
            assertThat(second.locator(".weft-stream-stopped")).hasText("Stopped");
            String stopped = second.locator(".weft-stream-text").innerText();
            page.waitForTimeout(1_500);
            assertEquals(stopped, second.locator(".weft-stream-text").innerText(), "the text stopped growing");
            assertTrue(!stopped.strip().endsWith("done"), stopped);
            assertEquals(
                    2, page.locator(".weft-chat-message[data-role=assistant]").count());

            // The input is pinned to the bottom of the window, over the chat's column.
            double inputBottom = ((Number) page.evaluate(
                            "() => document.querySelector('.weft-chat-input').getBoundingClientRect().bottom"))
                    .doubleValue();
            assertEquals(860.0, inputBottom, 1.0);
            shot(page, "chat-stopped.png");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dark theme"))
                    .click();
            assertThat(page.locator("html")).hasAttribute("data-theme", "dark");
            page.waitForTimeout(300);
            shot(page, "chat-dark.png");
        }
    }

    private static void shot(Page page, String name) throws java.io.IOException {
        Path shots = Path.of("/work/wt/shots");
        Path target = Path.of("target/screenshots");
        Files.createDirectories(target);
        page.screenshot(new Page.ScreenshotOptions().setPath(target.resolve(name)));
        if (Files.isDirectory(shots)) {
            Files.copy(target.resolve(name), shots.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
