package dev.weft.examples.elements;

import dev.weft.Align;
import dev.weft.App;
import dev.weft.Column;
import dev.weft.Fragment;
import dev.weft.Table;
import dev.weft.Ui;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.List;

/**
 * A table of every column format: money, percentages, numbers, dates and times in the user's locale
 * and time zone, links, images, progress bars, sparklines, check marks and tags, with a pinned
 * column, a fixed width, an alignment and a hidden column.
 */
@App(title = "Column formats", path = "/formats")
public class ColumnFormats {

    /** An investment fund, as a dashboard would list it. */
    public record Fund(
            String name,
            String site,
            String logo,
            BigDecimal price,
            double change,
            long volume,
            Instant updated,
            LocalDate launched,
            LocalTime closes,
            double target,
            List<Double> week,
            List<Double> flows,
            boolean green,
            List<String> tags,
            int year,
            String isin) {}

    /** The funds, the same on every start; "updated" is 7 Dec 2026, 12:30 UTC for the first. */
    static final List<Fund> FUNDS = List.of(
            fund(
                    "Nordlicht Global",
                    "nordlicht.example",
                    "#6366f1",
                    "1234.5",
                    0.0256,
                    1_250_000,
                    0,
                    2011,
                    17,
                    0.82,
                    List.of(101.0, 103.2, 102.1, 105.8, 107.4),
                    List.of(3.0, -1.5, 2.2, 4.1, 1.0),
                    true,
                    List.of("Equity", "Global"),
                    "DE000A0X1"),
            fund(
                    "Alpen Renten",
                    "alpen.example",
                    "#10b981",
                    "98.7",
                    -0.0041,
                    310_400,
                    45,
                    2004,
                    16,
                    0.35,
                    List.of(99.1, 98.9, 98.95, 98.6, 98.7),
                    List.of(-0.5, -1.2, 0.3, -0.8, -0.2),
                    false,
                    List.of("Bonds"),
                    "AT000B7Y2"),
            fund(
                    "Hanse Tech",
                    "hanse.example",
                    "#f59e0b",
                    "56.02",
                    0.1183,
                    8_900_250,
                    130,
                    2019,
                    22,
                    1.0,
                    List.of(48.0, 50.5, 53.9, 52.7, 56.0),
                    List.of(6.0, 4.4, 9.1, 2.0, 7.7),
                    true,
                    List.of("Equity", "Tech", "Growth"),
                    "DE000C3Z4"),
            fund(
                    "Rhein Immobilien",
                    "rhein.example",
                    "#ef4444",
                    "12.3",
                    0.0,
                    42_000,
                    600,
                    1998,
                    15,
                    0.1,
                    List.of(12.3, 12.3, 12.31, 12.29, 12.3),
                    List.of(0.1, 0.0, -0.1, 0.2, 0.0),
                    false,
                    List.of("Real estate"),
                    "DE000D5W6"));

    private static Fund fund(
            String name,
            String site,
            String colour,
            String price,
            double change,
            long volume,
            int minutesLater,
            int launched,
            int closes,
            double target,
            List<Double> week,
            List<Double> flows,
            boolean green,
            List<String> tags,
            String isin) {
        return new Fund(
                name,
                "https://" + site + "/funds/" + isin,
                logo(colour, name.substring(0, 1)),
                new BigDecimal(price),
                change,
                volume,
                Instant.parse("2026-12-07T12:30:00Z").plusSeconds(60L * minutesLater),
                LocalDate.of(launched, 3, 1 + launched % 28),
                LocalTime.of(closes, 30),
                target,
                week,
                flows,
                green,
                tags,
                launched,
                isin);
    }

    /** A round badge with the fund's initial, as a data: image (no request leaves the page). */
    private static String logo(String colour, String initial) {
        String svg =
                "<svg xmlns='http://www.w3.org/2000/svg' width='28' height='28'><circle cx='14' cy='14' r='14' fill='"
                        + colour + "'/><text x='14' y='19' font-family='sans-serif' font-size='14' font-weight='700'"
                        + " fill='white' text-anchor='middle'>" + initial + "</text></svg>";
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }

    @Fragment
    void funds(Ui ui) {
        ui.title("Column formats");
        ui.markdown("Each column's format is typed Java. Numbers and dates are written on the server in your"
                + " browser's locale and time zone; the search box finds what you see.");
        ui.table(table());
        ui.caption("Scroll sideways: the fund's name stays pinned at the left.");
    }

    /** The funds with a format for each column. */
    static Table<Fund> table() {
        return Table.of(FUNDS)
                .label("Funds")
                .key(Fund::isin)
                .search()
                .column("Fund", Fund::name, Column.text().width(170).pinned())
                .column("Logo", Fund::logo, Column.image().width(56))
                .column("Site", Fund::site, Column.link("Open"))
                .column("Price", Fund::price, Column.money("EUR"))
                .column("Change", Fund::change, Column.percent(2))
                .column("Volume", Fund::volume, Column.integer())
                .column("Updated", Fund::updated, Column.dateTime("d MMM yyyy, HH:mm"))
                .column("Launched", Fund::launched, Column.date(null))
                .column("Closes", Fund::closes, Column.time("HH:mm"))
                .column("Target", Fund::target, Column.progress(0, 1).decimals(2))
                .column("Week", Fund::week, Column.lineSpark())
                .column("Flows", Fund::flows, Column.barSpark())
                .column("Green", Fund::green, Column.check().align(Align.CENTER))
                .column("Tags", Fund::tags, Column.tags())
                .column("Since", Fund::year, Column.integer().noGrouping())
                .column("ISIN", Fund::isin, Column.text().hidden());
    }
}
