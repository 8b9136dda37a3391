package dev.weft.runtime.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Checks the arguments of the layout containers of {@link dev.weft.Ui} and builds their parts' elements. */
final class Layout {

    /** The most columns one {@code columns} call draws. */
    static final int MAX_COLUMNS = 12;

    private Layout() {}

    /** One {@code column} head per width. */
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
