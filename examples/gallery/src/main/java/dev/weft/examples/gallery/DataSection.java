package dev.weft.examples.gallery;

import dev.weft.DeltaColor;
import dev.weft.Ui;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Data elements: metrics with deltas, a table of records, a JSON viewer. */
final class DataSection {

    static final List<Store> STORES = List.of(
            new Store("Lyon", "Europe", 2_140, 312.4, 31.8, 2016),
            new Store("Munich", "Europe", 2_655, 401.9, 33.1, 2014),
            new Store("Oslo", "Europe", 1_210, 208.7, 35.4, 2019),
            new Store("Denver", "Americas", 3_020, 455.2, 29.6, 2015),
            new Store("Vancouver", "Americas", 1_874, 287.0, 28.2, 2018),
            new Store("Santiago", "Americas", 1_106, 151.3, 26.9, 2021),
            new Store("Sapporo", "Asia–Pacific", 1_542, 233.8, 34.7, 2017),
            new Store("Queenstown", "Asia–Pacific", 968, 142.5, 36.2, 2020));

    private DataSection() {}

    static void draw(Ui ui) {
        ui.header("Data");
        List<Ui> metrics = ui.columns(4);
        metrics.get(0).metric("Revenue", "2,193 k€", "+8.4 %");
        metrics.get(1).metric("Orders", "14,515", "-2.1 %");
        metrics.get(2).metric("Returns", "2.3 %", "-0.4 pp", DeltaColor.INVERSE);
        metrics.get(3).metric("Stores", "8", "+1", DeltaColor.OFF);
        ui.subheader("Stores");
        ui.table(STORES);
        ui.caption("Click a column's name to sort; the rows stay on the server, which sends one page at a time.");
        ui.subheader("Configuration");
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("shop", "Northwind Outfitters");
        config.put("currency", "EUR");
        config.put("fiscalYearStart", "2026-04-01");
        config.put("regions", List.of("Europe", "Americas", "Asia–Pacific"));
        Map<String, Object> alerts = new LinkedHashMap<>();
        alerts.put("returnsAbove", 3.5);
        alerts.put("email", true);
        config.put("alerts", alerts);
        config.put("forecast", null);
        ui.json(config);
    }
}
