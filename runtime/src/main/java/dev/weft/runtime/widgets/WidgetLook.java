package dev.weft.runtime.widgets;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.LabelVisibility;
import java.util.Objects;
import java.util.Set;

/**
 * How a widget's label is presented, beyond the label itself: a help tooltip, a placeholder for an
 * empty field or choice, and whether the label is shown (it stays the accessible name either way).
 * A view of a {@code Ui} carries one and adds it to every widget drawn through it.
 *
 * @param help the tooltip text, or null for none
 * @param placeholder the text shown while the widget is empty, or null for none
 * @param visibility whether the label is shown
 */
public record WidgetLook(String help, String placeholder, LabelVisibility visibility) {

    /** A label shown as it is, with no help or placeholder. */
    public static final WidgetLook PLAIN = new WidgetLook(null, null, LabelVisibility.VISIBLE);

    /** The widget kinds that have text entry or an empty choice, where a placeholder shows. */
    static final Set<String> WITH_PLACEHOLDER = Set.of("text_input", "text_area", "number_input", "multiselect");

    /**
     * The widget kinds that are a table or a chart: labelled by their own title, with no label of an
     * input beside which help or a hidden label could show.
     */
    static final Set<String> TITLED = Set.of("chart_select", TableWidgets.KIND, "data_editor");

    public WidgetLook {
        Objects.requireNonNull(visibility, "visibility");
    }

    /** This look with help {@code text}. */
    public WidgetLook withHelp(String text) {
        return new WidgetLook(Objects.requireNonNull(text, "help"), placeholder, visibility);
    }

    /** This look with placeholder {@code text}. */
    public WidgetLook withPlaceholder(String text) {
        return new WidgetLook(help, Objects.requireNonNull(text, "placeholder"), visibility);
    }

    /** This look with its label shown as {@code shown} says. */
    public WidgetLook withVisibility(LabelVisibility shown) {
        return new WidgetLook(help, placeholder, Objects.requireNonNull(shown, "labelVisibility"));
    }

    /**
     * Checks that a widget of {@code kind} can show this look.
     *
     * @throws IllegalArgumentException if it has a placeholder but no text entry or empty choice, or
     *     help or a hidden label on a table or chart (which shows its title instead)
     */
    public void check(String kind, String label) {
        if ((help != null || visibility != LabelVisibility.VISIBLE) && TITLED.contains(kind)) {
            throw new IllegalArgumentException("'" + label + "': a " + kind.replace('_', ' ') + " shows its title, not"
                    + " an input's label, so it takes no help or label visibility. Draw help next to it (a caption),"
                    + " and leave its title out (Table.label, the chart's title) to hide it.");
        }
        if (placeholder != null && !WITH_PLACEHOLDER.contains(kind)) {
            throw new IllegalArgumentException("'" + label + "': a " + kind.replace('_', ' ') + " has no text entry or"
                    + " empty choice to show a placeholder in. Placeholders are for text inputs, text areas, number"
                    + " inputs and multiselects.");
        }
    }

    /** Adds the look to a widget's element: {@code help}, {@code placeholder}, {@code labelVisibility}. */
    public ObjectNode apply(ObjectNode element) {
        if (help != null) {
            element.put("help", help);
        }
        if (placeholder != null) {
            element.put("placeholder", placeholder);
        }
        if (visibility != LabelVisibility.VISIBLE) {
            element.put("labelVisibility", visibility.name().toLowerCase(java.util.Locale.ROOT));
        }
        return element;
    }
}
