package dev.weft.examples.gallery;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Ui;

/** The site's second page: its icon is an SVG the application serves, not an emoji. */
@App(title = "About this site", path = "/about", icon = "/gallery/about.svg", order = 2)
public class About {

    @Fragment
    void about(Ui ui) {
        ui.title("About this site");
        ui.markdown("""
                Two `@App` classes make this site, so each page lists both in the menu on the left, in the
                order of `@App(order)`, and marks the one you are on. A link to another page opens that page
                with a session of its own.

                The **Gallery** names an emoji as its icon; this page names an image it serves from
                `src/main/resources/META-INF/resources/gallery/about.svg`. Each is the page's favicon too.
                """);
    }
}
