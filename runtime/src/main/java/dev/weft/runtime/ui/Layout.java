package dev.weft.runtime.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.Container;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Checks the arguments of the layout containers of {@link dev.weft.Ui} and builds their parts' elements. */
final class Layout {

    /** The most columns one {@code columns} call draws. */
    static final int MAX_COLUMNS = 12;

    private Layout() {}

    /** The widths of {@code count} equal columns. */
    static double[] equalWidths(int count) {
        if (count < 1 || count > MAX_COLUMNS) {
            throw new IllegalArgumentException("columns(" + count + "): draw from 1 to " + MAX_COLUMNS + " columns.");
        }
        double[] widths = new double[count];
        Arrays.fill(widths, 1);
        return widths;
    }

    static List<ObjectNode> columns(double... widths) {
        if (widths == null || widths.length < 1 || widths.length > MAX_COLUMNS) {
            throw new IllegalArgumentException("columns(...): give from 1 to " + MAX_COLUMNS + " widths, not "
                    + (widths == null ? "null" : widths.length) + ".");
        }
        List<ObjectNode> heads = new ArrayList<>(widths.length);
        for (double width : widths) {
            if (!(width > 0) || !Double.isFinite(width)) {
                throw new IllegalArgumentException(
                        "columns(...): every width must be a positive finite number, not " + width + ".");
            }
            heads.add(Canvas.element("column").put("width", width));
        }
        return heads;
    }

    /**
     * The head of a container drawn with options: only the options that differ from a plain
     * container's are written ({@code border}, {@code height} in pixels, {@code horizontal}).
     */
    static ObjectNode container(Container options) {
        Objects.requireNonNull(options, "options");
        ObjectNode head = Canvas.element("container");
        if (options.hasBorder()) {
            head.put("border", true);
        }
        if (options.height() > 0) {
            head.put("height", options.height());
        }
        if (options.isHorizontal()) {
            head.put("horizontal", true);
        }
        return head;
    }

    /** The head of a popover: a button with this label, opening a panel. */
    static ObjectNode popover(String label) {
        return Canvas.element("popover").put("label", String.valueOf(label));
    }

    /** One {@code tab} head per label. */
    static List<ObjectNode> tabs(String... labels) {
        if (labels == null || labels.length == 0) {
            throw new IllegalArgumentException("tabs(...): give at least one tab label.");
        }
        List<ObjectNode> heads = new ArrayList<>(labels.length);
        for (String label : labels) {
            if (label == null) {
                throw new IllegalArgumentException("tabs(...): a tab label must not be null.");
            }
            heads.add(Canvas.element("tab").put("label", label));
        }
        return heads;
    }
}
