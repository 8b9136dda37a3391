package dev.weft.examples.explorer;

import dev.weft.App;
import dev.weft.Area;
import dev.weft.Chart;
import dev.weft.ChartSelect;
import dev.weft.ChartSelection;
import dev.weft.Column;
import dev.weft.Edits;
import dev.weft.Fragment;
import dev.weft.Range;
import dev.weft.Selection;
import dev.weft.Table;
import dev.weft.TableSelect;
import dev.weft.Ui;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A weather explorer over NOAA's daily records of Seattle and New York, 2012–2015, in an embedded
 * DuckDB: filters in the sidebar; figures, an overview chart and monthly charts queried in parallel
 * sections; a table of the days in the overview's range whose selected rows drive a detail section;
 * and notes on days kept in DuckDB.
 */
@App(title = "Weather explorer", path = "/", icon = "☂")
public class WeatherExplorer {

    static final List<String> MONTHS =
            List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    @Inject
    WeatherDb db;

    /** The filters, in the sidebar: every section below depends on them, directly or through the days. */
    @Fragment(area = Area.SIDEBAR)
    Filters filters(Ui ui) {
        ui.header("Filters");
        String location = ui.radio("Place", db.locations());
        Range<Integer> years = ui.rangeSlider("Years", db.firstYear(), db.lastYear(), db.firstYear(), db.lastYear());
        List<String> kinds = ui.multiselect("Weather", db.kinds());
        ui.caption("No weather picked shows every kind.");
        ui.divider();
        ui.caption("Data: NOAA daily records (U.S. Government work) from the Vega data sets, in DuckDB.");
        return new Filters(location, years.low(), years.high(), kinds);
    }

    /** The page's title: no inputs, so it runs once per session. */
    @Fragment
    void intro(Ui ui) {
        ui.title("Weather explorer");
        ui.markdown("Daily weather of **Seattle** and **New York**, 2012–2015, from NOAA, queried in an embedded"
                + " DuckDB. Filter in the sidebar, pick a stretch of time in the overview, select days in the table"
                + " to compare them, and keep notes on days below.");
    }

    /** The days the filters keep: a shared value for the overview and the table, drawing nothing. */
    @Fragment(parallel = true)
    List<Day> days(Filters filters) {
        return db.days(filters);
    }

    /** Figures over the filtered days, from an aggregate query of their own. */
    @Fragment(parallel = true)
    Summary summary(Ui ui, Filters filters) {
        Summary summary = db.summary(filters);
        List<Ui> columns = ui.columns(4);
        columns.get(0).metric("Days", String.format("%,d", summary.days()));
        columns.get(1).metric("Mean high", celsius(summary.meanMax()));
        columns.get(2).metric("Precipitation", String.format("%,.0f mm", summary.precipitation()));
        columns.get(3).metric("Strongest wind", String.format("%.1f m/s", summary.maxWind()));
        if (summary.days() > 0) {
            ui.caption(percent(summary.wetDays(), summary.days()) + " of the days were wet; the wind blew hardest on "
                    + summary.windiest() + ". Means and totals from one aggregate query in DuckDB.");
        }
        return summary;
    }

    /** Temperatures day by day; the range brushed in it narrows the table below. */
    @Fragment(parallel = true)
    DateRange overview(Ui ui, List<Day> days) {
        ui.header("Temperatures");
        if (days.isEmpty()) {
            ui.info("No day matches the filters.");
            return DateRange.all();
        }
        ChartSelection<Day> brushed = ui.chart(Chart.line(days)
                .title("Highs and lows")
                .x("Day", Day::date)
                .y("High °C", Day::tempMax, "#d9534f")
                .y("Low °C", Day::tempMin, "#3b82f6")
                .yTitle("°C")
                .height(300)
                .select(ChartSelect.X_RANGE));
        if (brushed.rows().isEmpty()) {
            return DateRange.all();
        }
        return new DateRange(
                brushed.rows().getFirst().date(), brushed.rows().getLast().date());
    }

