package dev.weft.runtime.widgets;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.runtime.wire.ErrorCode;
import dev.weft.runtime.wire.ProtocolException;

/** Helpers shared by the widget specs that check a browser's values. */
public final class WidgetChecks {

    private WidgetChecks() {}

    /** A refusal of a value: the {@code bad_value} error. */
    public static ProtocolException bad(String message) {
        return new ProtocolException(ErrorCode.BAD_VALUE, message);
    }

    /** A value as it shows in a message: JSON, shortened. */
    static String shown(JsonNode value) {
        String text = String.valueOf(value);
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    /** Whether {@code value} lies on the grid of {@code step} from {@code origin} (within rounding). */
    static boolean onStep(double value, double origin, double step) {
        double steps = (value - origin) / step;
        return Math.abs(steps - Math.rint(steps)) < 1e-6;
    }
}
