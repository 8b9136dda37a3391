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

    /**
     * In the page: its own Markdown renderers, {@code markdownHtml} (the whole text) and
     * {@code growingMarkdown}, which share the page's marked and DOMPurify (the client is one bundle,
     * so they are published on {@code window.weft.markdown}).
     */
    static final String RUNTIME_MODULE = """
            (path) => {
              const m = window.weft.markdown;
              return Promise.resolve(path === 'elements/text.js' ? { markdownHtml: m.html } : { growingMarkdown: m.growing });
            }
            """;

    /**
     * Checks, once per animation frame, that the newest streamed answer shows what its whole text
     * rendered as Markdown shows; notes the frames checked and the lengths where it did not.
     */
    static final String CHECK_AGAINST_WHOLE = """
            async () => {
              const markdownHtml = window.weft.markdown.html;
              window.checkedFrames = 0;
              window.differentAt = [];
              let checked = null;
              const tick = () => {
                const nodes = document.querySelectorAll('.weft-stream');
                const s = nodes[nodes.length - 1]?.weftStream;
                if (s && s.drawn === s.text && s.text !== checked) {
                  checked = s.text;
                  window.checkedFrames++;
                  if (s.body.innerHTML !== markdownHtml(s.text)) window.differentAt.push(s.text.length);
                }
                requestAnimationFrame(tick);
              };
              tick();
            }
            """;

    @Test
    void longAnswer_drawsWhatTheWholeTextDraws_andKeepsTheBlocksAlreadyDrawn(Browser browser, ExampleServer app) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 860))) {
            Page page = context.newPage();
            page.onPageError(error -> System.out.println("[page error] " + error));
            page.navigate(app.url("/"));
            Locator input = page.getByPlaceholder("Ask the local generator");
            assertThat(input).isVisible();
            page.evaluate(CHECK_AGAINST_WHOLE);

            // An answer with a heading, paragraphs, a code block with a blank line in it, and a list.
            input.fill("Rivers in code please");
            input.press("Enter");
            Locator answer = page.locator(".weft-chat-message[data-role=assistant] .weft-stream")
                    .first();
            Locator text = answer.locator(".weft-stream-text");
            // A list item is drawn for good once the next one's line is complete, that is when a third begins.
            assertThat(text.locator("li")).hasCount(3);
            // The blocks already drawn, marked: they must be the same nodes when the answer is done.
            page.evaluate("""
                    () => {
                      const body = document.querySelector('.weft-stream-text');
                      window.early = [body.querySelector('h3'), body.querySelector('p'), body.querySelector('pre'),
                          body.querySelector('li')];
                    }
                    """);
            assertThat(answer)
                    .hasClass(
                            java.util.regex.Pattern.compile("weft-stream-done"),
                            new com.microsoft.playwright.assertions.LocatorAssertions.HasClassOptions()
                                    .setTimeout(30_000));

            assertThat(text.locator("h3")).hasText("About Rivers");
            assertThat(text.locator("pre code")).hasText("String about = \"Rivers\";\n\nSystem.out.println(about);\n");
            assertThat(text.locator("ul > li")).hasCount(3);
            assertThat(text.locator("p").last()).hasText("done");
            assertEquals(
                    List.of(true, true, true, true),
                    page.evaluate("() => window.early.map(node => node !== null && node.isConnected"
                            + " && document.querySelector('.weft-stream-text').contains(node))"),
                    "the heading, first paragraph, code block and first item drawn early are still the nodes shown");
            Object differentAt = page.evaluate("() => window.differentAt");
            assertEquals(List.of(), differentAt, "frames whose drawing differed from the whole text's");
            int checked = ((Number) page.evaluate("() => window.checkedFrames")).intValue();
            assertTrue(checked >= 10, "frames checked: " + checked);
            assertEquals(
                    page.evaluate("async () => (await (" + RUNTIME_MODULE + ")('elements/text.js'))"
                            + ".markdownHtml(document.querySelector('.weft-stream').weftStream.text)"),
                    text.innerHTML());
        }
    }

    /** Markdown with the blocks a streamed answer can hold, and some that must be drawn whole. */
    static final String MARKDOWN = """
            # A heading

            A paragraph with **bold**, `code`, a [link](https://example.org) and
            a second line.
            #hashtag is text, not a heading
            -- nor is this an item

            Setext heading
            --------------

            ```js
            const a = 1;

            // a blank line above, inside the fence
            ```

            - tight
            - list
              - nested
            - items

            1. a loose

            2. ordered list

            7) another
            8) starting at seven

            * item one
            continued lazily

            * item two
            > a quote
            lazily continued
            > > nested

            | a | b |
            |---|---|
            | 1 | 2 |
            | 3 | 4 |

            - [ ] a task
            - [x] done

            ***

            A paragraph, then a blank line

                and indented code

                with a blank line

            Two paragraphs
            in a row

            with nothing between
            > and a quote
            # and a heading

            Last paragraph, no line break at the end""";

    @Test
    void growingMarkdown_fedInPieces_drawsWhatTheWholeTextDrawsAtEveryStep(Browser browser, ExampleServer app) {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(app.url("/"));
            assertThat(page.getByPlaceholder("Ask the local generator")).isVisible();
            String feed = """
                    async (texts) => {
                      const load = %s;
                      const { markdownHtml } = await load('elements/text.js');
                      const { growingMarkdown } = await load('elements/growing-markdown.js');
                      const differences = [];
                      // One element for all: each text replaces the one before rather than extending it.
                      const body = document.createElement('div');
                      const markdown = growingMarkdown(body);
                      for (const text of texts) {
                        let at = 0, step = 0;
                        while (at < text.length) {
                          at = Math.min(text.length, at + 1 + (step++ * 7) %% 5);
                          markdown.draw(text.slice(0, at));
                          if (body.innerHTML !== markdownHtml(text.slice(0, at))) {
                            differences.push(JSON.stringify(text.slice(Math.max(0, at - 40), at)));
                            break;
                          }
                        }
                      }
                      return differences;
                    }
                    """.formatted(RUNTIME_MODULE);
            List<String> texts = List.of(
                    MARKDOWN,
                    // raw HTML and link definitions: drawn whole, still the same
                    "A <b>bold\n\nstart\n\nand</b> after\n\n[ref] link\n\n[ref]: https://example.org\n\nend",
                    // a tight list that turns loose
                    "- a\n- b\n- c\n\n- d\n\ntext",
                    "line\r\nwith carriage returns\r\n\r\nsecond");
            assertEquals(List.of(), page.evaluate(feed, texts));
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
