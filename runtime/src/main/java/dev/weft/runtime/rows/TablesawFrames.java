package dev.weft.runtime.rows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Reads a Tablesaw {@code Table}: its columns in order, a missing value as null. */
final class TablesawFrames implements FrameReader {

    @Override
    public boolean reads(Object frame) {
        return frame instanceof Table;
    }

    @Override
    public LinkedHashMap<String, List<Object>> columns(Object frame) {
        Table table = (Table) frame;
        LinkedHashMap<String, List<Object>> columns = new LinkedHashMap<>();
        for (Column<?> column : table.columns()) {
            int size = column.size();
            List<Object> values = new ArrayList<>(size);
            for (int row = 0; row < size; row++) {
                values.add(column.isMissing(row) ? null : column.get(row));
            }
            columns.put(column.name(), values);
        }
        return columns;
    }
}