    /**
     * The days in the overview's range, in a table that stays in DuckDB (each page, sort, search and
     * export is a query); the rows the user selects drive the detail section.
     */
    @Fragment(parallel = true)
    PickedDays dayTable(Ui ui, Filters filters, DateRange overview) {
        WeatherDb.Sql days = db.daysQuery(filters, overview);
        ui.header("Days");
        ui.caption(
                overview.isBrushed()
                        ? "From " + overview.from() + " to " + overview.to() + ", as brushed in the chart above."
                        : "Select days to compare them below.");
        Selection<Map<String, Object>> picked = ui.table(
                Table.query(db.dataSource(), days.sql(), days.parameters().toArray())
                        .label("Days")
                        .key("key")
                        .column("key", Column.text().hidden())
                        .column("date", Column.date("EEE d MMM yyyy").label("Date"))
                        .column("weather", Column.text().label("Weather"))
                        .column("high", Column.number(1).label("High °C"))
                        .column("low", Column.number(1).label("Low °C"))
                        .column("precipitation", Column.number(1).label("Precipitation mm"))
                        .column("wind", Column.number(1).label("Wind m/s"))
                        .search()
                        .export()
                        .pageSize(10)
                        .select(TableSelect.ROWS));
        return new PickedDays(picked.rows().stream()
                .map(row -> Day.of(filters.location(), row))
                .toList());
    }

    /** The selected days side by side, against the filtered days' means. */
    @Fragment(parallel = true)
    void detail(Ui ui, PickedDays picked, Summary summary) {
        ui.header("Selected days");
        List<Day> days = picked.days();
        if (days.isEmpty()) {
            ui.info("Select one or more days in the table to compare them here.");
            return;
        }
        double high = days.stream().mapToDouble(Day::tempMax).average().orElse(0);
        double low = days.stream().mapToDouble(Day::tempMin).average().orElse(0);
        double rain = days.stream().mapToDouble(Day::precipitation).sum();
        List<Ui> columns = ui.columns(4);
        columns.get(0).metric("Days selected", String.valueOf(days.size()));
        columns.get(1).metric("Mean high", celsius(high), String.format("%+.1f °C vs all", high - summary.meanMax()));
        columns.get(2).metric("Mean low", celsius(low), String.format("%+.1f °C vs all", low - summary.meanMin()));
        columns.get(3).metric("Precipitation", String.format("%,.1f mm", rain));
        ui.chart(Chart.bar(days)
                .title("Highs and lows")
                .x("Day", day -> day.date().toString())
                .y("High °C", Day::tempMax, "#d9534f")
                .y("Low °C", Day::tempMin, "#3b82f6")
                .yTitle("°C")
                .height(260));
    }

    /** Precipitation by month and the kinds of weather, from two aggregate queries. */
    @Fragment(parallel = true)
    void monthly(Ui ui, Filters filters) {
        Map<String, List<Double>> precipitation = db.monthlyPrecipitation(filters);
        Map<String, Integer> kinds = db.kindCounts(filters);
        List<Ui> columns = ui.columns(3, 2);
        columns.get(0).subheader("Precipitation by month, mm");
        columns.get(0).barChart(MONTHS, precipitation);
        columns.get(1).subheader("Days by weather");
        columns.get(1).barChart(List.copyOf(kinds.keySet()), Map.of("Days", List.copyOf(kinds.values())));
    }

    /** Notes on days, kept in DuckDB and shared by every user of the server: an editable table. */
    @Fragment
    void notes(Ui ui) {
        ui.header("Notes");
        ui.caption("Edit a cell, add a note in the last row or delete notes, then save them to DuckDB.");
        Edits<Note> edits = ui.dataEditor(Table.of(db.notes())
                .label("Notes")
                .key(Note::id)
                .column(
                        "Day",
                        Note::date,
                        Note::withDate,
                        Column.date("d MMM yyyy").required())
                .column(
                        "Place",
                        Note::location,
                        Note::withLocation,
                        Column.choice("Seattle", "New York").required())
                .column(
                        "Note",
                        Note::text,
                        Note::withText,
                        Column.text().required().maxLength(200).width(480))
                .column(
                        "Tag",
                        Note::tag,
                        Note::withTag,
                        Column.choice(Note.TAGS).required())
                .addRows(() -> new Note(null, LocalDate.of(2015, 12, 31), "Seattle", "New note", "other"))
                .deleteRows());
        int changes =
                edits.changed().size() + edits.added().size() + edits.deleted().size();
        Ui status = ui.empty(); // filled once this run knows whether it saved
        if (ui.button("Save notes") && changes > 0) {
            db.save(edits);
            status.caption("Saved to DuckDB.");
            ui.toast("Saved " + changes + (changes == 1 ? " change." : " changes."));
        } else {
            status.caption(
                    changes == 0
                            ? "No unsaved changes."
                            : changes + (changes == 1 ? " unsaved change." : " unsaved changes."));
        }
    }

    // ---------------------------------------------------------------- helpers

    private static String celsius(double value) {
        return String.format("%.1f °C", value);
    }

    private static String percent(int part, int whole) {
        return Math.round(100.0 * part / whole) + " %";
    }
}
