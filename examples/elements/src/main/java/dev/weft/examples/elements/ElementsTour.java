package dev.weft.examples.elements;

import dev.weft.App;
import dev.weft.ChartSpec;
import dev.weft.DeltaColor;
import dev.weft.Fragment;
import dev.weft.Progress;
import dev.weft.Renderable;
import dev.weft.Spinner;
import dev.weft.StatusBox;
import dev.weft.Ui;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The elements on one page: text, data, charts, media, status and display by type. */
@App(title = "Elements", path = "/")
public class ElementsTour {

    /** How many steps the progress demo takes. */
    static final int STEPS = 8;

    /** One month of a shop's figures. */
    public record Month(String month, double revenue, double costs, int orders) {}

    /** A product in the stock table. */
    public record Product(int id, String name, String category, double price, int stock, boolean active) {}

    static final List<Month> MONTHS = List.of(
            new Month("Jan", 120, 80, 310),
            new Month("Feb", 132, 84, 335),
            new Month("Mar", 128, 90, 322),
            new Month("Apr", 150, 95, 371),
            new Month("May", 171, 101, 402),
            new Month("Jun", 165, 99, 398));

    @Fragment
    void text(Ui ui) {
        ui.title("Elements");
        ui.markdown("Every element a dashboard reaches for, drawn through `Ui`. Text is **Markdown**,"
                + " sanitized in the browser.");
        ui.header("Text");
        ui.subheader("Code, captions and HTML");
        ui.code("""
                @Fragment(parallel = true)
                void revenue(Ui ui, Filters filters) {
                    ui.lineChart(sales.months(filters), "month", "revenue", "costs");   // records
                }
                """, "java");
        ui.caption("A fragment draws a chart of records by naming their fields.");
        ui.html("<p>Sanitized <b>HTML</b> with a <a href=\"https://quarkus.io\">link</a>.</p>");
        ui.divider();
    }

    @Fragment
    void data(Ui ui) {
        ui.header("Data");
        List<Ui> columns = ui.columns(3);
        columns.get(0).metric("Revenue", "171 k€", "+13.7 %");
        columns.get(1).metric("Costs", "101 k€", "+6.3 %", DeltaColor.INVERSE);
        columns.get(2).metric("Returns", "2.1 %", "-0.4 pp", DeltaColor.INVERSE);
        ui.table(products(57));
        ui.caption("57 products: click a column to sort; the rows stay on the server.");
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("region", "Europe");
        config.put("year", 2026);
        config.put("filters", Map.of("active", true, "categories", List.of("Tools", "Garden")));
        config.put("limit", null);
        ui.json(config);
    }

