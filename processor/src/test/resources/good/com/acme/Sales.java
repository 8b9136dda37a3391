package com.acme;

import dev.weft.App;
import dev.weft.Area;
import dev.weft.Fragment;
import dev.weft.Ui;
import java.util.List;

@App(title = "Sales", path = "/sales")
public class Sales {

    record Filters(String region) {}

    record Revenue(double total) {}

    record Orders(int count) {}

    record Summary(double perOrder) {}

    @Fragment(area = Area.SIDEBAR)
    Filters filters(Ui ui) {
        return new Filters(ui.selectbox("Region", List.of("north", "south")));
    }

    @Fragment
    List<String> products() {
        return List.of("tea", "cake");
    }

    @Fragment
    int year() {
        return 2024;
    }

    @Fragment(parallel = true, runEvery = "10s")
    Revenue revenue(Ui ui, Filters filters, List<String> products) {
        ui.text(filters.region() + " " + products);
        return new Revenue(products.size() * 10.0);
    }

    @Fragment(parallel = true, runEvery = "PT1M")
    Orders orders(Filters filters, Ui ui, int year) {
        ui.text(filters.region() + " " + year);
        return new Orders(4);
    }

    @Fragment
    void report(Ui ui, Revenue r, Orders o) {
        ui.text(r.total() + " from " + o.count());
    }

    @Fragment
    Summary summary(Revenue revenue, Orders orders) {
        return new Summary(revenue.total() / orders.count());
    }

    @Fragment
    void chart(Ui ui, Summary summary) {
        ui.lineChart(List.of(summary.perOrder()));
    }

    @Fragment
    void table(Summary summary, Ui ui) {
        ui.text(String.valueOf(summary.perOrder()));
    }

    @Fragment
    String title() {
        return "Sales";
    }

    @Fragment
    String region(Filters filters) {
        return filters.region();
    }

    @Fragment
    void header(Ui ui, String region) {
        ui.header(region);
    }
}
