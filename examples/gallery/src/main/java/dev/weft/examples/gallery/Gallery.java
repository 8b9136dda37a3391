package dev.weft.examples.gallery;

import dev.weft.App;
import dev.weft.Area;
import dev.weft.Fragment;
import dev.weft.Ui;

/**
 * Every element and widget on one page: the gallery a new user browses, and the page the browser
 * tests take screenshots of (in light and dark) to catch visual regressions. Everything it shows is
 * fixed data, so two screenshots of it are the same.
 *
 * <p>One fragment per family, each drawn by a class of its own ({@link TextSection}, {@link
 * ChartSection}, ...): a new element or widget goes into its family's class, a new family into a new
 * fragment here.
 */
@App(title = "Gallery", path = "/", icon = "🧵", order = 1)
public class Gallery {

    /** Settings in the sidebar: the chart section depends on them. */
    @Fragment(area = Area.SIDEBAR)
    ChartSettings settings(Ui ui) {
        return ChartSection.settings(ui);
    }

    @Fragment
    void intro(Ui ui) {
        ui.title("Gallery");
        ui.markdown("Every element and widget Weft draws, in one page. Switch the theme with the button in the"
                + " header; the menu on the left leads to the other page of this site.");
    }

    /** Title, headers, text and Markdown. */
    @Fragment
    void text(Ui ui) {
        TextSection.draw(ui);
    }

    /** Records and figures: tables, metrics, JSON. */
    @Fragment
    void data(Ui ui) {
        DataSection.draw(ui);
    }

    /** Charts, drawn with the settings from the sidebar. */
    @Fragment
    void charts(Ui ui, ChartSettings settings) {
        ChartSection.draw(ui, settings);
    }

    /** Callouts, errors and progress. */
    @Fragment
    void status(Ui ui) {
        StatusSection.draw(ui);
    }

    /** Every widget, and what the server got from each. */
    @Fragment
    void widgets(Ui ui) {
        WidgetSection.draw(ui);
    }

    /** Columns, tabs, an expander, a container and an empty placeholder. */
    @Fragment
    void layout(Ui ui) {
        LayoutSection.draw(ui);
    }
}
