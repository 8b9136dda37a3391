package dev.weft.runtime.ui;

import dev.weft.ChartSpec;
import dev.weft.Renderable;
import dev.weft.Table;
import dev.weft.runtime.media.MediaTypes;
import dev.weft.runtime.rows.Frames;
import dev.weft.runtime.rows.Rows;
import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** {@link dev.weft.Ui#display(Object)}: picks the element that suits a value (the rules are in its Javadoc). */
final class Display {

    private Display() {}

    static void draw(UiImpl ui, Object value) {
        switch (value) {
            case null -> ui.text("null");
            case CharSequence text -> ui.markdown(text.toString());
            case Number number -> ui.text(String.valueOf(number));
            case Boolean bool -> ui.text(String.valueOf(bool));
            case Throwable failure -> ui.exception(failure);
            case Renderable renderable -> rendering(ui, renderable);
            case ChartSpec spec -> chart(ui, spec.option());
            case Table<?> table -> ui.table(table);
            case java.sql.ResultSet results -> ui.table(Table.of(results));
            case byte[] bytes when MediaTypes.image(bytes) != null -> ui.image(bytes);
            case byte[] bytes -> ui.text(bytes.length + " bytes");
            case Collection<?> rows when isTable(rows) -> ui.table(new ArrayList<>(rows));
            case Map<?, ?> map when isColumns(map) -> ui.table(columns(map));
            case Map<?, ?> map -> ui.json(map);
            case Collection<?> collection -> ui.json(collection);
            case Record record -> ui.json(record);
            case Object frame when Frames.isFrame(frame) -> ui.table(Table.frame(frame));
            default -> {
                if (value.getClass().isArray()) {
                    ui.json(value);
                } else {
                    ui.text(String.valueOf(value));
                }
            }
        }
    }

    /** The richest rendering the client supports, in the order {@link Renderable}'s Javadoc gives. */
    private static void rendering(UiImpl ui, Renderable renderable) {
        Map<String, Object> renderings = renderable.renderings();
        if (renderings == null) {
            ui.text(String.valueOf(renderable));
            return;
        }
        Object echarts = renderings.get(Renderable.ECHARTS);
        Object html = renderings.get(Renderable.HTML);
        Object svg = renderings.get(Renderable.SVG);
        Object png = renderings.get(Renderable.PNG);
        Object jpeg = renderings.get(Renderable.JPEG);
        Object markdown = renderings.get(Renderable.MARKDOWN);
        if (echarts != null) {
            chart(ui, echarts);
        } else if (html != null) {
            ui.html(String.valueOf(html));
        } else if (svg != null) {
            ui.image(svg instanceof byte[] bytes ? bytes : String.valueOf(svg).getBytes(StandardCharsets.UTF_8));
        } else if (png instanceof byte[] bytes) {
            ui.image(bytes);
        } else if (jpeg instanceof byte[] bytes) {
            ui.image(bytes);
        } else if (markdown != null) {
            ui.markdown(String.valueOf(markdown));
        } else if (renderings.containsKey(Renderable.JSON)) {
            ui.json(renderings.get(Renderable.JSON));
        } else if (renderings.get(Renderable.PLAIN) != null) {
            ui.text(String.valueOf(renderings.get(Renderable.PLAIN)));
        } else {
            ui.text(String.valueOf(renderable));
        }
    }

    @SuppressWarnings("unchecked")
    private static void chart(UiImpl ui, Object option) {
        if (option instanceof Map<?, ?> map) {
            ui.chart((Map<String, ?>) map);
        } else {
            ui.chart(String.valueOf(option));
        }
    }

    /** Rows a table can show: a non-empty collection of records or maps only. */
    private static boolean isTable(Collection<?> rows) {
        if (rows.isEmpty()) {
            return false;
        }
        for (Object row : rows) {
            if (!Rows.isRecordOrMap(row)) {
                return false;
            }
        }
        return true;
    }

    /** Columns a table can show: a non-empty map of lists (or arrays) of one length. */
    private static boolean isColumns(Map<?, ?> map) {
        if (map.isEmpty()) {
            return false;
        }
        int length = -1;
        for (Object column : map.values()) {
            int size = column instanceof List<?> list
                    ? list.size()
                    : column != null && column.getClass().isArray() ? Array.getLength(column) : -1;
            if (size < 0 || (length >= 0 && size != length)) {
                return false;
            }
            length = size;
        }
        return true;
    }

    private static Map<String, List<?>> columns(Map<?, ?> map) {
        Map<String, List<?>> columns = new java.util.LinkedHashMap<>();
        map.forEach((name, column) -> {
            if (column instanceof List<?> list) {
                columns.put(String.valueOf(name), list);
            } else {
                List<Object> values = new ArrayList<>();
                for (int i = 0; i < Array.getLength(column); i++) {
                    values.add(Array.get(column, i));
                }
                columns.put(String.valueOf(name), values);
            }
        });
        return columns;
    }
}
