package dev.weft.runtime.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.ChartSelect;
import dev.weft.Range;
import dev.weft.UploadedFile;
import dev.weft.runtime.charts.ChartPick;
import dev.weft.runtime.charts.ChartPoints;
import dev.weft.runtime.tables.TableEditor;
import dev.weft.runtime.tables.TableModel;
import dev.weft.runtime.uploads.FileTypes;
import dev.weft.runtime.uploads.SessionUploads;
import dev.weft.runtime.widgets.ButtonWidgets;
import dev.weft.runtime.widgets.ChartWidgets;
import dev.weft.runtime.widgets.ChoiceWidgets;
import dev.weft.runtime.widgets.EditorWidgets;
import dev.weft.runtime.widgets.FormWidgets;
import dev.weft.runtime.widgets.NumberWidgets;
import dev.weft.runtime.widgets.PickerWidgets;
import dev.weft.runtime.widgets.TableWidgets;
import dev.weft.runtime.widgets.TextWidgets;
import dev.weft.runtime.widgets.ToggleWidgets;
import dev.weft.runtime.widgets.UploadWidgets;
import dev.weft.runtime.widgets.WidgetSpec;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * The widgets of one view of a run's canvas: each builds its spec (what values it accepts), draws it
 * into the view's block with the view's key and disabled state, and returns its current value. The
 * {@link UiImpl} of the view delegates its widget methods here.
 */
final class WidgetDrawing {

    private final Canvas canvas;
    private final Block block;
    private final String key;
    private final boolean disabled;
    /** The query parameter this view's widget is bound to, or null. */
    private final String param;

    private final PageLink page;

    WidgetDrawing(Canvas canvas, Block block, String key, boolean disabled) {
        this(canvas, block, key, disabled, null, PageLink.NONE);
    }

    /** Widgets bound to {@code param} (null: none) of {@code page}; the parameter is their key unless one is given. */
    WidgetDrawing(Canvas canvas, Block block, String key, boolean disabled, String param, PageLink page) {
        this.canvas = canvas;
        this.block = block;
        this.key = key == null ? param : key;
        this.disabled = disabled;
        this.param = param;
        this.page = page;
    }

    int slider(String label, int min, int max, int value) {
        return (Integer) widget(
                "slider", label, id -> new NumberWidgets.IntRange("slider", id, label, disabled, min, max, value));
    }

    double slider(String label, double min, double max, double value, double step) {
        return (Double) widget(
                "slider",
                label,
                id -> new NumberWidgets.DecimalRange("slider", id, label, disabled, min, max, step, value));
    }

    String selectbox(String label, List<String> options, int index) {
        return (String) widget(
                "selectbox", label, id -> new ChoiceWidgets.Choice("selectbox", id, label, disabled, options, index));
    }

    boolean checkbox(String label, boolean value) {
        return (Boolean)
                widget("checkbox", label, id -> new ToggleWidgets.Toggle("checkbox", id, label, disabled, value));
    }

    String textInput(String label, String value, int maxLength) {
        return (String) widget(
                "text_input", label, id -> new TextWidgets.Text("text_input", id, label, disabled, value, maxLength));
    }

    int numberInput(String label, int min, int max, int value) {
        return (Integer) widget(
                "number_input",
                label,
                id -> new NumberWidgets.IntRange("number_input", id, label, disabled, min, max, value));
    }

    double numberInput(String label, double min, double max, double value, double step) {
        return (Double) widget(
                "number_input",
                label,
                id -> new NumberWidgets.DecimalRange("number_input", id, label, disabled, min, max, step, value));
    }

    boolean button(String label) {
        return (Boolean) widget("button", label, id -> new ButtonWidgets.Button("button", id, label, disabled));
    }

    @SuppressWarnings("unchecked")
    Range<Integer> rangeSlider(String label, int min, int max, int low, int high) {
        return (Range<Integer>) widget(
                "range_slider",
                label,
                id -> new NumberWidgets.IntRangeSlider("range_slider", id, label, disabled, min, max, low, high));
    }

    @SuppressWarnings("unchecked")
    Range<Double> rangeSlider(String label, double min, double max, double low, double high, double step) {
        return (Range<Double>) widget(
                "range_slider",
                label,
                id -> new NumberWidgets.DecimalRangeSlider(
                        "range_slider", id, label, disabled, min, max, step, low, high));
    }

    List<String> multiselect(String label, List<String> options, List<String> defaults, int maxSelections) {
        if (maxSelections < 1) {
            throw new IllegalArgumentException(
                    label + ": maxSelections must be at least 1, not " + maxSelections + ".");
        }
        return picks(label, options, defaults, maxSelections);
    }

    @SuppressWarnings("unchecked")
    List<String> picks(String label, List<String> options, List<String> defaults, int max) {
        return (List<String>) widget(
                "multiselect",
                label,
                id -> new ChoiceWidgets.MultiSelect("multiselect", id, label, disabled, options, defaults, max));
    }

    String radio(String label, List<String> options, int index) {
        return (String)
                widget("radio", label, id -> new ChoiceWidgets.Choice("radio", id, label, disabled, options, index));
    }

    boolean toggle(String label, boolean value) {
        return (Boolean) widget("toggle", label, id -> new ToggleWidgets.Toggle("toggle", id, label, disabled, value));
    }