    @Fragment(parallel = true)
    void charts(Ui ui) {
        ui.header("Charts");
        List<Ui> row1 = ui.columns(2);
        row1.get(0).subheader("Line, from records");
        row1.get(0).lineChart(MONTHS, "month", "revenue", "costs");
        row1.get(1).subheader("Area, stacked");
        row1.get(1).areaChart(MONTHS, "month", "revenue", "costs");
        List<Ui> row2 = ui.columns(2);
        row2.get(0).subheader("Bar");
        row2.get(0).barChart(MONTHS, "month", "orders");
        row2.get(1).subheader("Scatter");
        List<Double> price = new ArrayList<>();
        List<Double> sold = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            price.add(5.0 + (i * 37 % 95));
            sold.add(400.0 - (i * 37 % 95) * 3.2 + (i * 53 % 41));
        }
        row2.get(1).scatterChart(price, Map.of("Units sold", sold));
        ui.subheader("Any ECharts option");
        // A radar is not in the page's reduced ECharts: the page loads the full build for it, once.
        ui.chart(Map.of(
                "tooltip", Map.of(),
                "legend", Map.of("bottom", 0),
                "radar",
                        Map.of(
                                "indicator",
                                List.of(
                                        Map.of("name", "Tools", "max", 60),
                                        Map.of("name", "Garden", "max", 60),
                                        Map.of("name", "Kitchen", "max", 60),
                                        Map.of("name", "Lighting", "max", 60),
                                        Map.of("name", "Paint", "max", 60))),
                "series",
                        List.of(Map.of(
                                "type",
                                "radar",
                                "data",
                                List.of(
                                        Map.of("name", "This year", "value", List.of(48, 31, 21, 40, 27)),
                                        Map.of("name", "Last year", "value", List.of(39, 35, 18, 29, 33)))))));
    }

    @Fragment
    void media(Ui ui) {
        ui.header("Images and downloads");
        List<Ui> columns = ui.columns(2, 1);
        columns.get(0).image(Pictures.landscapePng(), "A PNG drawn with Java2D, served to this session.", 0);
        columns.get(1).image(Pictures.badgeSvg(), "An SVG, shown as an image.", 200);
        StringBuilder csv = new StringBuilder("month,revenue,costs,orders\n");
        MONTHS.forEach(m -> csv.append(m.month())
                .append(',')
                .append(m.revenue())
                .append(',')
                .append(m.costs())
                .append(',')
                .append(m.orders())
                .append('\n'));
        ui.downloadButton(
                "Download the figures", csv.toString().getBytes(StandardCharsets.UTF_8), "figures.csv", "text/csv");
    }

    @Fragment
    void status(Ui ui) {
        ui.header("Status");
        ui.info("Figures are refreshed **every night** at 02:00.");
        ui.success("All 6 months imported.");
        ui.warning("June is still open: its figures may change.");
        ui.error("The forecast service did not answer.");
        ui.exception(new IllegalStateException("Forecast model not loaded"));
        StatusBox box = ui.status("Importing figures…");
        box.text("Read 6 months from the ledger.");
        box.text("Checked totals against the bank statements.");
        box.update(StatusBox.State.COMPLETE, "Figures imported");
        ui.progress(0.6, "Quarter target: 60 %");
    }

    /** A slow task: its progress bar moves while the run goes on. A click on the button reruns it. */
    @Fragment(parallel = true)
    void progress(Ui ui) throws InterruptedException {
        ui.header("Progress");
        boolean run = ui.button("Run the import");
        if (!run) {
            ui.text("Press the button to import " + STEPS + " files.");
            return;
        }
        Progress bar = ui.progress(0, "Starting…");
        try (Spinner spinner = ui.spinner("Importing…")) {
            for (int step = 1; step <= STEPS; step++) {
                Thread.sleep(300);
                bar.set((double) step / STEPS, "Imported file " + step + " of " + STEPS);
            }
        }
        ui.toast("Import finished: " + STEPS + " files.");
        ui.success("Imported " + STEPS + " files.");
    }

    @Fragment
    void display(Ui ui) {
        ui.header("Display by type");
        ui.display("A `String` is Markdown.");
        ui.display(42.5);
        ui.display(MONTHS.subList(0, 3));
        ui.display(new Temperature(21.5));
        ui.display(ChartSpec.of("{\"xAxis\":{\"type\":\"category\",\"data\":[\"Mon\",\"Tue\",\"Wed\"]},"
                + "\"yAxis\":{\"type\":\"value\"},\"series\":[{\"type\":\"bar\",\"data\":[3,7,5]}]}"));
    }

    /** A type that renders itself: Markdown and an SVG; display picks the SVG. */
    record Temperature(double celsius) implements Renderable {
        @Override
        public Map<String, Object> renderings() {
            String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"180\" height=\"48\">"
                    + "<rect width=\"180\" height=\"48\" rx=\"10\" fill=\"#fef3c7\"/>"
                    + "<text x=\"16\" y=\"31\" font-family=\"sans-serif\" font-size=\"18\" fill=\"#92400e\">"
                    + celsius + " °C</text></svg>";
            return Map.of(MARKDOWN, "**" + celsius + " °C**", SVG, svg);
        }
    }

    static List<Product> products(int count) {
        String[] names = {"Hammer", "Rake", "Kettle", "Saw", "Hose", "Pan", "Drill", "Shovel", "Whisk", "Pliers"};
        String[] categories = {"Tools", "Garden", "Kitchen"};
        List<Product> products = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            products.add(new Product(
                    i,
                    names[i % names.length] + " " + (char) ('A' + i % 26),
                    categories[i % categories.length],
                    Math.round((3 + (i * 7919 % 9000) / 100.0) * 100) / 100.0,
                    i * 31 % 250,
                    i % 7 != 0));
        }
        return products;
    }

    static LocalDate day(int i) {
        return LocalDate.of(2026, 1, 1).plusDays(i);
    }
}
