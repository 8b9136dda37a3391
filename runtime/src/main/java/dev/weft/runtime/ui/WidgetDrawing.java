package dev.weft.runtime.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.ChartSelect;
import dev.weft.DateRange;
import dev.weft.OptionRange;
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
import dev.weft.runtime.widgets.ChatWidgets;
import dev.weft.runtime.widgets.ChoiceOptions;
import dev.weft.runtime.widgets.ChoiceWidgets;
import dev.weft.runtime.widgets.ComponentWidgets;
import dev.weft.runtime.widgets.DateRangeWidgets;
import dev.weft.runtime.widgets.EditorWidgets;
import dev.weft.runtime.widgets.FormWidgets;
import dev.weft.runtime.widgets.NumberWidgets;
import dev.weft.runtime.widgets.PickerWidgets;
import dev.weft.runtime.widgets.TableWidgets;
import dev.weft.runtime.widgets.TextWidgets;
import dev.weft.runtime.widgets.ToggleWidgets;
import dev.weft.runtime.widgets.UploadWidgets;
import dev.weft.runtime.widgets.WidgetLook;
import dev.weft.runtime.widgets.WidgetSpec;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
    private final WidgetLook look;

    /** The query parameter this view's widget is bound to, or null. */
    private final String param;

    private final PageLink page;

    WidgetDrawing(Canvas canvas, Block block, String key, boolean disabled) {
        this(canvas, block, key, disabled, WidgetLook.PLAIN, null, PageLink.NONE);
    }

    /**
     * Widgets with {@code look}, bound to {@code param} (null: none) of {@code page}; the parameter is
     * their key unless one is given.
     */
    WidgetDrawing(
            Canvas canvas, Block block, String key, boolean disabled, WidgetLook look, String param, PageLink page) {
        this.canvas = canvas;
        this.block = block;
        this.key = key == null ? param : key;
        this.disabled = disabled;
        this.look = look;
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

    Object selectbox(String label, List<?> options, int index) {
        return choice("selectbox", label, options, index);
    }

    /** One of {@code options}, initially the one at {@code index}: a select box, radio or select slider. */
    Object choice(String kind, String label, List<?> options, int index) {
        ChoiceOptions choices = ChoiceOptions.of(label, options);
        if (index < 0 || index >= choices.size()) {
            throw new IllegalArgumentException(
                    label + ": the index " + index + " is not that of one of the " + choices.size() + " options.");
        }
        return widget(kind, label, id -> new ChoiceWidgets.Choice(kind, id, label, disabled, choices, index));
    }

    /** One of {@code options} or none, initially {@code selected}: pills or a segmented control. */
    Optional<?> optionalChoice(String kind, String label, List<?> options, Object selected) {
        ChoiceOptions choices = ChoiceOptions.of(label, options);
        int index = choices.indexOf(selected);
        if (selected != null && index < 0) {
            throw new IllegalArgumentException(label + ": " + selected + " is not one of the options " + options + ".");
        }
        return (Optional<?>)
                widget(kind, label, id -> new ChoiceWidgets.Choice(kind, id, label, disabled, choices, index, true));
    }

    /** A select slider's value, initially {@code value}. */
    Object selectSlider(String label, List<?> options, Object value) {
        ChoiceOptions choices = ChoiceOptions.of(label, options);
        int index = choices.indexOf(value);
        if (index < 0) {
            throw new IllegalArgumentException(label + ": " + value + " is not one of the options " + options + ".");
        }
        return choice("select_slider", label, options, index);
    }

    /** A select slider with two handles, initially from {@code low} to {@code high}. */
    OptionRange<?> rangeSelectSlider(String label, List<?> options, Object low, Object high) {
        ChoiceOptions choices = ChoiceOptions.of(label, options);
        int from = choices.indexOf(low);
        int to = choices.indexOf(high);
        if (from < 0 || to < 0 || from > to) {
            throw new IllegalArgumentException(label + ": the range " + low + "–" + high + " must run between two of"
                    + " the options " + options + ", its low end not after its high end.");
        }
        return (OptionRange<?>) widget(
                "range_select_slider",
                label,
                id -> new ChoiceWidgets.RangeSelect("range_select_slider", id, label, disabled, choices, from, to));
    }

    /** Several of {@code options}: pills or a segmented control that pick several. */
    List<?> multiChoice(String kind, String label, List<?> options, List<?> defaults) {
        ChoiceOptions choices = ChoiceOptions.of(label, options);
        List<Object> initial = List.copyOf(Objects.requireNonNull(defaults, "defaults"));
        return (List<?>) widget(
                kind, label, id -> new ChoiceWidgets.MultiSelect(kind, id, label, disabled, choices, initial, 0));
    }

    DateRange dateRangeInput(String label, DateRange value, LocalDate min, LocalDate max) {
        return (DateRange) widget(
                "date_range_input",
                label,
                id -> new DateRangeWidgets.DateRangeInput("date_range_input", id, label, disabled, value, min, max));
    }

    /** A component of the app's own; null while it has no value. */
    <V> V component(dev.weft.Component<V> component, String label, Object props) {
        java.util.Objects.requireNonNull(component, "component");
        unbound(label, "component");
        Object value = widget(
                component.isStreamlit() ? "streamlit_component" : "component",
                label,
                id -> ComponentWidgets.Custom.of(id, label, disabled, component, props));
        return value == ComponentWidgets.NO_VALUE ? null : component.valueType().cast(value);
    }

    boolean checkbox(String label, boolean value) {
        return (Boolean)
                widget("checkbox", label, id -> new ToggleWidgets.Toggle("checkbox", id, label, disabled, value));
    }

    String textInput(String label, String value, int maxLength) {
        return (String) widget(
                "text_input", label, id -> new TextWidgets.Text("text_input", id, label, disabled, value, maxLength));
    }

    /** A chat input: the message sent, in the run its sending caused; else null. */
    String chatInput(String placeholder, int maxLength) {
        String sent = (String) widget(
                "chat_input",
                placeholder,
                id -> new ChatWidgets.ChatInput("chat_input", id, placeholder, disabled, maxLength));
        return sent.isEmpty() ? null : sent;
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

    List<?> multiselect(String label, List<?> options, List<?> defaults, int maxSelections) {
        if (maxSelections < 1) {
            throw new IllegalArgumentException(
                    label + ": maxSelections must be at least 1, not " + maxSelections + ".");
        }
        return picks(label, options, defaults, maxSelections);
    }

    List<?> picks(String label, List<?> options, List<?> defaults, int max) {
        ChoiceOptions choices = ChoiceOptions.of(label, options);
        List<Object> initial = List.copyOf(Objects.requireNonNull(defaults, "defaults"));
        return (List<?>) widget(
                "multiselect",
                label,
                id -> new ChoiceWidgets.MultiSelect("multiselect", id, label, disabled, choices, initial, max));
    }

    Object radio(String label, List<?> options, int index) {
        return choice("radio", label, options, index);
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
        look.check(TableWidgets.KIND, String.valueOf(label));
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
        look.check("data_editor", label);
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
        look.check(kind, String.valueOf(label));
        if (param == null) {
            return canvas.widget(
                    block, kind, String.valueOf(label), key, spec, (widget, value) -> look.apply(widget.toJson(value)));
        }
        PageLink.Bound bound = page.bound(param);
        return canvas.widget(
                block,
                kind,
                String.valueOf(label),
                key,
                spec,
                (widget, value) -> look.apply(widget.toJson(value)),
                new Canvas.Binding(param, bound.values(), bound.fromLink()));
    }

    private void unbound(String label, String what) {
        if (param != null) {
            throw new IllegalArgumentException("'" + label + "': a " + what
                    + " cannot be bound to a query parameter; bind a widget that has a value to show.");
        }
    }
}
