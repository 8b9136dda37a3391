package dev.weft;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fragment's own slot on the page, or a container in it: everything a fragment draws goes through
 * its {@code Ui}.
 *
 * <p>Declare a {@code Ui} parameter on a {@link Fragment} method to receive it. What a run draws
 * replaces what the previous run of the same fragment drew. While a run goes on, the browser already
 * shows what it has drawn so far (sent a few times a second, see {@code quarkus.weft.partial-interval}),
 * followed by the rest of the previous run's content, dimmed, until the run ends; so a slow section
 * fills in progressively and a rerun never flashes empty.
 *
 * <p><b>Layout.</b> {@link #columns(int)}, {@link #tabs(String...)}, {@link #expander(String)},
 * {@link #container()} (with a border, a fixed height or side by side: {@link
 * #container(Container)}), {@link #empty()}, {@link #dialog(String)} and {@link #popover(String)}
 * draw a container and return a {@code Ui} for each of its
 * parts; whatever is drawn through such a {@code Ui} goes into that part, in the place where the
 * container was drawn, even when the drawing happens after other elements were drawn below it.
 * Containers nest. A container's {@code Ui} is as thread-safe as the slot's, and it belongs to the
 * same run: once the run has ended, drawing through it is ignored.
 *
 * <p><b>Widgets.</b> A widget returns its current value, as a plain Java value. It belongs to the
 * fragment that drew it: when the user changes it, that fragment alone reruns, and the widget then
 * returns the new value; when the fragment's result changes, the fragments that take it as an input
 * rerun too. A widget keeps its identity across reruns: by default it is identified by its kind, its
 * label and how many widgets of that kind and label the run drew before it, so draw widgets in a
 * stable order or give them keys with {@link #key(String)}. The container a widget is drawn in
 * plays no part in its identity. A widget's value is kept while each run
 * of its fragment draws it, and forgotten when a run does not. The server checks every value the
 * browser sends against the widget as it was drawn (type, range, options, length, disabled) and
 * refuses anything else, changing nothing.
 *
 * <p><b>Its methods, by group</b> (the runtime draws elements and layout in its
 * {@code ui} package and checks widgets in its {@code widgets} package, one class per family):
 * <ul>
 *   <li>text and data: {@code title}, {@code header}, {@code subheader}, {@code markdown},
 *       {@code caption}, {@code text}, {@code code}, {@code divider}, {@code html}, {@code json},
 *       {@code metric}, {@code table}, {@code image}, {@code downloadButton};
 *   <li>charts: {@code lineChart}, {@code areaChart}, {@code barChart}, {@code scatterChart},
 *       {@code chart};
 *   <li>status: {@code info}, {@code success}, {@code warning}, {@code error}, {@code exception},
 *       {@code spinner}, {@code progress}, {@code status}, {@code toast};
 *   <li>display by type: {@code display};
 *   <li>widgets, by family: numbers ({@code slider}, {@code numberInput}, {@code rangeSlider}),
 *       choices over options of any type ({@code selectbox}, {@code radio}, {@code multiselect},
 *       {@code pills}, {@code multiPills}, {@code segmentedControl}, {@code multiSegmentedControl},
 *       {@code selectSlider}, {@code rangeSelectSlider}; labelled as {@link Options} says), toggles
 *       ({@code checkbox}, {@code toggle}), text ({@code textInput}, {@code textArea}), pickers
 *       ({@code dateInput}, {@code dateRangeInput}, {@code timeInput}, {@code colorPicker}), buttons
 *       ({@code button}, {@code linkButton}), forms ({@code form} and its {@code submitButton}),
 *       uploads ({@code fileUploader}); and their options {@code key}, {@code disabled}, {@code
 *       help}, {@code placeholder}, {@code labelVisibility};
 *   <li>layout: {@code columns}, {@code tabs}, {@code expander}, {@code container}, {@code empty};
 *       overlays: {@code dialog}, {@code popover};
 *   <li>pages: {@code switchPage}, {@code pageLink};
 *   <li>the URL and the request: {@code queryParams} (read and write the query parameters), {@code
 *       queryParam} (bind a widget to one), {@code context} (locale, zone, theme, headers, cookies);
 *   <li>the user: {@code user}.
 * </ul>
 *
 * <p>A {@code Ui} is thread-safe. A fragment may hand it to its own threads or executors and draw
 * from them; elements appear in the order the calls happen. There is no hidden thread-local
 * context to copy. Calls made after the run that owns this {@code Ui} has ended, or after a newer
 * run of the same fragment has started, are ignored.
 */
public interface Ui {

    /**
     * Who is looking: the name, roles and attributes of the user whose tab this is, as Quarkus
     * security authenticated them when the tab opened ({@link User#ANONYMOUS} when nobody logged in
     * or the application has no security extension). The same value for every run of the session.
     */
    User user();

    /** Draws a large page-level title. */
    void title(String text);

    /** Draws a section header. */
    void header(String text);

    /**
     * Draws Markdown (CommonMark with GitHub extensions). The browser renders it with a maintained
     * Markdown parser and sanitizes the resulting HTML: scripts and event handlers never run.
     */
    void markdown(String markdown);

    /** Draws plain text, exactly as given (no Markdown). */
    void text(String text);

    /**
     * Draws a line chart of one series, plotted against its index (0, 1, 2, ...).
     *
     * @param values the y values; {@code null} elements are drawn as gaps
     */
    void lineChart(List<? extends Number> values);

    /**
     * Draws a line chart of several named series over shared x values.
     *
     * @param x the x values (numbers, or anything else, which is shown as a category label)
     * @param series each series' name and y values, drawn in the map's iteration order; each list
     *     must have as many values as {@code x}
     * @throws IllegalArgumentException if a series' length differs from {@code x}'s
     */
    void lineChart(List<?> x, Map<String, ? extends List<? extends Number>> series);

    /** Draws an error callout with the given message. */
    void error(String message);

    // ---------------------------------------------------------------- text and data

    /** Draws a sub-header, smaller than {@link #header(String)}. */
    void subheader(String text);

    /** Draws small, muted text: a note under a chart or a table, a footnote. */
    void caption(String text);

    /** Draws a code block without highlighting, with a button that copies the code. */
    void code(String code);

    /**
     * Draws a code block highlighted as {@code language} (with <a
     * href="https://highlightjs.org">highlight.js</a>: {@code java}, {@code python}, {@code sql},
     * {@code json}, {@code yaml}, {@code bash}, {@code xml}/{@code html}, {@code javascript}, ...),
     * with a button that copies the code. An unknown language, or {@code null}, draws plain code.
     */
    void code(String code, String language);

    /** Draws a horizontal rule. */
    void divider();

    /**
     * Draws HTML, sanitized in the browser with DOMPurify: scripts, event handler attributes, {@code
     * javascript:} URLs, forms and frames never reach the page. For rich text prefer {@link
     * #markdown(String)}.
     */
    void html(String html);

    /**
     * Draws a collapsible JSON viewer of {@code value}: a {@code Map}, {@code List}, array, string,
     * number, boolean, {@code null}, a record or bean (serialized with Jackson), or JSON text (a
     * {@code CharSequence} is parsed as JSON).
     *
     * @throws IllegalArgumentException if {@code value} is text that is not JSON, or cannot be
     *     serialized
     */
    void json(Object value);

    /** Draws a metric: a label over a large value, like a dashboard's key figure. */
    void metric(String label, String value);

    /**
     * Draws a metric with a delta under the value: a rise (no sign, or {@code +}) shows an arrow up
     * in green, a fall (a leading {@code -}) an arrow down in red.
     *
     * @param delta the change, e.g. {@code "+4.5 %"} or {@code "-12"}; {@code null} for none
     */
    void metric(String label, String value, String delta);

    /**
     * Draws a metric whose delta is coloured by {@code deltaColor}: {@link DeltaColor#INVERSE} when a
     * fall is good (costs), {@link DeltaColor#OFF} for grey.
     */
    void metric(String label, String value, String delta, DeltaColor deltaColor);

    /**
     * Draws a table of {@code rows}, each a record, a {@code Map} (keys are the columns) or a bean
     * (its public getters), with a header the user can click to sort and pages of 20 rows. The rows
     * stay on the server: the browser receives the first page and asks for others, sorted as the
     * user picked, so a table of 100,000 rows loads as fast as one of 20. Numbers are right-aligned
     * and sort as numbers; other values (dates, enums) are shown and sorted as text; {@code null}s
     * sort last.
     *
     * <p>Coming from Streamlit: this is {@code st.dataframe} and {@code st.table}, and there is no
     * {@code ui.dataframe}; {@link #table(Table)} adds what {@code st.dataframe}'s column
     * configuration, selection and search do, and {@link #dataEditor(Table)} is {@code
     * st.data_editor}.
     *
     * <p>Columns are the first row's record components, map keys or getters, in order (maps: keys
     * of later rows are added after). In a native image, records of the application are registered
     * for reflection by Weft's build; records from libraries and beans need {@code
     * @RegisterForReflection}; maps need nothing.
     *
     * @throws IllegalArgumentException if a row is {@code null} or rows mix records, maps and beans
     */
    void table(List<?> rows);

    /**
     * Draws a table of columns: each entry is a column's name and its values, top to bottom, in the
     * map's iteration order. See {@link #table(List)}.
     *
     * @throws IllegalArgumentException if the columns are not all of one length
     */
    void table(Map<String, ? extends List<?>> columns);

    /**
     * Draws a {@link Table}: its rows as the columns it configures say (formats, widths, pinned and
     * hidden columns), with a search box, filters and export where it asks for them, server-paged
     * like {@link #table(List)}. Where the table {@linkplain Table#select(TableSelect) selects},
     * it is a widget: the user's selection is its value, and touching it reruns this fragment.
     *
     * <pre>{@code
     * Selection<Trip> picked = ui.table(Table.of(trips).label("Trips").select(TableSelect.ROWS));
     * }</pre>
     *
     * @return what the user selected; {@link Selection#none()} before anything is, and always for a
     *     table that does not select
     * @throws IllegalArgumentException if the table's rows or columns cannot be read (a getter
     *     throws, a key repeats, a field named does not exist)
     */
    <T> Selection<T> table(Table<T> table);

    /**
     * Draws {@code table} as an editable table (Streamlit's {@code data_editor}): the user edits
     * cells with the input fitting each column's kind, and adds or deletes rows where the table
     * allows it. Every edit is checked on the server against its column (type, {@code min}/{@code
     * max}, {@code required}, options, length) and a refused one shows its reason in the cell and
     * changes nothing. Rows come back as the app's own type: through a column's wither, a record's
     * constructor, or a new map.
     *
     * @return the rows as edited, and what changed
     * @throws IllegalArgumentException if the table cannot be read, or its row type cannot be
     *     rebuilt from edited cells (a bean, or a getter column without a wither)
     */
    <T> Edits<T> dataEditor(Table<T> table);

    /**
     * Draws an image from its bytes: PNG, JPEG, GIF, WebP or SVG (recognized by their content). The
     * bytes are served to the browser over HTTP, for this session only, while the slot shows them. An
     * SVG is shown as an image: scripts in it never run.
     *
     * @throws IllegalArgumentException if the bytes are none of those formats
     */
    void image(byte[] data);

    /**
     * Draws an image from its bytes, with a caption under it.
     *
     * @param caption the caption, or {@code null} for none
     * @param width the width in CSS pixels (never wider than the slot), or {@code 0} for the image's
     *     own width
     * @throws IllegalArgumentException if the bytes are none of PNG, JPEG, GIF, WebP or SVG, or {@code
     *     width} is negative
     */
    void image(byte[] data, String caption, int width);

    /** Draws an image from a URL: {@code http(s)://...}, or a path on this server. */
    void image(String url);

    /**
     * Draws an image from a URL, with a caption under it. See {@link #image(byte[], String, int)}.
     *
     * @throws IllegalArgumentException if the URL is not {@code http}, {@code https} or a path
     */
    void image(String url, String caption, int width);

    /**
     * Draws a button that downloads {@code data} as a file named {@code fileName}. The bytes are
     * served over HTTP (as an attachment), for this session only, while the slot shows the button.
     * Unlike Streamlit's, a click does not rerun the fragment.
     *
     * @param mimeType the file's type, e.g. {@code text/csv}; {@code null} for {@code
     *     application/octet-stream}
     * @throws IllegalArgumentException if {@code fileName} is blank or {@code mimeType} is not a type
     */
    void downloadButton(String label, byte[] data, String fileName, String mimeType);

    // ---------------------------------------------------------------- charts

    /**
     * Draws a line chart of records: {@code x} names the field (record component, map key or
     * getter) on the x axis, each of {@code y} a field drawn as a series of that name.
     *
     * <pre>{@code
     * ui.lineChart(sales, "month", "revenue", "costs");   // List<Sale> with month(), revenue(), costs()
     * }</pre>
     *
     * @throws IllegalArgumentException if a field is missing, or a {@code y} value is not a number
     */
    void lineChart(List<?> records, String x, String... y);

    /** Draws an area chart of one series, plotted against its index. */
    void areaChart(List<? extends Number> values);

    /**
     * Draws an area chart of several named series over shared x values, stacked; see {@link
     * #lineChart(List, Map)}.
     */
    void areaChart(List<?> x, Map<String, ? extends List<? extends Number>> series);

    /** Draws an area chart of records; see {@link #lineChart(List, String, String...)}. */
    void areaChart(List<?> records, String x, String... y);

    /** Draws a bar chart of one series, one bar per value. */
    void barChart(List<? extends Number> values);

    /**
     * Draws a bar chart of several named series over shared x values (categories), side by side;
     * see {@link #lineChart(List, Map)}.
     */
    void barChart(List<?> x, Map<String, ? extends List<? extends Number>> series);

    /** Draws a bar chart of records; see {@link #lineChart(List, String, String...)}. */
    void barChart(List<?> records, String x, String... y);

    /**
     * Draws a scatter chart: one point per x value and series; see {@link #lineChart(List, Map)}.
     */
    void scatterChart(List<?> x, Map<String, ? extends List<? extends Number>> series);

    /** Draws a scatter chart of records; see {@link #lineChart(List, String, String...)}. */
    void scatterChart(List<?> records, String x, String... y);

    /**
     * Draws a line chart of a table's rows, by column name: a data frame ({@link Table#frame}), a
     * table of rows ({@link Table#of(List)}) or of columns ({@link Table#ofColumns}), a JDBC result
     * ({@link Table#of(java.sql.ResultSet)}) or a query ({@link Table#query}), run once; otherwise like
     * {@link #lineChart(List, String, String...)}. A result or query is read into memory, at most
     * 100,000 rows: let the database aggregate (GROUP BY) and chart the rows it returns.
     *
     * <pre>{@code
     * ui.lineChart(Table.frame(weather), "date", "tempMax", "tempMin");   // a Tablesaw Table
     * ui.barChart(Table.query(db, "SELECT zone, avg(fare) AS fare FROM trips GROUP BY zone ORDER BY zone"),
     *         "zone", "fare");
     * }</pre>
     *
     * @throws IllegalArgumentException if a column is missing, a {@code y} value is not a number, a
     *     query fails, or a result or query has more than 100,000 rows
     */
    void lineChart(Table<?> table, String x, String... y);

    /** Draws an area chart of a table's rows; see {@link #lineChart(Table, String, String...)}. */
    void areaChart(Table<?> table, String x, String... y);

    /** Draws a bar chart of a table's rows; see {@link #lineChart(Table, String, String...)}. */
    void barChart(Table<?> table, String x, String... y);

    /** Draws a scatter chart of a table's rows; see {@link #lineChart(Table, String, String...)}. */
    void scatterChart(Table<?> table, String x, String... y);

    /**
     * Draws any <a href="https://echarts.apache.org/en/option.html">Apache ECharts option</a> as
     * given, for every chart the methods above do not draw (pie, heatmap, candlestick, ...). Where
     * the option sets no colours, fonts or tooltip style, the theme's are used. String {@code
     * formatter}s are sanitized like {@link #html(String)}; functions cannot be passed.
     *
     * @param option the option as maps, lists, strings, numbers and booleans
     */
    void chart(Map<String, ?> option);

    /**
     * Draws an ECharts option given as JSON text; see {@link #chart(Map)}.
     *
     * @throws IllegalArgumentException if {@code optionJson} is not a JSON object
     */
    void chart(String optionJson);

    /**
     * Draws a {@link Chart} of rows: x and series read by getter, with titles, colours and a height.
     * Where the chart {@linkplain Chart#select(ChartSelect) selects}, it is a widget: a click on a
     * point or bar, a brushed range, a box or a lasso is its value, and touching it reruns this
     * fragment.
     *
     * @return what the user selected; {@link ChartSelection#none()} before anything is, and always
     *     for a chart that does not select
     * @throws IllegalArgumentException if a getter throws or the chart has no series
     */
    <T> ChartSelection<T> chart(Chart<T> chart);

    // ---------------------------------------------------------------- status

    /** Draws a blue callout with an informational message. */
    void info(String message);

    /** Draws a green callout with a success message. */
    void success(String message);

    /** Draws an amber callout with a warning. */
    void warning(String message);

    /**
     * Draws an exception: its type and message in an error callout, and its stack trace (folded)
     * only in dev mode or with {@code quarkus.weft.show-stack-traces=true}, as for a fragment that throws.
     */
    void exception(Throwable exception);

    /**
     * Draws a spinner with {@code text} that shows while the returned {@link Spinner} is open:
     *
     * <pre>{@code
     * try (Spinner loading = ui.spinner("Loading the forecast…")) {
     *     forecast = model.run(filters);
     * }
     * }</pre>
     *
     * A spinner never stays in the slot's final content, even if it is not closed. Like all
     * output while a run goes on, it reaches the browser with the next partial output, so a
     * spinner closed within {@code quarkus.weft.partial-interval} is never seen.
     */
    Spinner spinner(String text);

    /**
     * Draws a progress bar and returns it; {@link Progress#set} moves it while the run goes on.
     *
     * @param value from {@code 0.0} to {@code 1.0}
     * @param text the text shown with the bar, or {@code null}
     * @throws IllegalArgumentException if {@code value} is not within {@code [0, 1]}
     */
    Progress progress(double value, String text);

    /**
     * Draws a status box, running and expanded, with this label, and returns it: draw the steps of
     * a long task into it, then {@link StatusBox#update} it to complete or error.
     */
    StatusBox status(String label);

    /**
     * Shows a short message over the page, at the bottom right, for a few seconds. A toast shows
     * once, when the run draws it: not again when the page reconnects or reloads, nor on a rerun that
     * does not draw it again. A toast drawn while no browser is connected is not shown.
     */
    void toast(String message);

    // ---------------------------------------------------------------- display by type

    /**
     * Draws {@code value} with the element that suits it, like Streamlit's {@code st.write} (there
     * is no {@code ui.write}: this is it):
     *
     * <ul>
     *   <li>{@code null}: the text {@code null};
     *   <li>a {@code CharSequence}: Markdown;
     *   <li>a number or a boolean: plain text;
     *   <li>a {@code Throwable}: {@link #exception(Throwable)};
     *   <li>a {@link Renderable}: its richest rendering (see there);
     *   <li>a {@link ChartSpec}: {@link #chart(Map)};
     *   <li>a {@code byte[]} holding a PNG, JPEG, GIF, WebP or SVG image: {@link #image(byte[])};
     *   <li>a non-empty {@code List} (or other collection) of records or maps: {@link #table(List)};
     *   <li>a {@code Map} whose values are lists of one length: a table of those columns;
     *   <li>a {@link Table}: {@link #table(Table)}; a {@link Chart}: {@link #chart(Chart)};
     *   <li>a JDBC {@code ResultSet}, a Tablesaw {@code Table} or a DFLib {@code DataFrame} (when
     *       that library is on the class path): a table of its rows; a result is read to its end into
     *       memory, at most 100,000 rows (more is refused: draw {@link Table#query} instead, whose rows
     *       stay in the database), and the caller closes it;
     *   <li>any other {@code Map}, collection or array, or a record: {@link #json(Object)};
     *   <li>anything else: {@code String.valueOf(value)} as plain text.
     * </ul>
     */
    void display(Object value);

    // ---------------------------------------------------------------- widgets
    /**
     * Draws a slider over whole numbers and returns its value.
     *
     * @param value the value until the user moves it; must be within {@code [min, max]}
     * @throws IllegalArgumentException if {@code min > max} or {@code value} is out of range
     */
    int slider(String label, int min, int max, int value);

    /**
     * Draws a slider over decimal numbers with the given step and returns its value.
     *
     * @throws IllegalArgumentException if {@code min > max}, {@code step <= 0}, or {@code value} is
     *     out of range
     */
    double slider(String label, double min, double max, double value, double step);

    /**
     * Draws a drop-down list and returns the selected option, initially the first. Options are any
     * objects, labelled by {@code toString}, or by an {@link Options}' label function; the browser
     * only ever sends an option's position, and the fragment gets the app's own object back.
     *
     * <pre>{@code
     * Region region = ui.selectbox("Region", Options.of(Region.values()).label(Region::displayName));
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code options} is empty or has duplicates (by {@code
     *     equals})
     */
    <T> T selectbox(String label, List<T> options);

    /**
     * Draws a drop-down list and returns the selected option, initially {@code options.get(index)}.
     *
     * @throws IllegalArgumentException if {@code options} is empty or has duplicates, or {@code
     *     index} is out of range
     */
    <T> T selectbox(String label, List<T> options, int index);

    /**
     * Draws a component of the app's own (an ES module it serves, or a Streamlit component's built
     * frontend) with {@code props} as its properties, and returns its value: the last one the browser
     * sent, checked and read into the component's value type, or its initial value (null unless
     * declared). Touching it reruns this fragment, like any widget.
     *
     * @param props the component's properties, sent as JSON data (a record, a map, a list, or null);
     *     text in them is data, never HTML
     * @throws IllegalArgumentException if {@code props} cannot be written as JSON
     */
    <V> V component(Component<V> component, String label, Object props);

    /** Draws a checkbox and returns whether it is checked. */
    boolean checkbox(String label, boolean value);

    /** Draws a one-line text field of at most 1,000 characters and returns its text. */
    String textInput(String label, String value);

    /**
     * Draws a one-line text field and returns its text.
     *
     * @param maxLength the most characters the user may enter, from 1 to 100,000
     */
    String textInput(String label, String value, int maxLength);

    /** Draws a field for a whole number in {@code [min, max]} and returns its value. */
    int numberInput(String label, int min, int max, int value);

    /** Draws a field for a decimal number in {@code [min, max]} and returns its value. */
    double numberInput(String label, double min, double max, double value, double step);

    /**
     * Draws a button. Returns {@code true} in the run that a click on it caused, and {@code false}
     * in every other run.
     */
    boolean button(String label);

    /**
     * A view of this slot whose widgets use {@code key} as their identity instead of their label
     * and position: {@code ui.key("year").slider("Year", 2015, 2025, 2024)}. Draw one widget through
     * it; a key must be unique within its fragment.
     */
    Ui key(String key);

    /**
     * A view of this slot whose widgets are drawn disabled: shown with their value, but the user
     * cannot change them, and the server refuses values for them. Containers drawn through it pass
     * this on to everything drawn into them.
     */
    Ui disabled();

    /**
     * A view of this slot whose widgets show {@code text} as help: a small question mark next to the
     * label that shows the text as a tooltip on hover and on keyboard focus (Streamlit's {@code
     * help}). Containers drawn through it do not pass it on.
     */
    Ui help(String text);

    /**
     * A view of this slot whose widgets show {@code text} while they are empty (Streamlit's {@code
     * placeholder}): in a text or number field, and in a multiselect with nothing picked. The text is
     * a hint, never a value. Drawing a widget that has no text entry or empty choice through it (a
     * slider, a checkbox) throws {@link IllegalArgumentException}.
     */
    Ui placeholder(String text);

    /**
     * A view of this slot whose widgets show their label as {@code visibility} says: {@link
     * LabelVisibility#HIDDEN} keeps its space, {@link LabelVisibility#COLLAPSED} takes none. Either
     * way the label stays the control's accessible name, so screen readers still read it.
     */
    Ui labelVisibility(LabelVisibility visibility);

    // ---------------------------------------------------------------- layout

    /**
     * Draws {@code count} columns of equal width side by side and returns one {@code Ui} per
     * column, left to right. On a narrow screen (a phone) the columns stack, first column on top.
     *
     * <pre>{@code
     * List<Ui> columns = ui.columns(3);
     * columns.get(0).text("Revenue");
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code count} is not between 1 and 12
     */
    List<Ui> columns(int count);

    /**
     * Draws columns side by side whose widths are in the proportions given, {@code ui.columns(2, 1)}
     * making the first twice as wide as the second, and returns one {@code Ui} per column. On a
     * narrow screen the columns stack.
     *
     * @param widths one relative width per column, each a positive finite number; 1 to 12 of them
     * @throws IllegalArgumentException if there are no widths or more than 12, or one is not positive
     *     and finite
     */
    List<Ui> columns(double... widths);

    /**
     * Draws tabs with these labels and returns one {@code Ui} per tab, in order. The first tab is
     * shown at first; the tab the user picks stays picked across reruns. Everything in every tab is
     * drawn and sent, whichever tab is shown.
     *
     * @throws IllegalArgumentException if there are no labels, or one is null
     */
    List<Ui> tabs(String... labels);

    /** Draws a collapsed expander with this label and returns the {@code Ui} of its content. */
    Ui expander(String label);

    /**
     * Draws an expander with this label, expanded or collapsed at first, and returns the {@code Ui}
     * of its content. Once the user opens or closes it, reruns keep it as the user left it, unless
     * a rerun draws it with another {@code expanded} value.
     */
    Ui expander(String label, boolean expanded);

    /**
     * Draws an invisible container and returns its {@code Ui}: for drawing into a place fixed now
     * from later in the run (or from another thread), in the order those calls happen.
     */
    Ui container();

    /**
     * Draws a placeholder that holds at most one element and returns its {@code Ui}: each draw into
     * it replaces what it held, which makes it the place for content updated while the run goes on
     * (Streamlit's {@code st.empty}). A container drawn into it (say {@code columns}) counts as its
     * one element, whatever is then drawn into that container. Calling {@code empty()} on it clears
     * it. Widgets it no longer holds are gone, as if the run had not drawn them.
     *
     * <pre>{@code
     * Ui status = ui.empty();
     * for (int done = 0; done < files.size(); done++) {
     *     status.text("Loaded " + done + " of " + files.size() + " files");   // the browser sees it while the run goes on
     *     load(files.get(done));
     * }
     * status.text("Loaded all " + files.size() + " files");
     * }</pre>
     */
    Ui empty();

    /**
     * Draws a container as {@link #container()} does, looking as {@code options} say: with a border,
     * with a fixed height beyond which it scrolls, or laying out its elements side by side.
     *
     * <pre>{@code
     * Ui log = ui.container(Container.scrolling(240).withBorder());
     * Ui toolbar = ui.container(Container.horizontal());
     * }</pre>
     */
    Ui container(Container options);

    /**
     * Draws a modal dialog with this title, closed until {@link Dialog#open()} opens it, and returns
     * it: a {@code Ui} drawing into the dialog. See {@link Dialog}. It is {@link Dialog.Width#SMALL}
     * (at most 560 px wide); {@link #dialog(String, Dialog.Width)} draws a wider one.
     *
     * @throws IllegalStateException if this {@code Ui} draws into a form
     */
    Dialog dialog(String title);

    /**
     * Draws a modal dialog as {@link #dialog(String)} does, at most as wide as {@code width} says:
     * {@code MEDIUM} (800 px) or {@code LARGE} (1200 px) for a table, a chart or a report.
     *
     * <pre>{@code
     * Dialog report = ui.dialog("Quarterly report", Dialog.Width.LARGE);
     * }</pre>
     *
     * @throws IllegalStateException if this {@code Ui} draws into a form
     */
    Dialog dialog(String title, Dialog.Width width);

    /**
     * Draws a button with this label that opens a small panel under it, and returns the {@code Ui} of
     * that panel (Streamlit's {@code st.popover}): for settings or details that need not take room
     * on the page. The user opens and closes it; Escape or a click elsewhere closes it, and the focus
     * goes back to the button. Everything in it is drawn and sent, open or not, and it stays as the
     * user left it across reruns.
     */
    Ui popover(String label);

    // ---------------------------------------------------------------- pages

    /**
     * Sends the browser to another page of the application, as a click on its menu entry would:
     * {@code ui.switchPage(Reports.class)}. The browser goes there when this run's output reaches it
     * (at once if it is connected, else when it connects); this run goes on to its end, but the page
     * is left. The page may be {@link App#hidden() hidden}.
     *
     * @param page an {@link App} class of this application; a class literal is checked at compile
     *     time
     * @throws IllegalArgumentException if {@code page} is not an app of this application
     */
    void switchPage(Class<?> page);

    /**
     * Draws a link to another page of the application (or this one), showing its title and icon
     * (Streamlit's {@code st.page_link}): an ordinary link, opened in this tab or, with the usual
     * keys, in another. The link to the current page is marked as such.
     *
     * @param page an {@link App} class of this application; a class literal is checked at compile
     *     time
     * @throws IllegalArgumentException if {@code page} is not an app of this application
     */
    void pageLink(Class<?> page);

    /** Draws a link to another page, as {@link #pageLink(Class)} does, showing {@code label} and its icon. */
    void pageLink(Class<?> page, String label);

    /**
     * Draws a link to another page, as {@link #pageLink(Class)} does, showing {@code label} and
     * {@code icon}: one emoji, the absolute path of an image the application serves, or empty for no
     * icon.
     */
    void pageLink(Class<?> page, String label, String icon);

    // ---------------------------------------------------------------- more widgets: ranges, pickers, uploads, forms

    /**
     * Draws a slider with two handles over whole numbers and returns the range between them (Streamlit's
     * {@code st.slider} with a tuple value). The low handle never passes the high one.
     *
     * @param low the low end until the user moves it
     * @param high the high end until the user moves it
     * @throws IllegalArgumentException unless {@code min <= low <= high <= max}
     */
    Range<Integer> rangeSlider(String label, int min, int max, int low, int high);

    /**
     * Draws a slider with two handles over decimal numbers on a grid of {@code step} from {@code min},
     * and returns the range between them.
     *
     * @throws IllegalArgumentException unless {@code min <= low <= high <= max} and {@code step > 0}
     */
    Range<Double> rangeSlider(String label, double min, double max, double low, double high, double step);

    /**
     * Draws a set of options of which the user picks any number, none at first, and returns the
     * picked ones in the order of {@code options}.
     *
     * @throws IllegalArgumentException if {@code options} is empty or has duplicates
     */
    <T> List<T> multiselect(String label, List<T> options);

    /**
     * Draws a set of options of which the user picks any number, {@code defaults} at first, and
     * returns the picked ones in the order of {@code options}.
     *
     * @throws IllegalArgumentException if {@code options} is empty or has duplicates, or a default is
     *     not one of them
     */
    <T> List<T> multiselect(String label, List<T> options, List<T> defaults);

    /**
     * Draws a set of options of which the user picks at most {@code maxSelections}; once that many
     * are picked, the others cannot be picked until one is dropped.
     *
     * @param maxSelections at least 1
     * @throws IllegalArgumentException as {@link #multiselect(String, List, List)}, or if {@code
     *     maxSelections < 1} or there are more defaults than that
     */
    <T> List<T> multiselect(String label, List<T> options, List<T> defaults, int maxSelections);

    /**
     * Draws radio buttons, one per option, and returns the picked option, initially the first.
     *
     * @throws IllegalArgumentException if {@code options} is empty or has duplicates
     */
    <T> T radio(String label, List<T> options);

    /**
     * Draws radio buttons, one per option, and returns the picked option, initially {@code
     * options.get(index)}.
     *
     * @throws IllegalArgumentException if {@code options} is empty or has duplicates, or {@code
     *     index} is out of range
     */
    <T> T radio(String label, List<T> options, int index);

    /** Draws an on/off switch and returns whether it is on. */
    boolean toggle(String label, boolean value);

    /**
     * Draws a text area of at most 10,000 characters and returns its text. The browser sends it when
     * the area loses focus or on Ctrl+Enter (⌘+Enter), not on every key.
     */
    String textArea(String label, String value);

    /**
     * Draws a text area and returns its text.
     *
     * @param maxLength the most characters the user may enter, from 1 to 100,000. Text travels over
     *     the WebSocket: above about 15,000 characters, raise {@code quarkus.weft.max-message-size}.
     */
    String textArea(String label, String value, int maxLength);

    /** Draws a date field with a calendar, without bounds, and returns its date. */
    LocalDate dateInput(String label, LocalDate value);

    /**
     * Draws a date field with a calendar and returns its date.
     *
     * @param min the earliest date the user may pick, or null for none
     * @param max the latest date the user may pick, or null for none
     * @throws IllegalArgumentException if {@code value} is null or outside {@code [min, max]}
     */
    LocalDate dateInput(String label, LocalDate value, LocalDate min, LocalDate max);

    /**
     * Draws a time field in steps of 15 minutes (as Streamlit's {@code st.time_input}) and returns its
     * time. The {@code value} is shown as given, to the minute (or to the second, for a step of
     * seconds), even when it is not on the step; the user picks times on the step.
     */
    LocalTime timeInput(String label, LocalTime value);

    /**
     * Draws a time field and returns its time.
     *
     * @param step the grid of times the user may pick, counted from midnight: whole seconds, from 1 s
     *     to 12 h (e.g. {@code Duration.ofMinutes(1)})
     * @throws IllegalArgumentException if {@code value} is null or {@code step} is not such a duration
     */
    LocalTime timeInput(String label, LocalTime value, Duration step);

    /**
     * Draws a colour picker and returns the colour as {@code #rrggbb} (lower case).
     *
     * @param value the colour at first, {@code #rrggbb} or {@code #rgb} in either case
     * @throws IllegalArgumentException if {@code value} is not such a colour
     */
    String colorPicker(String label, String value);

    /**
     * Draws a file uploader for one file and returns the uploaded file, or empty until there is one.
     * The user drops a file on it or browses for one; the browser sends it over HTTP (not the
     * WebSocket), and the server refuses it, changing nothing, if it is larger than {@code maxBytes}
     * (or the server's limits, {@code quarkus.weft.uploads.*}), or its extension or MIME type is not
     * accepted, or its content is plainly not what its extension says (a {@code .png} that is not a
     * PNG image). The user can remove the file again.
     *
     * @param types accepted extensions ({@code "csv"} or {@code ".csv"}) or MIME types ({@code
     *     "text/csv"}, {@code "image/*"}); empty accepts any file
     * @param maxBytes the largest file accepted, in bytes, at least 1
     * @throws IllegalArgumentException if {@code maxBytes < 1} or a type is blank
     */
    Optional<UploadedFile> fileUploader(String label, List<String> types, long maxBytes);

    /**
     * Draws a file uploader for up to {@code maxFiles} files and returns them in the order they were
     * added, empty until there are some. Each file is checked as by {@link #fileUploader(String,
     * List, long)}; files added later join those already there.
     *
     * @param maxFiles the most files the uploader holds at once, from 1 to 100
     * @throws IllegalArgumentException as {@link #fileUploader(String, List, long)}, or if {@code
     *     maxFiles} is out of range
     */
    List<UploadedFile> fileUploader(String label, List<String> types, long maxBytes, int maxFiles);

    /**
     * Draws a form and returns it: widgets drawn into it send their values only when the user submits
     * the form, all at once, and the fragment then reruns once ({@link Form}).
     *
     * @param key identifies the form within its fragment, unique among its forms
     * @throws IllegalArgumentException if {@code key} is blank or another form of this run has it
     * @throws IllegalStateException if this {@code Ui} is inside a form already
     */
    Form form(String key);

    // ---------------------------------------------------------------- more choices: pills, segments, select sliders,
    // date ranges, links

    /**
     * Draws the options as a row of pills of which the user picks one (or none: a click on the
     * picked pill drops it), none at first, and returns the picked option (Streamlit's {@code
     * st.pills}). Options are labelled as in {@link #selectbox(String, List)}.
     *
     * @throws IllegalArgumentException if {@code options} is empty or has duplicates
     */
    <T> Optional<T> pills(String label, List<T> options);

    /**
     * Draws one-pick pills with {@code selected} picked at first ({@code null}: none).
     *
     * @throws IllegalArgumentException as {@link #pills(String, List)}, or if {@code selected} is not
     *     one of the options
     */
    <T> Optional<T> pills(String label, List<T> options, T selected);

    /**
     * Draws the options as pills of which the user picks any number, {@code defaults} at first, and
     * returns the picked ones in the order of {@code options}.
     *
     * @throws IllegalArgumentException if {@code options} is empty or has duplicates, or a default is
     *     not one of them
     */
    <T> List<T> multiPills(String label, List<T> options, List<T> defaults);

    /**
     * Draws the options as a segmented control (buttons joined in one row) of which the user picks
     * one (or none: a click on the picked segment drops it), {@code selected} at first ({@code null}:
     * none), and returns the picked option (Streamlit's {@code st.segmented_control}).
     *
     * @throws IllegalArgumentException if {@code options} is empty or has duplicates, or {@code
     *     selected} is not one of them
     */
    <T> Optional<T> segmentedControl(String label, List<T> options, T selected);

    /**
     * Draws a segmented control of which the user picks any number of segments, {@code defaults} at
     * first, and returns the picked ones in the order of {@code options}.
     *
     * @throws IllegalArgumentException as {@link #multiPills(String, List, List)}
     */
    <T> List<T> multiSegmentedControl(String label, List<T> options, List<T> defaults);

    /**
     * Draws a slider over the options, in their order, showing the picked option's label, and returns
     * the picked option (Streamlit's {@code st.select_slider}).
     *
     * <pre>{@code
     * Size size = ui.selectSlider("Size", List.of(Size.values()), Size.M);
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code options} is empty or has duplicates, or {@code value}
     *     is not one of them
     */
    <T> T selectSlider(String label, List<T> options, T value);

    /**
     * Draws a slider with two handles over the options and returns the stretch between them; the low
     * handle never passes the high one.
     *
     * @throws IllegalArgumentException if {@code options} is empty or has duplicates, or {@code low}
     *     or {@code high} is not one of them, or {@code low} comes after {@code high}
     */
    <T> OptionRange<T> rangeSelectSlider(String label, List<T> options, T low, T high);

    /**
     * Draws two date fields, from and to, without bounds, and returns the range between them
     * (Streamlit's {@code st.date_input} with a tuple). The from date is never after the to date.
     *
     * @throws IllegalArgumentException if {@code value} is null
     */
    DateRange dateRangeInput(String label, DateRange value);

    /**
     * Draws two date fields, from and to, each within {@code [min, max]}, and returns the range.
     *
     * @param min the earliest date the user may pick, or null for none
     * @param max the latest date the user may pick, or null for none
     * @throws IllegalArgumentException if {@code value} is null or not within {@code [min, max]}
     */
    DateRange dateRangeInput(String label, DateRange value, LocalDate min, LocalDate max);

    /**
     * Draws a link that looks like a button and opens {@code url} (Streamlit's {@code
     * st.link_button}): an {@code http(s)://} URL in a new tab, a relative one ({@code /report},
     * {@code ?year=2024}) in this tab. It has no value and reruns nothing.
     *
     * @throws IllegalArgumentException if {@code url} is anything else ({@code javascript:}, {@code
     *     data:}, a control character)
     */
    void linkButton(String label, String url);

    // ---------------------------------------------------------------- the URL and the request

    /**
     * The page URL's query parameters: read them (this fragment then reruns when they change) and
     * write them (the address bar changes at once). See {@link QueryParams}.
     *
     * <pre>{@code
     * String tab = ui.queryParams().get("tab").orElse("summary");
     * ui.queryParams().set("tab", "details");
     * }</pre>
     */
    QueryParams queryParams();

    /**
     * A view of this slot whose widget is bound to the URL's query parameter {@code name}
     * (Streamlit's {@code bind="query-params"}): the URL always shows the widget's value (left out
     * while it is the widget's default), and opening that URL, or going back or forward to it, sets
     * the widget to it. The name is also the widget's {@linkplain #key(String) key}; draw one widget
     * through the view, and bind a parameter to one widget of the page.
     *
     * <pre>{@code
     * String region = ui.queryParam("region").selectbox("Region", REGIONS);   // ?region=Americas
     * }</pre>
     *
     * <p>A value from the URL is checked exactly as a value from the widget is (type, range, options,
     * length): one that does not pass (a hand-edited or outdated link) gives the widget its default,
     * with a note under it saying why, and the URL is corrected. A value is written as its text; a
     * list (multiselect) or a range as the parameter repeated ({@code ?tag=a&tag=b}, {@code
     * ?years=2019&years=2023}); an empty list as an empty value. Buttons, file uploaders, tables,
     * charts and data editors cannot be bound.
     *
     * @throws IllegalArgumentException if {@code name} is blank or longer than 100 characters
     */
    Ui queryParam(String name);

    /** Who is looking at the page, and how: locale, time zone, theme, headers, cookies. See {@link PageContext}. */
    PageContext context();

    // ---------------------------------------------------------------- chat

    /**
     * A chat input pinned to the bottom of the page (Streamlit's {@code st.chat_input}): a field with
     * {@code placeholder} and a send button. Returns the message the user sent, in the run that the
     * sending caused only; {@code null} in every other run (like a button's click). A message is at
     * most 2,000 characters; see {@link #chatInput(String, int)}.
     *
     * <pre>{@code
     * String prompt = ui.chatInput("Ask something");
     * if (prompt != null) { ... }
     * }</pre>
     */
    String chatInput(String placeholder);

    /**
     * A chat input whose messages are at most {@code maxLength} characters (from 1 to 100,000); a
     * longer one from a browser is refused and changes nothing.
     */
    String chatInput(String placeholder, int maxLength);

    /**
     * A chat message (Streamlit's {@code st.chat_message}): a container drawn as a bubble of {@code
     * role}, with that role's avatar. {@code "user"} and {@code "assistant"} (also {@code "ai"},
     * {@code "human"}) have their own avatars and sides; another role shows its first letter. Draw
     * its content through the returned view.
     *
     * <pre>{@code
     * ui.chatMessage("user").markdown(prompt);
     * String answer = ui.chatMessage("assistant").writeStream(model.chat(prompt));
     * }</pre>
     */
    Ui chatMessage(String role);

    /** A chat message of {@code role} with its own avatar: an emoji or up to two characters. */
    Ui chatMessage(String role, String avatar);

    /**
     * Writes text as it is produced (Streamlit's {@code st.write_stream}): each element of {@code
     * tokens} is appended to a Markdown element, rendered (and sanitized) as it grows, with a stop
     * control. Blocks until the iterator ends or the user stops it (the iterator is no longer pulled
     * and the pulling thread is interrupted), and returns the text written, which stays on the page.
     * The browser receives only what was appended, at most once per frame.
     */
    String writeStream(java.util.Iterator<String> tokens);

    /**
     * Writes text as a publisher produces it, as {@link #writeStream(java.util.Iterator)} does: a
     * Mutiny {@code Multi<String>} (what Quarkus LangChain4j's streaming AI services return) is a
     * {@code Flow.Publisher<String>}. The stop control, a newer run of the fragment and the end of the
     * session cancel the subscription. A failure of the publisher is thrown here.
     */
    String writeStream(java.util.concurrent.Flow.Publisher<String> tokens);

    // ---------------------------------------------------------------- reruns

    /**
     * Asks for another run of this fragment once this run has ended: its drawing is shown first, then
     * the fragment reruns as a widget change would rerun it (its dependents rerun when its result
     * changes). Asking several times in one run gives one rerun. A polling section can call it at the
     * end of each run; a timer is {@link Fragment#runEvery()}.
     */
    void rerun();

    /**
     * Reruns another fragment of this app in this session now, as a widget change of it would (see
     * {@link Fragment#onRerun()}); its name is its method's name. Naming this run's own fragment is
     * {@link #rerun()}. Ignored once this run has ended or been superseded.
     *
     * @throws IllegalArgumentException if the app has no such fragment; the message names those it has
     */
    void rerun(String fragment);

    /**
     * The id of this tab's session, for a bean that will push reruns to it later ({@link
     * Reruns.Target#inSession}).
     */
    String sessionId();
}
