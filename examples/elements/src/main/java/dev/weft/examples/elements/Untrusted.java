package dev.weft.examples.elements;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Untrusted text drawn through every element that renders rich content: each payload tries to run
 * a script (setting {@code window.pwned} or opening a dialog) and must stay inert.
 */
@App(title = "Untrusted input", path = "/untrusted")
public class Untrusted {

    static final String MARKDOWN = """
            # Hello <script>window.pwned = 'markdown script'</script>

            <img src="x" onerror="window.pwned = 'markdown onerror'; alert(1)">

            [a javascript: link](javascript:window.pwned='markdown link')
            <a href="javascript:window.pwned='markdown anchor'">another</a>

            <iframe src="javascript:window.pwned='iframe'"></iframe>
            <svg><script>window.pwned = 'inline svg'</script></svg>
            """;

    static final String HTML = "<p onclick=\"window.pwned='html onclick'\">Click me</p>"
            + "<img src=x onerror=\"window.pwned='html onerror'\">"
            + "<a href=\"javascript:window.pwned='html link'\">link</a>"
            + "<form action=\"javascript:window.pwned='form'\"><button>Send</button></form>"
            + "<script>window.pwned='html script'</script>"
            + "<details open ontoggle=\"window.pwned='ontoggle'\"><summary>x</summary></details>";

    static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\""
            + " onload=\"window.pwned='svg onload'\"><script>window.pwned='svg script'</script>"
            + "<rect width=\"120\" height=\"40\" fill=\"#fecaca\"/></svg>";

    @Fragment
    void payloads(Ui ui) {
        ui.header("Untrusted input, rendered inert");
        ui.markdown(MARKDOWN);
        ui.html(HTML);
        ui.info(
                "<img src=x onerror=\"window.pwned='callout'\"> **bold** [link](javascript:window.pwned='callout link')");
        ui.image(SVG.getBytes(StandardCharsets.UTF_8), "An SVG with a script, shown as an image.", 120);
        ui.text("<script>window.pwned='text'</script>");
        ui.code("<script>window.pwned='code'</script>", "html");
        ui.json(Map.of("html", "<img src=x onerror=\"window.pwned='json'\">"));
        ui.table(List.of(Map.of("name", "<img src=x onerror=\"window.pwned='table'\">")));
        ui.chart(Map.of(
                "tooltip",
                Map.of("trigger", "item", "formatter", "<img src=x onerror=\"window.pwned='tooltip'\">{b}"),
                "series",
                List.of(Map.of("type", "pie", "data", List.of(Map.of("name", "<b>A</b>", "value", 1))))));
        ui.metric("<img src=x onerror=\"window.pwned='metric'\">", "1", "+1");
        ui.toast("<img src=x onerror=\"window.pwned='toast'\">");
    }
}
