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
 * DataSection}, {@link ChartSection}, ...): a new element or widget goes into its family's class, a
 * new family into a new fragment here.
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
        ui.markdown("Every element and widget Weft draws, in one page, with the figures of a small outdoor-gear"
                + " shop. Switch the theme with the button in the header; the menu on the left leads to the"
                + " other page of this site.");
    }

    /** Title, headers, text, Markdown, code, HTML. */
    @Fragment
    void text(Ui ui) {
        TextSection.draw(ui);
    }

    /** Records and figures: metrics, a table, JSON. */
    @Fragment
    void data(Ui ui) {
        DataSection.draw(ui);
    }

    /** Charts, the first drawn with the settings from the sidebar. */
    @Fragment
    void charts(Ui ui, ChartSettings settings) {
        ChartSection.draw(ui, settings);
    }

    /** Images from bytes, and a download. */
    @Fragment
    void media(Ui ui) {
        MediaSection.draw(ui);
    }

    /** Callouts, an exception, a status box, progress; a spinner and a toast on demand. */
    @Fragment
    void status(Ui ui) throws InterruptedException {
        StatusSection.draw(ui);
    }

    /** {@code ui.display(value)}: the element picked by the value's type. */
    @Fragment
    void display(Ui ui) {
        DisplaySection.draw(ui);
    }

    /** The basic widgets, and what the server got from each. */
    @Fragment
    void widgets(Ui ui) {
        WidgetSection.draw(ui);
    }

    /** Ranges, choices, switches, dates, times, colours and longer text. */
    @Fragment
    void choices(Ui ui) {
        ChoiceSection.draw(ui);
    }

    /** Choices of the app's own types, pills, segments, select sliders, a date range and links. */
    @Fragment
    void picks(Ui ui) {
        PickSection.draw(ui);
    }

    /** A file uploader, and a form that sends its values only when submitted. */
    @Fragment
    void forms(Ui ui) {
        FormSection.draw(ui);
    }

    /** Columns, tabs, an expander, a container and an empty placeholder. */
    @Fragment
    void layout(Ui ui) {
        LayoutSection.draw(ui);
    }
}
