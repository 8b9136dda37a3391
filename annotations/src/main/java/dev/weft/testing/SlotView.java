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
     * The text of every text-like element, containers included, in page order (a container's
     * elements where the container is): title, header, subheader, text, Markdown, caption, code
     * (its code), HTML (as given), and the message of every callout (info, success, warning,
     * error, an exception's).
     */
    List<String> texts();

    /**
     * Every element of this type ({@code t}: {@code "metric"}, {@code "image"}, {@code
     * "line_chart"}, ...) in the slot's content, containers included, in page order, each as the
     * wire's JSON object.
     */
    List<Map<String, Object>> elements(String type);

    /**
     * The {@code index}-th table of the slot's content (0 is the first, in page order), with all its
     * rows.
     *
     * @throws IllegalArgumentException if the slot shows fewer tables
     */
    TableView table(int index);

    /**
     * The {@code index}-th line, area, bar or scatter chart in the slot's content (0 is the first, in
     * page order): drawn with {@link dev.weft.Ui#chart(dev.weft.Chart)}, selecting or not, or with
     * {@code lineChart} and its kin (which do not select).
     *
     * @throws IllegalArgumentException if the slot shows fewer such charts
     */
    ChartView chart(int index);

    /** The toasts the slot's last completed run showed, in order. */
    List<String> toasts();

    /**
     * The bytes served at a media URL of this session: the {@code url} of an {@code image} element
     * drawn from bytes, or of a {@code download_button}.
     *
     * @throws IllegalArgumentException if nothing is served there (any more)
     */
    byte[] media(String url);

    /**
     * A dialog of this slot, by its title or the key it was drawn with, as the slot's last run drew
     * it, open or closed.
     *
     * @throws IllegalArgumentException if the slot's last run drew no such dialog
     */
    DialogView dialog(String titleOrKey);

    /**
     * A widget of this slot, wherever it is drawn (in any container), by its label (the first with
     * that label) or by the key it was drawn with.
     *
     * @throws IllegalArgumentException if the slot's last run drew no such widget
     */
    WidgetView widget(String labelOrKey);

    /**
     * The newest streamed text of this fragment ({@code ui.writeStream}): the one streaming now, or
     * else the last one in its content.
     *
     * @throws IllegalStateException if the fragment has none
     */
    StreamView stream();
}
