package dev.weft.testing;

import java.util.List;
import java.util.Map;

/** What one fragment's slot shows now, as a browser would receive it. */
public interface SlotView {

    /**
     * {@code placeholder} (never finished a run), {@code queued} (waiting for a {@link dev.weft.Limited}
     * permit), {@code running}, {@code done} or {@code failed}.
     */
    String state();

    /** How many runs of this fragment have completed (superseded runs are not counted). */
    int runs();

    /**
     * The elements of the slot's content, each as the wire's JSON object, e.g. {@code {t=header,
     * text=Revenue}}. A container (columns, tabs, expander, container, empty) holds its elements in
     * {@code children}, a list of such maps: {@code {t=columns, children=[{t=column, width=1.0,
     * children=[...]}, ...]}}.
     */
    List<Map<String, Object>> elements();

    /**
     * The text of every title, header, text, Markdown and error element, containers included, in
     * page order (a container's elements where the container is).
     */
    List<String> texts();

    /**
     * A widget of this slot, wherever it is drawn (in any container), by its label (the first with
     * that label) or by the key it was drawn with.
     *
     * @throws IllegalArgumentException if the slot's last run drew no such widget
     */
    WidgetView widget(String labelOrKey);
}
