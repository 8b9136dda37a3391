package dev.weft.examples.gallery;

import dev.weft.Ui;

/** Text elements, in reading order: headers, plain text, Markdown, captions, code, HTML, a divider. */
final class TextSection {

    private TextSection() {}

    static void draw(Ui ui) {
        ui.header("Text");
        ui.subheader("Plain text and Markdown");
        ui.text("Plain text keeps its characters as they are: <b>not bold</b>, *not italic*.");
        ui.markdown("""
                **Markdown** with *emphasis*, `inline code`, a [link](https://quarkus.io) and a list:

                - fragments run in parallel
                - widgets rerun only what depends on them
                - the compiler checks the graph

                > A quote, for the record.
                """);
        ui.caption("A caption: small, muted text for a note or a source.");
        ui.subheader("Code and HTML");
        ui.code("""
                @Fragment(parallel = true)
                void revenue(Ui ui, Filters filters) {
                    ui.lineChart(sales.months(filters), "month", "revenue", "costs");
                }
                """, "java");
        ui.html("<p>Sanitized <b>HTML</b>, for the odd snippet Markdown cannot say:"
                + " <mark>highlighted</mark>, <abbr title=\"Key performance indicator\">KPI</abbr>,"
                + " H<sub>2</sub>O.</p>");
        ui.divider();
    }
}
