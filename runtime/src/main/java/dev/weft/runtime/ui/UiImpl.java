package dev.weft.runtime.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.Chart;
import dev.weft.ChartSelect;
import dev.weft.ChartSelection;
import dev.weft.Container;
import dev.weft.DateRange;
import dev.weft.DeltaColor;
import dev.weft.Dialog;
import dev.weft.Edits;
import dev.weft.Form;
import dev.weft.LabelVisibility;
import dev.weft.OptionRange;
import dev.weft.PageContext;
import dev.weft.Progress;
import dev.weft.QueryParams;
import dev.weft.Range;
import dev.weft.Selection;
import dev.weft.Spinner;
import dev.weft.StatusBox;
import dev.weft.Table;
import dev.weft.TableSelect;
import dev.weft.Ui;
import dev.weft.UploadedFile;
import dev.weft.User;
import dev.weft.runtime.charts.ChartDrawing;
import dev.weft.runtime.charts.ChartPick;
import dev.weft.runtime.charts.ChartPoints;
import dev.weft.runtime.charts.Charts;
import dev.weft.runtime.media.MediaTypes;
import dev.weft.runtime.tables.CellTexts;
import dev.weft.runtime.tables.TableData;
import dev.weft.runtime.tables.TableEditor;
import dev.weft.runtime.tables.TableModel;
import dev.weft.runtime.tables.TableReader;
import dev.weft.runtime.widgets.ChatWidgets;
import dev.weft.runtime.widgets.WidgetLook;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The {@link Ui} of one fragment run: a view of one {@link Block} of the run's {@link Canvas} (the
 * slot, or a container in it). {@link #key} and {@link #disabled} return further views of the same
 * block whose widgets carry those options; the layout methods return views of new containers. A view
 * of a form ({@link #form}) is the {@link Form}: only there may {@link #submitButton} be drawn.
 *
 * <p>Elements are built here as the wire's JSON (see {@code docs/protocol.md}); an element the run
 * may change after drawing it is drawn with {@link #draw} and changed through its {@link
 * ElementHandle}.
 */
public class UiImpl implements Form {

    private static final int DEFAULT_TEXT_LENGTH = 1_000;
    private static final int DEFAULT_TEXT_AREA_LENGTH = 10_000;
    private static final Duration DEFAULT_TIME_STEP = Duration.ofMinutes(15);

    final Canvas canvas;
    final Block block;
    final RunAssets assets;
    private final String key;
    final boolean disabled;
    private final WidgetLook look;
    private final WidgetDrawing widgets;
    /** The query parameter this view's widget is bound to, or null. */
    private final String param;

    /** The {@code Ui} of a run outside any session (tests, benchmarks): media are refused. */
    public UiImpl(Canvas canvas) {
        this(canvas, RunAssets.detached());
    }

    /** The {@code Ui} of a run's slot. */
    public UiImpl(Canvas canvas, RunAssets assets) {
        this(canvas, canvas.root(), assets, null, false);
    }

    @Override
    public User user() {
        return assets.user();
    }

    public UiImpl(Canvas canvas, Block block, RunAssets assets, String key, boolean disabled) {
        this(canvas, block, assets, key, disabled, WidgetLook.PLAIN, null);
    }

    /**
     * A view of {@code block} whose widgets carry {@code key}, {@code disabled} and {@code look}, and
     * are bound to the query parameter {@code param} (null: none).
     */
    private UiImpl(
            Canvas canvas, Block block, RunAssets assets, String key, boolean disabled, WidgetLook look, String param) {
        this.canvas = canvas;
        this.block = block;
        this.assets = assets;
        this.key = key;
        this.disabled = disabled;
        this.look = look;
        this.param = param;
        this.widgets = new WidgetDrawing(canvas, block, key, disabled, look, param, assets.page());
    }

    /** Draws {@code element} here; the returned handle replaces it later. */
    ElementHandle draw(ObjectNode element) {
        return canvas.add(block, element);
    }

    @Override
    public void title(String text) {
        draw(Canvas.element("title").put("text", String.valueOf(text)));
    }

    @Override
    public void header(String text) {
        draw(Canvas.element("header").put("text", String.valueOf(text)));
    }

    @Override
    public void markdown(String markdown) {
        draw(Canvas.element("markdown").put("text", String.valueOf(markdown)));
    }

    @Override
    public void text(String text) {
        draw(Canvas.element("text").put("text", String.valueOf(text)));
    }

    @Override
    public void lineChart(List<? extends Number> values) {
        draw(Charts.indexed("line_chart", values));
    }

    @Override
    public void lineChart(List<?> x, Map<String, ? extends List<? extends Number>> series) {
        draw(Charts.series("line_chart", x, series));
    }

    @Override
    public void error(String message) {
        draw(Canvas.element("error").put("message", String.valueOf(message)));
    }

    // ---------------------------------------------------------------- text and data (Elements)

    @Override
    public void subheader(String text) {
        draw(Elements.text("subheader", "text", text));
    }

    @Override
    public void caption(String text) {
        draw(Elements.text("caption", "text", text));
    }

    @Override
    public void code(String code) {
        code(code, null);
    }

    @Override
    public void code(String code, String language) {
        draw(Elements.code(code, language));
    }

    @Override
    public void divider() {
        draw(Canvas.element("divider"));
    }

    @Override
    public void html(String html) {
        draw(Elements.text("html", "html", html));
    }

    @Override
    public void json(Object value) {
        draw(Elements.json(value));
    }

    @Override
    public void metric(String label, String value) {
        metric(label, value, null, DeltaColor.NORMAL);
    }

    @Override
    public void metric(String label, String value, String delta) {
        metric(label, value, delta, DeltaColor.NORMAL);
    }

    @Override
    public void metric(String label, String value, String delta, DeltaColor deltaColor) {
        draw(Elements.metric(label, value, delta, deltaColor));
    }

    @Override
    public void table(List<?> rows) {
        Objects.requireNonNull(rows, "rows");
        table(TableData.ofRows(rows));
    }

    @Override
    public void table(Map<String, ? extends List<?>> columns) {
        Objects.requireNonNull(columns, "columns");
        table(TableData.ofColumns(columns));
    }

    @Override
    public <T> Selection<T> table(Table<T> table) {
        Objects.requireNonNull(table, "table");
        if (table.selectMode() != TableSelect.NONE
                && table.source() instanceof Table.Query
                && table.keyField() == null) {
            // Its rows are found again by key for every selection: a query has no positions to keep.
            throw new IllegalArgumentException("A query table selects rows by key: give it key(\"column\"), the"
                    + " column of its result that identifies a row.");
        }
        TableModel model = TableReader.read(table);
        if (table.selectMode() == TableSelect.NONE) {
            table(model);
            return Selection.none();
        }
        @SuppressWarnings("unchecked")
        Selection<T> selected = (Selection<T>) widgets.tableSelection(table, model, assets.addTable(model));
        return selected;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Edits<T> dataEditor(Table<T> table) {
        Objects.requireNonNull(table, "table");
        TableEditor editor = TableEditor.of(table);
        String label = table.label() != null ? table.label() : "";
        AtomicReference<TableEditor.Edited> drawn = new AtomicReference<>();
        Object state = widgets.dataEditor(label, editor, (spec, value) -> {
            TableEditor.Edited edited = editor.edited(value);
            drawn.set(edited);
            ObjectNode element = editor.element(edited, assets.addTable(edited.view()), spec.id(), spec.disabled());
            // The cells show as the columns' formats write them, as in a plain table; the inputs take the values.
            CellTexts.put(element, edited.view(), assets.where());
            return element;
        });
        TableEditor.Edited edited = drawn.get() != null ? drawn.get() : editor.edited(state);
        return (Edits<T>) (Edits<?>) edited.edits();
    }

    @Override
    public <T> ChartSelection<T> chart(Chart<T> chart) {
        Objects.requireNonNull(chart, "chart");
        ChartPoints points = ChartDrawing.points(chart);
        ObjectNode element = ChartDrawing.element(chart, points);
        if (chart.selectMode() == ChartSelect.NONE) {
            draw(element);
            return ChartSelection.none();
        }
        ChartPick pick = widgets.chart(chart.title(), chart.selectMode(), points, element);
        return ChartDrawing.selection(chart, pick);
    }

    /** Keeps the table's rows with the run's assets and draws its first page. */
    void table(TableModel table) {
        ObjectNode element = table.element(assets.addTable(table));
        CellTexts.put(element, table, assets.where());
        draw(element);
    }

    @Override
    public void image(byte[] data) {
        image(data, null, 0);
    }

    @Override
    public void image(byte[] data, String caption, int width) {
        draw(Elements.image(assets, data, caption, width));
    }

    @Override
    public void image(String url) {
        image(url, null, 0);
    }

    @Override
    public void image(String url, String caption, int width) {
        draw(Elements.image(MediaTypes.imageUrl(url), caption, width));
    }

    @Override
    public void downloadButton(String label, byte[] data, String fileName, String mimeType) {
        draw(Elements.download(assets, label, data, fileName, mimeType));
    }

    // ---------------------------------------------------------------- charts (Charts)

    @Override
    public void lineChart(List<?> records, String x, String... y) {
        draw(Charts.records("line_chart", records, x, y));
    }

    @Override
    public void areaChart(List<? extends Number> values) {
        draw(Charts.indexed("area_chart", values));
    }

    @Override
    public void areaChart(List<?> x, Map<String, ? extends List<? extends Number>> series) {
        draw(Charts.series("area_chart", x, series));
    }

    @Override
    public void areaChart(List<?> records, String x, String... y) {
        draw(Charts.records("area_chart", records, x, y));
    }

    @Override
    public void barChart(List<? extends Number> values) {
        draw(Charts.indexed("bar_chart", values));
    }

    @Override
    public void barChart(List<?> x, Map<String, ? extends List<? extends Number>> series) {
        draw(Charts.series("bar_chart", x, series));
    }

    @Override
    public void barChart(List<?> records, String x, String... y) {
        draw(Charts.records("bar_chart", records, x, y));
    }

    @Override
    public void scatterChart(List<?> x, Map<String, ? extends List<? extends Number>> series) {
        draw(Charts.series("scatter_chart", x, series));
    }

    @Override
    public void scatterChart(List<?> records, String x, String... y) {
        draw(Charts.records("scatter_chart", records, x, y));
    }

    @Override
    public void lineChart(Table<?> table, String x, String... y) {
        draw(Charts.records("line_chart", ChartRows.of(table), x, y));
    }

    @Override
    public void areaChart(Table<?> table, String x, String... y) {
        draw(Charts.records("area_chart", ChartRows.of(table), x, y));
    }

    @Override
    public void barChart(Table<?> table, String x, String... y) {
        draw(Charts.records("bar_chart", ChartRows.of(table), x, y));
    }

    @Override
    public void scatterChart(Table<?> table, String x, String... y) {
        draw(Charts.records("scatter_chart", ChartRows.of(table), x, y));
    }

    @Override
    public void chart(Map<String, ?> option) {
        Objects.requireNonNull(option, "option");
        draw(Charts.option(Elements.toJson(option)));
    }

    @Override
    public void chart(String optionJson) {
        Objects.requireNonNull(optionJson, "optionJson");
        draw(Charts.option(Elements.toJson(optionJson)));
    }

    // ---------------------------------------------------------------- status (StatusElements)

    @Override
    public void info(String message) {
        draw(Elements.text("info", "message", message));
    }

    @Override
    public void success(String message) {
        draw(Elements.text("success", "message", message));
    }

    @Override
    public void warning(String message) {
        draw(Elements.text("warning", "message", message));
    }

    @Override
    public void exception(Throwable exception) {
        Objects.requireNonNull(exception, "exception");
        draw(Canvas.exception(exception, assets.showStackTraces()));
    }

    @Override
    public Spinner spinner(String text) {
        return StatusElements.spinner(canvas.addPassing(block, Elements.text("spinner", "text", text)));
    }

    @Override
    public Progress progress(double value, String text) {
        return new StatusElements.Bar(draw(StatusElements.progress(value, text)), text);
    }

    @Override
    public StatusBox status(String label) {
        Block box = canvas.container(block, StatusElements.status(StatusBox.State.RUNNING, label), List.of(), false)
                .get(0);
        return new StatusBoxImpl(this, box, String.valueOf(label));
    }

    @Override
    public void toast(String message) {
        assets.toast(String.valueOf(message));
    }

    // ---------------------------------------------------------------- display by type (Display)

    @Override
    public void display(Object value) {
        Display.draw(this, value);
    }

    @Override
    public int slider(String label, int min, int max, int value) {
        return widgets.slider(label, min, max, value);
    }

    @Override
    public double slider(String label, double min, double max, double value, double step) {
        return widgets.slider(label, min, max, value, step);
    }

    @Override
    public <T> T selectbox(String label, List<T> options) {
        return selectbox(label, options, 0);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T selectbox(String label, List<T> options, int index) {
        return (T) widgets.selectbox(label, options, index);
    }

    @Override
    public <V> V component(dev.weft.Component<V> component, String label, Object props) {
        return widgets.component(component, label, props);
    }

    @Override
    public boolean checkbox(String label, boolean value) {
        return widgets.checkbox(label, value);
    }

    @Override
    public String textInput(String label, String value) {
        return textInput(label, value, DEFAULT_TEXT_LENGTH);
    }

    @Override
    public String textInput(String label, String value, int maxLength) {
        return widgets.textInput(label, value, maxLength);
    }

    @Override
    public int numberInput(String label, int min, int max, int value) {
        return widgets.numberInput(label, min, max, value);
    }

    @Override
    public double numberInput(String label, double min, double max, double value, double step) {
        return widgets.numberInput(label, min, max, value, step);
    }

    @Override
    public boolean button(String label) {
        return widgets.button(label);
    }

    @Override
    public UiImpl key(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A widget key must not be blank.");
        }
        return new UiImpl(canvas, block, assets, key, disabled, look, param);
    }

    @Override
    public UiImpl disabled() {
        return new UiImpl(canvas, block, assets, key, true, look, param);
    }

    @Override
    public UiImpl help(String text) {
        return new UiImpl(canvas, block, assets, key, disabled, look.withHelp(text), param);
    }

    @Override
    public UiImpl placeholder(String text) {
        return new UiImpl(canvas, block, assets, key, disabled, look.withPlaceholder(text), param);
    }

    @Override
    public UiImpl labelVisibility(LabelVisibility visibility) {
        return new UiImpl(canvas, block, assets, key, disabled, look.withVisibility(visibility), param);
    }

    @Override
    public List<Ui> columns(int count) {
        return columns(Layout.equalWidths(count));
    }

    @Override
    public List<Ui> columns(double... widths) {
        return views(canvas.container(block, Canvas.element("columns"), Layout.columns(widths), false));
    }

    @Override
    public List<Ui> tabs(String... labels) {
        return views(canvas.container(block, Canvas.element("tabs"), Layout.tabs(labels), false));
    }

    @Override
    public Ui expander(String label) {
        return expander(label, false);
    }

    @Override
    public Ui expander(String label, boolean expanded) {
        ObjectNode head =
                Canvas.element("expander").put("label", String.valueOf(label)).put("expanded", expanded);
        return views(canvas.container(block, head, List.of(), false)).get(0);
    }

    @Override
    public Ui container() {
        return views(canvas.container(block, Canvas.element("container"), List.of(), false))
                .get(0);
    }

    @Override
    public Ui empty() {
        return views(canvas.container(block, Canvas.element("empty"), List.of(), true))
                .get(0);
    }

    @Override
    public Ui container(Container options) {
        return views(canvas.container(block, Layout.container(options), List.of(), false))
                .get(0);
    }

    @Override
    public Dialog dialog(String title) {
        return dialog(title, Dialog.Width.SMALL);
    }

    @Override
    public Dialog dialog(String title, Dialog.Width width) {
        return DialogUi.draw(canvas, block, assets, key, disabled, title, Objects.requireNonNull(width, "width"));
    }

    @Override
    public Ui popover(String label) {
        return views(canvas.container(block, Layout.popover(label), List.of(), false))
                .get(0);
    }

    // ---------------------------------------------------------------- pages (PageLinks)

    @Override
    public void switchPage(Class<?> page) {
        PageLinks.switchTo(assets.pages(), page);
    }

    @Override
    public void pageLink(Class<?> page) {
        draw(PageLinks.link(assets.pages(), page, null, null));
    }

    @Override
    public void pageLink(Class<?> page, String label) {
        draw(PageLinks.link(assets.pages(), page, String.valueOf(label), null));
    }

    @Override
    public void pageLink(Class<?> page, String label, String icon) {
        draw(PageLinks.link(assets.pages(), page, String.valueOf(label), icon == null ? "" : icon));
    }

    // ---------------------------------------------------------------- more widgets, uploads and forms

    @Override
    public Range<Integer> rangeSlider(String label, int min, int max, int low, int high) {
        return widgets.rangeSlider(label, min, max, low, high);
    }

    @Override
    public Range<Double> rangeSlider(String label, double min, double max, double low, double high, double step) {
        return widgets.rangeSlider(label, min, max, low, high, step);
    }

    @Override
    public <T> List<T> multiselect(String label, List<T> options) {
        return multiselect(label, options, List.of());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> List<T> multiselect(String label, List<T> options, List<T> defaults) {
        return (List<T>) widgets.picks(label, options, defaults, 0);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> List<T> multiselect(String label, List<T> options, List<T> defaults, int maxSelections) {
        return (List<T>) widgets.multiselect(label, options, defaults, maxSelections);
    }

    @Override
    public <T> T radio(String label, List<T> options) {
        return radio(label, options, 0);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T radio(String label, List<T> options, int index) {
        return (T) widgets.radio(label, options, index);
    }

    @Override
    public boolean toggle(String label, boolean value) {
        return widgets.toggle(label, value);
    }

    @Override
    public String textArea(String label, String value) {
        return textArea(label, value, DEFAULT_TEXT_AREA_LENGTH);
    }

    @Override
    public String textArea(String label, String value, int maxLength) {
        return widgets.textArea(label, value, maxLength);
    }

    @Override
    public LocalDate dateInput(String label, LocalDate value) {
        return dateInput(label, value, null, null);
    }

    @Override
    public LocalDate dateInput(String label, LocalDate value, LocalDate min, LocalDate max) {
        return widgets.dateInput(label, value, min, max);
    }

    @Override
    public LocalTime timeInput(String label, LocalTime value) {
        return timeInput(label, value, DEFAULT_TIME_STEP);
    }

    @Override
    public LocalTime timeInput(String label, LocalTime value, Duration step) {
        return widgets.timeInput(label, value, step);
    }

    @Override
    public String colorPicker(String label, String value) {
        return widgets.colorPicker(label, value);
    }

    @Override
    public Optional<UploadedFile> fileUploader(String label, List<String> types, long maxBytes) {
        return widgets.uploader(label, types, maxBytes, 1).stream().findFirst();
    }

    @Override
    public List<UploadedFile> fileUploader(String label, List<String> types, long maxBytes, int maxFiles) {
        return widgets.fileUploader(label, types, maxBytes, maxFiles);
    }

    @Override
    public Form form(String key) {
        return new UiImpl(canvas, canvas.form(block, key), assets, null, disabled);
    }

    @Override
    public boolean submitButton(String label) {
        return widgets.submitButton(label);
    }

    // ---------------------------------------------------------------- pills, segments, select sliders, date ranges,
    // links

    @Override
    public <T> Optional<T> pills(String label, List<T> options) {
        return pills(label, options, null);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Optional<T> pills(String label, List<T> options, T selected) {
        return (Optional<T>) widgets.optionalChoice("pills", label, options, selected);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> List<T> multiPills(String label, List<T> options, List<T> defaults) {
        return (List<T>) widgets.multiChoice("pills", label, options, defaults);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Optional<T> segmentedControl(String label, List<T> options, T selected) {
        return (Optional<T>) widgets.optionalChoice("segmented_control", label, options, selected);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> List<T> multiSegmentedControl(String label, List<T> options, List<T> defaults) {
        return (List<T>) widgets.multiChoice("segmented_control", label, options, defaults);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T selectSlider(String label, List<T> options, T value) {
        return (T) widgets.selectSlider(label, options, value);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> OptionRange<T> rangeSelectSlider(String label, List<T> options, T low, T high) {
        return (OptionRange<T>) widgets.rangeSelectSlider(label, options, low, high);
    }

    @Override
    public DateRange dateRangeInput(String label, DateRange value) {
        return dateRangeInput(label, value, null, null);
    }

    @Override
    public DateRange dateRangeInput(String label, DateRange value, LocalDate min, LocalDate max) {
        return widgets.dateRangeInput(label, value, min, max);
    }

    @Override
    public void linkButton(String label, String url) {
        draw(look.apply(Elements.link(label, url)));
    }

    /** Views of new containers: no key (it was for one widget), but still disabled if this view is. */
    private List<Ui> views(List<Block> blocks) {
        List<Ui> views = new ArrayList<>(blocks.size());
        for (Block target : blocks) {
            views.add(new UiImpl(canvas, target, assets, null, disabled));
        }
        return List.copyOf(views);
    }

    // ---------------------------------------------------------------- the URL and the request

    @Override
    public QueryParams queryParams() {
        return new RunQueryParams(assets.page(), canvas);
    }

    @Override
    public UiImpl queryParam(String name) {
        return new UiImpl(canvas, block, assets, key, disabled, look, RunQueryParams.name(name));
    }

    @Override
    public PageContext context() {
        canvas.checkRunning();
        return assets.page().context();
    }

    // ---------------------------------------------------------------- chat

    @Override
    public String chatInput(String placeholder) {
        return chatInput(placeholder, ChatWidgets.DEFAULT_LENGTH);
    }

    @Override
    public String chatInput(String placeholder, int maxLength) {
        return widgets.chatInput(placeholder, maxLength);
    }

    @Override
    public Ui chatMessage(String role) {
        return chatMessage(role, null);
    }

    @Override
    public Ui chatMessage(String role, String avatar) {
        return new UiImpl(canvas, Chat.drawMessage(canvas, block, role, avatar), assets, key, disabled, look, param);
    }

    @Override
    public String writeStream(Iterator<String> tokens) {
        Objects.requireNonNull(tokens, "tokens");
        return Chat.stream(canvas, block, assets, stream -> stream.read(tokens));
    }

    @Override
    public String writeStream(Flow.Publisher<String> tokens) {
        Objects.requireNonNull(tokens, "tokens");
        return Chat.stream(canvas, block, assets, stream -> stream.read(tokens));
    }

    @Override
    public void rerun() {
        canvas.checkRunning();
        assets.reruns().rerun(null);
    }

    @Override
    public void rerun(String fragment) {
        canvas.checkRunning();
        assets.reruns().rerun(assets.reruns().checked(fragment));
    }

    @Override
    public String sessionId() {
        return assets.reruns().sessionId();
    }
}
