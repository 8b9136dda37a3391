package dev.weft.examples.gallery;

import dev.weft.Ui;
import java.util.List;
import java.util.Map;

/** Layout containers, each holding a little of the other elements. */
final class LayoutSection {

    private LayoutSection() {}

    static void draw(Ui ui) {
        ui.header("Layout");
        List<Ui> columns = ui.columns(2, 1, 1);
        columns.get(0).markdown("**Columns** of relative widths, 2 : 1 : 1 here. On a phone they stack.");
        columns.get(1).markdown("**1 284 k€**  \nrevenue");
        columns.get(2).markdown("**31.2 %**  \nmargin");
        List<Ui> tabs = ui.tabs("Revenue", "Orders", "Notes");
        tabs.get(0).lineChart(ChartSection.MONTHS, Map.of("Revenue", ChartSection.wave(12, 40, 8, 0.3)));
        tabs.get(1).lineChart(ChartSection.MONTHS, Map.of("Orders", ChartSection.wave(12, 70, 5, 1.1)));
        tabs.get(2).text("Every tab is drawn; the one picked stays picked when the fragment reruns.");
        ui.expander("An expander, open at first", true)
                .markdown("It keeps the state the user left it in across reruns.");
        ui.container().text("A container: a place fixed now, filled later in the run.");
        ui.empty().text("An empty placeholder: each draw into it replaces what it held.");
    }
}
