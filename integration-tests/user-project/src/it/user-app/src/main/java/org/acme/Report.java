package org.acme;

import dev.weft.App;
import dev.weft.Column;
import dev.weft.Fragment;
import dev.weft.Options;
import dev.weft.Selection;
import dev.weft.Table;
import dev.weft.TableSelect;
import dev.weft.Ui;
import java.util.List;
import java.util.Map;

@App(title = "Report", path = "/")
public class Report {

    /** A row of the sales table: read by the reader Weft generates, not by reflection. */
    public record Sale(String region, double amount) {}

    /** The sales the user picked in the table. */
    public record Picked(List<Sale> sales) {}

    /** A region of the user's own type, picked in a select box bound to the URL. */
    public enum Region {
        NORTH("North"),
        SOUTH("South");

        final String label;

        Region(String label) {
            this.label = label;
        }
    }

    @Fragment
    Region region(Ui ui) {
        return ui.queryParam("region").selectbox("Region", Options.of(Region.class).label(r -> r.label));
    }

    @Fragment
    void regionShown(Ui ui, Region region) {
        ui.metric("Region shown", region.label);
    }

    @Fragment
    void summary(Ui ui) {
        ui.markdown("Sales are **up** this year.");
        ui.code("int total = 12;", "java");
    }

    @Fragment
    void revenue(Ui ui) {
        ui.lineChart(List.of("Jan", "Feb", "Mar"), Map.of("Revenue", List.of(3, 5, 4)));
    }

    @Fragment
    Picked sales(Ui ui) {
        List<Sale> sales = List.of(new Sale("North", 1200.5), new Sale("South", 830), new Sale("East", 415.25));
        Selection<Sale> picked = ui.table(Table.of(sales)
                .label("Sales")
                .key(Sale::region)
                .column("Region", Sale::region)
                .column("Amount", Sale::amount, Column.money("USD"))
                .select(TableSelect.ROWS));
        return new Picked(picked.rows());
    }

    @Fragment
    void picked(Ui ui, Picked picked) {
        double total = picked.sales().stream().mapToDouble(Sale::amount).sum();
        ui.metric("Picked", picked.sales().size() + " regions, " + total);
    }
}
