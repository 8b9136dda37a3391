package dev.weft.runtime.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.LimitedException;
import dev.weft.runtime.charts.Charts;
import dev.weft.runtime.uploads.SessionUploads;
import dev.weft.runtime.widgets.FormWidgets;
import dev.weft.runtime.widgets.UrlValues;
import dev.weft.runtime.widgets.WidgetSpec;
import dev.weft.runtime.wire.Errors;
import dev.weft.runtime.wire.ProtocolException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What one fragment run draws: a tree of elements (the slot's root {@link Block}, with containers
 * nested in it) and its widgets with their values.
 *
 * <p>Thread-safe: a fragment may draw from several threads. Every change calls the canvas's listener
 * (under this canvas's lock: it must be quick and take no other lock that is held while calling into
 * a canvas), so that the run's output so far can be sent while it goes on ({@link #snapshot()}).
 * Once the run has ended ({@link #seal()}) further drawing is ignored, so a thread the fragment
 * leaked cannot change a finished slot. Once the run has been {@linkplain #cancel() cancelled}, every
 * drawing call throws {@link RunCancelledError} instead, ending the run at its next {@code Ui} call.
 */
public final class Canvas {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /**
     * What a finished run drew: its elements, each widget's spec and value by id, and the form each
     * widget drawn in a form belongs to.
     */
    public record Drawing(
            List<ObjectNode> elements,
            Map<String, WidgetSpec> widgets,
            Map<String, Object> values,
            Map<String, String> forms,
            Map<String, String> params) {}

    /**
     * A widget bound to the URL's query parameter {@code param}, with that parameter's values now.
     *
     * @param fromLink whether the values came from the address bar: a refused one is noted under the widget
     */
    record Binding(String param, List<String> values, boolean fromLink) {}

    private final Map<String, Object> values;
    private final Runnable changed;
    private final Block root = new Block(null, false, null);
    private final Map<String, WidgetSpec> widgets = new LinkedHashMap<>();
    private final Map<String, Object> drawnValues = new HashMap<>();
    private final Map<String, Integer> seen = new HashMap<>();
    private final SessionUploads uploads;
    private final String slot;
    private final Map<String, String> widgetForms = new HashMap<>();
    private final Map<String, Block> forms = new LinkedHashMap<>();
    private final Set<String> submittable = new HashSet<>();
    /** The query parameter each bound widget is bound to, by widget id. */
    private final Map<String, String> params = new LinkedHashMap<>();

    private boolean sealed;
    private volatile boolean cancelled;
    /** Whether the run drew a chart (an element the browser draws with ECharts). */
    private boolean drewChart;

    /** @param values the widget values this run starts with, by widget id */
    public Canvas(Map<String, Object> values) {
        this(values, () -> {});
    }

    /**
     * @param values the widget values this run starts with, by widget id
     * @param changed called after every change to what the canvas shows, under its lock
     */
    public Canvas(Map<String, Object> values, Runnable changed) {
        this(values, changed, null, null);
    }

    /**
     * @param values the widget values this run starts with, by widget id
     * @param changed called after every change to what the canvas shows, under its lock
     * @param uploads the session's uploads, for file uploaders (null: none can be drawn)
     * @param slot the fragment this canvas draws for
     */
    public Canvas(Map<String, Object> values, Runnable changed, SessionUploads uploads, String slot) {
        this.values = Map.copyOf(values);
        this.changed = changed;
        this.uploads = uploads;
        this.slot = slot;
    }

    public static ObjectNode element(String type) {
        return JSON.objectNode().put("t", type);
    }

    /** The slot itself: where a fragment's {@code Ui} draws. */
    Block root() {
        return root;
    }

    /** Draws {@code element} at the end of {@code block}; the element must not be changed afterwards. */
    synchronized ElementHandle add(Block block, ObjectNode element) {
        checkNotCancelled();
        ElementHandle handle = new ElementHandle(this, element, null);
        append(block, handle);
        return handle;
    }

    /**
     * Draws {@code element} at the end of {@code block} for as long as the run goes on: it is shown
     * in partial output until removed, and never in the run's final content.
     */
    synchronized ElementHandle addPassing(Block block, ObjectNode element) {
        checkNotCancelled();
        ElementHandle handle = new ElementHandle(this, element, null, true);
        append(block, handle);
        return handle;
    }

    /** Replaces a container's element (its {@code children} are kept). */
    synchronized void replaceHead(Block block, ObjectNode head) {
        checkNotCancelled();
        if (!sealed) {
            block.head = head;
            changed.run();
        }
    }

    /**
     * Draws a container at the end of {@code parent}: {@code head} with one child container per
     * element of {@code childHeads} (columns, tabs), or, when {@code childHeads} is empty, the
     * container itself. Returns the blocks to draw into: the child containers, or the container.
     *
     * @param single whether the container holds at most one element ({@code ui.empty()})
     */
    synchronized List<Block> container(Block parent, ObjectNode head, List<ObjectNode> childHeads, boolean single) {
        checkNotCancelled();
        Block container = new Block(head, single && childHeads.isEmpty(), parent.form);
        List<Block> targets = new ArrayList<>(Math.max(1, childHeads.size()));
        for (ObjectNode childHead : childHeads) {
            Block child = new Block(childHead, false, parent.form);
            container.children.add(child);
            targets.add(child);
        }
        if (childHeads.isEmpty()) {
            targets.add(container);
        }
        append(parent, container);
        return targets;
    }

    /**
     * Draws a widget at the end of {@code block} and returns its value: the one kept from earlier
     * runs if the spec still allows it, else the spec's initial value. A widget's id depends on its
     * kind, label and how many such widgets the run drew before (or on its key), never on the
     * container it is drawn in.
     *
     * @param key the widget's explicit key, or null to identify it by kind, label and position
     * @param spec makes the spec from the widget's id
     */
    synchronized Object widget(Block block, String kind, String label, String key, Function<String, WidgetSpec> spec) {
        return widget(block, kind, label, key, spec, WidgetSpec::toJson);
    }

    /**
     * Draws a widget as {@link #widget(Block, String, String, String, Function)} does, its element
     * made by {@code json} from the spec and the value (a data editor is drawn as its table).
     */
    synchronized Object widget(
            Block block,
            String kind,
            String label,
            String key,
            Function<String, WidgetSpec> spec,
            java.util.function.BiFunction<WidgetSpec, Object, ObjectNode> json) {
        return widget(block, kind, label, key, spec, json, null);
    }

    /**
     * Draws a widget as {@link #widget(Block, String, String, String, Function)} does; a bound one
     * ({@code binding} not null) takes its value from the URL's parameter, checked as a browser's
     * value is, or its default where the URL has none or one the widget refuses.
     */
    synchronized Object widget(
            Block block,
            String kind,
            String label,
            String key,
            Function<String, WidgetSpec> spec,
            java.util.function.BiFunction<WidgetSpec, Object, ObjectNode> json,
            Binding binding) {
        checkNotCancelled();
        Forms.checkWidget(block, kind, label);
        String id = key != null
                ? "key:" + key
                : kind + ":" + label + ":" + (seen.merge(kind + ":" + label, 1, Integer::sum) - 1);
        if (widgets.containsKey(id)) {
            throw new IllegalArgumentException(
                    "Two widgets of this fragment have the key '" + key + "'. Give each widget its own key.");
        }
        WidgetSpec widget = spec.apply(id);
        Object kept = values.get(id);
        String note = null;
        Object value;
        if (binding == null) {
            value = kept != null ? widget.carry(kept) : widget.initial();
        } else {
            if (!UrlValues.bindable(widget)) {
                throw new IllegalArgumentException("'" + label + "': a " + kind.replace('_', ' ')
                        + " cannot be bound to a query parameter; bind a widget that has a value to show.");
            }
            value = widget.initial();
            if (!binding.values().isEmpty()) {
                try {
                    value = UrlValues.fromUrl(widget, binding.values());
                } catch (ProtocolException refused) {
                    note = binding.fromLink() ? UrlNotes.refused(binding.param(), refused.getMessage()) : null;
                }
            }
        }
        if (!sealed) {
            widgets.put(id, widget);
            // A click counts for the run it caused only: afterwards the button is unclicked again.
            drawnValues.put(id, widget.clicks() ? widget.initial() : value);
            ObjectNode element = json.apply(widget, value);
            if (binding != null) {
                params.put(id, binding.param());
                element.put("param", binding.param());
            }
            if (note != null) {
                element.put("note", note);
            }
            if (block.form != null) {
                element.put("form", block.form);
                widgetForms.put(id, block.form);
                if (widget instanceof FormWidgets.SubmitButton) {
                    submittable.add(block.form);
                }
            }
            append(block, new ElementHandle(this, element, id));
        }
        return value;
    }

    /**
     * Draws a container that is also a widget (a dialog) at the end of {@code parent}: its element
     * is the widget's, showing its value, with the container's {@code children}. Identified as
     * {@link #widget(Block, String, String, String, Function)} identifies widgets. Returns the
     * container; its value is {@link #value(Block)}.
     */
    synchronized Block widgetContainer(
            Block parent, String kind, String label, String key, Function<String, WidgetSpec> spec) {
        checkNotCancelled();
        String id = key != null
                ? "key:" + key
                : kind + ":" + label + ":" + (seen.merge(kind + ":" + label, 1, Integer::sum) - 1);
        if (widgets.containsKey(id)) {
            throw new IllegalArgumentException(
                    "Two widgets of this fragment have the key '" + key + "'. Give each widget its own key.");
        }
        WidgetSpec widget = spec.apply(id);
        Object kept = values.get(id);
        Object value = kept != null ? widget.carry(kept) : widget.initial();
        Block container = new Block(widget.toJson(value), false, parent.form);
        container.widgetId = id;
        if (!sealed) {
            widgets.put(id, widget);
            drawnValues.put(id, value);
        }
        append(parent, container);
        return container;
    }

    /** The value of a container drawn with {@link #widgetContainer} as this run has it now. */
    synchronized Object value(Block container) {
        // Not drawn (the run had ended, or an empty() replaced it): the value the run started with.
        return drawnValues.containsKey(container.widgetId)
                ? drawnValues.get(container.widgetId)
                : values.get(container.widgetId);
    }

    /**
     * Sets the value of a container drawn with {@link #widgetContainer} for the rest of this run (a
     * dialog opened or closed by the fragment), and redraws its element to show it.
     */
    synchronized void setValue(Block container, Object value) {
        checkNotCancelled();
        WidgetSpec widget = widgets.get(container.widgetId);
        if (!sealed && widget != null) {
            drawnValues.put(container.widgetId, value);
            container.head = widget.toJson(value);
            changed.run();
        }
    }

    /**
     * Draws a form at the end of {@code parent} and returns it: a container whose widgets' values the
     * browser sends only when the form is submitted ({@link Forms}).
     */
    synchronized Block form(Block parent, String key) {
        checkNotCancelled();
        String id = Forms.checkForm(parent, key, forms.keySet());
        Block form = new Block(element("form").put("id", id), false, id);
        forms.put(id, form);
        append(parent, form);
        return form;
    }

    /** The session's uploads, which issue each file uploader its token and keep its files. */
    synchronized SessionUploads uploads() {
        if (uploads == null) {
            throw new IllegalStateException("File uploaders can only be drawn in a session's fragment.");
        }
        return uploads;
    }

    /** The fragment this canvas draws for. */
    String slot() {
        return slot;
    }

    /** The form the widget with this id was drawn in by this run so far, or null. */
    public synchronized String drawnForm(String id) {
        return widgetForms.get(id);
    }

    /** The query parameter the widget with this id, as this run has drawn it so far, is bound to, or null. */
    public synchronized String drawnParam(String id) {
        return params.get(id);
    }

    /** The widget with this id as this run has drawn it so far, or null. */
    public synchronized WidgetSpec drawnWidget(String id) {
        return widgets.get(id);
    }

    /** Replaces the element behind {@code handle}; null removes it. */
    /**
     * Replaces an element without marking the canvas changed: the next snapshot shows it, but none
     * is sent for it (a streamed text, whose growth the browser gets as appends).
     */
    synchronized void replaceQuietly(ElementHandle handle, ObjectNode element) {
        if (!sealed && !cancelled) {
            handle.element = element;
        }
    }

    synchronized void replace(ElementHandle handle, ObjectNode element) {
        checkNotCancelled();
        if (!sealed) {
            handle.element = element;
            noteChart(element);
            changed.run();
        }
    }

    /**
     * The run no longer counts (superseded, stopped at its time limit, or its session closed): its
     * next drawing call throws {@link RunCancelledError}. Takes no lock, so it may be called while
     * the run holds this canvas's.
     */
    public void cancel() {
        cancelled = true;
    }

    /** Throws {@link RunCancelledError} once the run no longer counts, as every drawing call does. */
    void checkRunning() {
        checkNotCancelled();
    }

    private void checkNotCancelled() {
        if (cancelled) {
            throw new RunCancelledError();
        }
    }

    /** What the run has drawn so far, as the wire's element tree; null once the run has ended. */
    public synchronized List<ObjectNode> snapshot() {
        return sealed ? null : elements(false);
    }

    /** Ends the run: returns what it drew and ignores every later call. */
    public synchronized Drawing seal() {
        return seal(true);
    }

    /**
     * Ends the run: returns what it drew and ignores every later call.
     *
     * @param completed whether the run returned; a form it drew without a submit button shows an error
     *     then (a run that threw may simply not have reached its submit button)
     */
    public synchronized Drawing seal(boolean completed) {
        if (!sealed && completed) {
            forms.forEach((id, form) -> {
                if (!submittable.contains(id)) {
                    append(form, new ElementHandle(this, Forms.missingSubmit(id), null));
                }
            });
        }
        sealed = true;
        return new Drawing(
                elements(true),
                Collections.unmodifiableMap(new LinkedHashMap<>(widgets)),
                Map.copyOf(drawnValues),
                Map.copyOf(widgetForms),
                Collections.unmodifiableMap(new LinkedHashMap<>(params)));
    }

    private void append(Block block, Object child) {
        if (sealed) {
            return;
        }
        if (block.single) {
            block.children.forEach(this::forget);
            block.children.clear();
        }
        block.children.add(child);
        if (child instanceof ElementHandle handle) {
            noteChart(handle.element);
        }
        changed.run();
    }

    /** Notes a chart among the run's elements; {@code element} is null where an element was removed. */
    private void noteChart(ObjectNode element) {
        if (!drewChart && element != null && Charts.isChart(element.path("t").asText())) {
            drewChart = true;
        }
    }

    /** Whether this run has drawn a chart so far (its page then draws charts: see {@code ChartedApps}). */
    public synchronized boolean drewChart() {
        return drewChart;
    }

    /** Forgets the widgets of a replaced part of the tree: they are no longer on the page. */
    private void forget(Object child) {
        if (child instanceof ElementHandle handle) {
            if (handle.widgetId != null) {
                widgets.remove(handle.widgetId);
                drawnValues.remove(handle.widgetId);
                widgetForms.remove(handle.widgetId);
                params.remove(handle.widgetId);
            }
        } else {
            Block block = (Block) child;
            if (block.widgetId != null) {
                widgets.remove(block.widgetId);
                drawnValues.remove(block.widgetId);
            }
            block.children.forEach(this::forget);
        }
    }

    /**
     * The tree as JSON: containers are copied, elements (never mutated) are shared. Removed elements
     * are left out, and so are passing ones in a run's final content.
     */
    private List<ObjectNode> elements(boolean last) {
        List<ObjectNode> out = new ArrayList<>(root.children.size());
        for (Object child : root.children) {
            ObjectNode node = json(child, last);
            if (node != null) {
                out.add(node);
            }
        }
        return out;
    }

    private static ObjectNode json(Object child, boolean last) {
        if (child instanceof ElementHandle handle) {
            return last && handle.passing ? null : handle.element;
        }
        Block block = (Block) child;
        ObjectNode node = block.head.deepCopy();
        ArrayNode children = node.putArray("children");
        for (Object grandchild : block.children) {
            ObjectNode grandchildNode = json(grandchild, last);
            if (grandchildNode != null) {
                children.add(grandchildNode);
            }
        }
        return node;
    }

    /** The error element for an exception a fragment threw. */
    public static ObjectNode exception(Throwable failure, boolean withTrace) {
        ObjectNode error = element("error").put("message", Errors.describe(failure));
        // A full line or a timeout is not a bug: its message says it all, without type or trace.
        if (withTrace && !(failure instanceof LimitedException)) {
            error.put("trace", Errors.stackTrace(failure));
        }
        return error;
    }
}
