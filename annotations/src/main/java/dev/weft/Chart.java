package dev.weft;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A chart of rows to draw with {@link Ui#chart(Chart)}, which returns what the user selected in it:
 * the x values and each series read by getter, so the compiler checks them, with titles, series
 * colours and a height.
 *
 * <pre>{@code
 * ChartSelection<Day> brushed = ui.chart(Chart.line(days)
 *         .title("Temperature")
 *         .x("Day", Day::date)
 *         .y("Max", Day::tempMax, "#d9534f")
 *         .y("Min", Day::tempMin)
 *         .yTitle("°C")
 *         .select(ChartSelect.X_RANGE));
 * return brushed.rows();                    // the days in the brushed range
 * }</pre>
 *
 * <p>A builder: each method sets one thing and returns this chart. Not thread-safe; build it in the
 * run that draws it.
 *
 * @param <T> the type of a row
 */
public final class Chart<T> {

    /** The kind of chart. */
    public enum Kind {
        LINE,
        AREA,
        BAR,
        SCATTER
    }

    /**
     * One series.
     *
     * @param name its name, shown in the legend and the tooltip
     * @param value reads its value from a row (null for a gap)
     * @param color a CSS colour ({@code #rgb}, {@code #rrggbb}), or null for the theme's next one
     */
    public record Series(String name, Function<Object, ? extends Number> value, String color) {}

    private final Kind kind;
    private final List<T> rows;
    private final List<Series> series = new ArrayList<>();
    private Function<Object, Object> x;
    private String xTitle;
    private String yTitle;
    private String title;
    private int height;
    private boolean stacked;
    private ChartSelect select = ChartSelect.NONE;

    private Chart(Kind kind, List<T> rows) {
        this.kind = kind;
        this.rows = Objects.requireNonNull(rows, "rows");
    }

    /** A line chart of {@code rows}. */
    public static <T> Chart<T> line(List<T> rows) {
        return new Chart<>(Kind.LINE, rows);
    }

    /** An area chart of {@code rows}. */
    public static <T> Chart<T> area(List<T> rows) {
        return new Chart<>(Kind.AREA, rows);
    }

    /** A bar chart of {@code rows}: one group of bars per x value. */
    public static <T> Chart<T> bar(List<T> rows) {
        return new Chart<>(Kind.BAR, rows);
    }

    /** A scatter chart of {@code rows}: one point per row and series. */
    public static <T> Chart<T> scatter(List<T> rows) {
        return new Chart<>(Kind.SCATTER, rows);
    }

    /**
     * The x value of each row: a number, a date or time, or text (a category). Without it, rows are
     * plotted against their position.
     */
    @SuppressWarnings("unchecked")
    public Chart<T> x(Function<? super T, ?> x) {
        this.x = (Function<Object, Object>) Objects.requireNonNull(x, "x");
        return this;
    }

    /** The x value of each row, and the x axis's title. */
    public Chart<T> x(String title, Function<? super T, ?> x) {
        this.xTitle = Objects.requireNonNull(title, "title");
        return x(x);
    }

    /** A series named {@code name}, in the theme's next colour. */
    public Chart<T> y(String name, Function<? super T, ? extends Number> value) {
        return y(name, value, null);
    }

    /**
     * A series named {@code name} in {@code color}, a CSS colour {@code #rgb} or {@code #rrggbb}.
     *
     * @throws IllegalArgumentException if {@code color} is not one
     */
    @SuppressWarnings("unchecked")
    public Chart<T> y(String name, Function<? super T, ? extends Number> value, String color) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (color != null && !color.matches("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")) {
            throw new IllegalArgumentException(
                    "Series '" + name + "': a colour is #rgb or #rrggbb, such as \"#d9534f\", not \"" + color + "\".");
        }
        series.add(new Series(name, (Function<Object, ? extends Number>) value, color));
        return this;
    }

    /** The chart's title, above it; it also names the chart as a widget (like a widget's label). */
    public Chart<T> title(String title) {
        this.title = Objects.requireNonNull(title, "title");
        return this;
    }

    /** The x axis's title. */
    public Chart<T> xTitle(String title) {
        this.xTitle = Objects.requireNonNull(title, "title");
        return this;
    }

    /** The y axis's title. */
    public Chart<T> yTitle(String title) {
        this.yTitle = Objects.requireNonNull(title, "title");
        return this;
    }

    /**
     * The chart's height in CSS pixels (320 by default).
     *
     * @throws IllegalArgumentException if {@code pixels} is not from 80 to 2000
     */
    public Chart<T> height(int pixels) {
        if (pixels < 80 || pixels > 2000) {
            throw new IllegalArgumentException("A chart's height goes from 80 to 2000 px, not " + pixels + ".");
        }
        this.height = pixels;
        return this;
    }

    /** Stacks the series (area and bar charts). */
    public Chart<T> stacked() {
        this.stacked = true;
        return this;
    }

    /** What the user may select; {@link Ui#chart(Chart)} returns it. */
    public Chart<T> select(ChartSelect mode) {
        this.select = Objects.requireNonNull(mode, "mode");
        return this;
    }

    // ---------------------------------------------------------------- read by the runtime

    public Kind kind() {
        return kind;
    }

    public List<T> rows() {
        return rows;
    }

    /** The series in the order given. */
    public List<Series> series() {
        return List.copyOf(series);
    }

    /** The x getter, or null to plot against positions. */
    public Function<Object, Object> xGetter() {
        return x;
    }

    /** The x axis's title, or null. */
    public String xTitle() {
        return xTitle;
    }

    /** The y axis's title, or null. */
    public String yTitle() {
        return yTitle;
    }

    /** The title, or null. */
    public String title() {
        return title;
    }

    /** The height in CSS pixels, or 0 for the default. */
    public int height() {
        return height;
    }

    public boolean isStacked() {
        return stacked;
    }

    public ChartSelect selectMode() {
        return select;
    }
}
