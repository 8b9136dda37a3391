package dev.weft.examples.gallery;

import dev.weft.Ui;

/** Text elements. Add new ones (subheader, caption, code, divider, ...) here, in reading order. */
final class TextSection {

    private TextSection() {}

    static void draw(Ui ui) {
        ui.header("Text");
        ui.text("Plain text keeps its characters as they are: <b>not bold</b>, *not italic*.");
        ui.markdown("""
                **Markdown** with *emphasis*, `inline code`, a [link](https://quarkus.io) and a list:

                - fragments run in parallel
                - widgets rerun only what depends on them
                - the compiler checks the graph

                > A quote, for the record.

                ```java
                @Fragment(parallel = true)
                void revenue(Ui ui) { ui.lineChart(sales.revenue()); }
                ```
                """);
    }
}
