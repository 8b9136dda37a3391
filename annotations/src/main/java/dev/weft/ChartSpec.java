package dev.weft;

import java.util.Map;
import java.util.Objects;

/**
 * A complete <a href="https://echarts.apache.org/en/option.html">Apache ECharts option</a>, for
 * {@link Ui#display(Object)} (and {@link Renderable}s): {@code ui.display(ChartSpec.of(option))}
 * draws it as {@link Ui#chart(Map)} does.
 *
 * @param option the option: a {@code Map} (of maps, lists, strings, numbers and booleans) or its JSON
 *     text as a {@code CharSequence}
 */
public record ChartSpec(Object option) {

    /** Checks that {@code option} is a {@code Map} or a {@code CharSequence}. */
    public ChartSpec {
        Objects.requireNonNull(option, "option");
        if (!(option instanceof Map<?, ?>) && !(option instanceof CharSequence)) {
            throw new IllegalArgumentException("A chart spec is a Map or JSON text, not a "
                    + option.getClass().getName() + ".");
        }
    }

    /** A chart spec of an ECharts option given as maps and lists. */
    public static ChartSpec of(Map<String, ?> option) {
        return new ChartSpec(option);
    }

    /** A chart spec of an ECharts option given as JSON text. */
    public static ChartSpec of(String json) {
        return new ChartSpec(json);
    }
}
