package dev.weft.examples.pages;

import dev.weft.App;
import dev.weft.Container;
import dev.weft.Dialog;
import dev.weft.Fragment;
import dev.weft.Ui;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The home page of a small site: links to the other pages, a button that switches page, a dialog
 * that adds notes, a toolbar with a popover and a wide dialog with a report, and containers with a
 * border and a fixed height.
 */
@App(title = "Overview", path = "/", icon = "🏠", order = 1)
public class Overview {

    private final List<String> notes = new ArrayList<>(List.of("Quarterly review on Friday", "Restock the Lyon store"));

    @Fragment
    void intro(Ui ui) {
        ui.title("Overview");
        ui.markdown("A site of several pages: the menu groups them in sections, and the order page is hidden"
                + " from it, yet a link opens it.");
        Ui links = ui.container(Container.horizontal());
        links.pageLink(Orders.class);
        links.pageLink(Forecast.class);
        links.pageLink(OrderDetail.class, "Order #1042", "🔎");
        if (ui.button("Open the forecast")) {
            ui.switchPage(Forecast.class);
        }
    }

    @Fragment
    void toolbar(Ui ui) {
        ui.header("This week");
        Ui filters = ui.popover("Filters");
        Ui row = ui.container(Container.horizontal());
        String region = filters.selectbox("Region", List.of("All regions", "North", "South"));
        boolean returns = filters.checkbox("Include returns", false);
        row.metric("Orders", region.equals("All regions") ? "1,284" : "642", "+4%");
        row.metric("Revenue", returns ? "€ 81,900" : "€ 84,200", "+2.1%");
        row.metric("Returns", returns ? "2.7%" : "—");
        Dialog report = ui.dialog("Weekly report", Dialog.Width.LARGE);
        if (ui.button("Open the weekly report")) {
            report.open();
        }
        if (report.isOpen()) {
            report.caption("Orders per day this week, by region.");
            Map<String, List<Integer>> orders = new LinkedHashMap<>();
            orders.put("North", List.of(88, 94, 97, 90, 102, 121, 50));
            orders.put("South", List.of(84, 90, 95, 92, 99, 126, 56));
            report.barChart(List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), orders);
        }
    }

    @Fragment
    void notes(Ui ui) {
        ui.header("Notes");
        Dialog dialog = ui.dialog("Add a note");
        Ui box = ui.container(Container.scrolling(150).withBorder()); // filled once a note may have been saved
        if (ui.button("Add a note")) {
            dialog.open();
        }
        if (dialog.isOpen()) {
            dialog.caption("Notes are kept while this tab is open.");
            String note = dialog.textInput("Note", "");
            boolean urgent = dialog.checkbox("Urgent", false);
            Ui buttons = dialog.container(Container.horizontal());
            if (buttons.button("Save") && !note.isBlank()) {
                notes.add(0, (urgent ? "⚠ " : "") + note.strip());
                dialog.close();
                ui.toast("Note saved");
            }
            if (buttons.button("Cancel")) {
                dialog.close();
            }
        }
        for (String note : notes) {
            box.text("• " + note);
        }
    }
}
