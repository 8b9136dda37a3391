package dev.weft.it.browser;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs axe-core (Deque's accessibility engine, MPL-2.0; its {@code axe.min.js} from the test dependency
 * {@code com.deque.html.axe-core:playwright}) in a page against WCAG 2.1 A and AA and axe's best
 * practices, and lists what it finds.
 */
final class Axe {

    private static final String SCRIPT = script();

    /** In the page: axe's violations, each as "rule (impact): help — target; target". */
    private static final String RUN_JS = """
            async () => {
              const result = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
                resultTypes: ['violations'],
              });
              return result.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '
                  + v.nodes.map(n => n.target.join(' ') + (n.failureSummary ? ' [' + n.failureSummary.replace(/\\s+/g, ' ') + ']' : '')).join('; '));
            }
            """;

    private Axe() {}

    /** The violations axe finds in the page as it is now; empty when there are none. */
    @SuppressWarnings("unchecked")
    static List<String> violations(Page page) {
        if (!(Boolean) page.evaluate("() => typeof window.axe === 'object'")) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(SCRIPT));
        }
        return (List<String>) page.evaluate(RUN_JS);
    }

    /** The violations as lines, for an assertion message. */
    static String report(List<String> violations) {
        return violations.stream().collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    private static String script() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException(
                        "axe.min.js is missing: the test dependency com.deque.html.axe-core:playwright ships it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