    String textArea(String label, String value, int maxLength) {
        return (String) widget(
                "text_area", label, id -> new TextWidgets.Text("text_area", id, label, disabled, value, maxLength));
    }

    LocalDate dateInput(String label, LocalDate value, LocalDate min, LocalDate max) {
        return (LocalDate) widget(
                "date_input",
                label,
                id -> new PickerWidgets.DateInput("date_input", id, label, disabled, value, min, max));
    }

    LocalTime timeInput(String label, LocalTime value, Duration step) {
        Objects.requireNonNull(step, "step");
        if (step.getNano() != 0 || step.getSeconds() < 1 || step.getSeconds() > PickerWidgets.MAX_TIME_STEP) {
            throw new IllegalArgumentException(
                    label + ": the step must be a whole number of seconds from 1 s to 12 h, not " + step + ".");
        }
        int seconds = (int) step.getSeconds();
        return (LocalTime) widget(
                "time_input",
                label,
                id -> new PickerWidgets.TimeInput("time_input", id, label, disabled, value, seconds));
    }

    String colorPicker(String label, String value) {
        return (String) widget(
                "color_picker", label, id -> new PickerWidgets.ColorPicker("color_picker", id, label, disabled, value));
    }

    List<UploadedFile> fileUploader(String label, List<String> types, long maxBytes, int maxFiles) {
        if (maxFiles < 1 || maxFiles > UploadWidgets.MAX_FILES) {
            throw new IllegalArgumentException(
                    label + ": maxFiles must be from 1 to " + UploadWidgets.MAX_FILES + ", not " + maxFiles + ".");
        }
        return uploader(label, types, maxBytes, maxFiles);
    }

    @SuppressWarnings("unchecked")
    List<UploadedFile> uploader(String label, List<String> types, long maxBytes, int maxFiles) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException(label + ": maxBytes must be at least 1, not " + maxBytes + ".");
        }
        List<String> accepted = FileTypes.normalize(Objects.requireNonNull(types, "types"));
        SessionUploads uploads = canvas.uploads();
        return (List<UploadedFile>) widget(
                "file_uploader",
                label,
                id -> new UploadWidgets.FileUploader(
                        "file_uploader",
                        id,
                        label,
                        disabled,
                        accepted,
                        uploads.server().limit(maxBytes),
                        maxFiles,
                        uploads.token(canvas.slot(), id),
                        uploads));
    }

    boolean submitButton(String label) {
        if (block.form == null
                || block.head == null
                || !"form".equals(block.head.path("t").asText())) {
            throw new IllegalStateException("'" + label + "': a submit button is drawn on a form itself: call"
                    + " submitButton on the Form that ui.form(key) returned.");
        }
        return (Boolean) widget(
                "form_submit_button",
                label,
                id -> new FormWidgets.SubmitButton("form_submit_button", id, label, disabled));
    }

    /** A chart that selects; untitled charts are labelled "Chart". */
    ChartPick chart(String title, ChartSelect mode, ChartPoints points, ObjectNode element) {
        String label = title == null ? "Chart" : title;
        return (ChartPick) widget(
                "chart_select",
                label,
                id -> new ChartWidgets.ChartInput("chart_select", id, label, disabled, mode, points, element));
    }

    /**
     * A table the user selects in, as a widget: its id is the table's kind and label (or the view's
     * key), its value the {@link dev.weft.Selection}; {@code tableId} names its rows in the run's assets.
     */
    Object tableSelection(dev.weft.Table<?> table, TableModel model, String tableId) {
        String label = table.label();
        unbound(label, "table");
        return canvas.widget(
                block,
                TableWidgets.KIND,
                String.valueOf(label),
                key,
                id -> new TableWidgets.Selecting(
                        id,
                        label,
                        disabled,
                        tableId,
                        model,
                        table.selectMode(),
                        table.keyGetter(),
                        table.keyGetter() != null || table.keyField() != null));
    }

    /**
     * Draws a data editor as the table {@code json} makes from its spec and edits, and returns its
     * edits; not in a form, since each edit is sent at once.
     */
    Object dataEditor(
            String label,
            TableEditor editor,
            java.util.function.BiFunction<WidgetSpec, Object, com.fasterxml.jackson.databind.node.ObjectNode> json) {
        unbound(label, "data editor");
        if (block.form != null) {
            throw new IllegalStateException("'" + label + "': a data editor sends each edit as it is made, so it"
                    + " cannot be drawn in a form. Draw it outside the form.");
        }
        return canvas.widget(
                block,
                "data_editor",
                label,
                key,
                id -> new EditorWidgets.DataEditor("data_editor", id, label, disabled, editor),
                json);
    }

    Object widget(String kind, String label, java.util.function.Function<String, WidgetSpec> spec) {
        if (param == null) {
            return canvas.widget(block, kind, String.valueOf(label), key, spec);
        }
        PageLink.Bound bound = page.bound(param);
        return canvas.widget(
                block,
                kind,
                String.valueOf(label),
                key,
                spec,
                WidgetSpec::toJson,
                new Canvas.Binding(param, bound.values(), bound.fromLink()));
    }

    private void unbound(String label, String what) {
        if (param != null) {
            throw new IllegalArgumentException("'" + label + "': a " + what
                    + " cannot be bound to a query parameter; bind a widget that has a value to show.");
        }
    }
}
