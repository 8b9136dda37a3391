package dev.weft.examples.elements;

import dev.weft.App;
import dev.weft.Chart;
import dev.weft.ChartSelect;
import dev.weft.ChartSelection;
import dev.weft.Fragment;
import dev.weft.Table;
import dev.weft.Ui;
import java.util.ArrayList;
import java.util.List;

/**
 * Selecting points with the mouse: a box drawn on one scatter chart and a lasso on another each pick
 * shops, the value their fragment returns, so only the table that takes it reruns.
 */
@App(title = "Brush points", path = "/brush-points")
public class BrushPoints {

    /** A shop: its floor area, and what it sold. */
    public record Shop(int id, int area, double sales) {}

    /** The shops inside the box. */
    public record Boxed(List<Shop> shops) {}

    /** The shops inside the lasso. */
    public record Lassoed(List<Shop> shops) {}

    static final List<Shop> SHOPS = shops();

    private static List<Shop> shops() {
        List<Shop> shops = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int area = 100 + i * 50;
            // Sales from 230 to 630: no shop sits on the edge of the plot, where a lasso cannot reach round it.
            shops.add(new Shop(1 + i, area, 230 + (i * 37 % 11) * 40));
        }
        return List.copyOf(shops);
    }

    @Fragment
    void intro(Ui ui) {
        ui.title("Brush points");
        ui.markdown("Drag a box on the first chart, draw around points on the second: each table lists the"
                + " shops inside.");
    }

    @Fragment
    Boxed box(Ui ui) {
        ChartSelection<Shop> picked = ui.chart(chart("Sales by area (box)").select(ChartSelect.BOX));
        return new Boxed(picked.rows());
    }

    @Fragment
    void boxed(Ui ui, Boxed boxed) {
        ui.caption(boxed.shops().size() + " shops in the box");
        ui.table(Table.of(boxed.shops()).label("Shops in the box"));
    }

    @Fragment
    Lassoed lasso(Ui ui) {
        ChartSelection<Shop> picked = ui.chart(chart("Sales by area (lasso)").select(ChartSelect.LASSO));
        return new Lassoed(picked.rows());
    }

    @Fragment
    void lassoed(Ui ui, Lassoed lassoed) {
        ui.caption(lassoed.shops().size() + " shops in the lasso");
        ui.table(Table.of(lassoed.shops()).label("Shops in the lasso"));
    }

    private static Chart<Shop> chart(String title) {
        return Chart.scatter(SHOPS)
                .title(title)
                .x("Floor area (m²)", Shop::area)
                .y("Sales", Shop::sales)
                .height(280);
    }
}
