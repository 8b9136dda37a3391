package dev.weft.runtime.widgets;

import static dev.weft.runtime.widgets.WidgetChecks.bad;
import static dev.weft.runtime.widgets.WidgetChecks.shown;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.DateRange;
import dev.weft.runtime.wire.ProtocolException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The date range input: two dates, from and to, each checked as a date input's ({@link
 * PickerWidgets.DateInput}), the first not after the second; sent as {@code ["yyyy-MM-dd",
 * "yyyy-MM-dd"]}. Its client side is {@code widgets/pickers.js}.
 */
public final class DateRangeWidgets {

    private DateRangeWidgets() {}

    /** A range of dates, both ends within {@code [min, max]} (either may be null: no bound). */
    public record DateRangeInput(
            String kind,
            String id,
            String label,
            boolean disabled,
            DateRange initialValue,
            LocalDate min,
            LocalDate max)
            implements WidgetSpec {
        public DateRangeInput {
            Objects.requireNonNull(initialValue, "value");
            // Each end is checked as a date input's: within the bounds and the years 1 to 9999.
            end(label, initialValue.start(), min, max);
            end(label, initialValue.end(), min, max);
        }

        @Override
        public Object initial() {
            return initialValue;
        }

        @Override
        public Object accept(JsonNode value) throws ProtocolException {
            if (value == null || !value.isArray() || value.size() != 2) {
                throw bad("'" + label + "' takes two dates [from, to] as yyyy-MM-dd, not " + shown(value) + ".");
            }
            PickerWidgets.DateInput ends = end(label, initialValue.start(), min, max);
            LocalDate from = (LocalDate) ends.accept(value.get(0));
            LocalDate to = (LocalDate) ends.accept(value.get(1));
            if (from.isAfter(to)) {
                throw bad("'" + label + "' takes its from date on or before its to date, not " + shown(value) + ".");
            }
            return new DateRange(from, to);
        }

        @Override
        public boolean allows(Object value) {
            if (!(value instanceof DateRange range)) {
                return false;
            }
            PickerWidgets.DateInput ends = end(label, initialValue.start(), min, max);
            return ends.allows(range.start()) && ends.allows(range.end());
        }

        @Override
        public void describe(ObjectNode node, Object value) {
            DateRange range = (DateRange) value;
            node.putArray("value").add(range.start().toString()).add(range.end().toString());
            node.put("min", min == null ? null : min.toString());
            node.put("max", max == null ? null : max.toString());
        }

        private static PickerWidgets.DateInput end(String label, LocalDate date, LocalDate min, LocalDate max) {
            return new PickerWidgets.DateInput("date_input", "", label, false, date, min, max);
        }
    }
}
