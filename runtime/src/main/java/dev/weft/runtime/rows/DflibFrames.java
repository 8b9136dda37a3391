package dev.weft.runtime.rows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.dflib.DataFrame;
import org.dflib.Index;
import org.dflib.Series;

/** Reads a DFLib {@code DataFrame}: its columns in the order of its column index. */
final class DflibFrames implements FrameReader {

    @Override
    public boolean reads(Object frame) {
        return frame instanceof DataFrame;
    }

    @Override
    public LinkedHashMap<String, List<Object>> columns(Object frame) {
        DataFrame data = (DataFrame) frame;
        Index index = data.getColumnsIndex();
        LinkedHashMap<String, List<Object>> columns = new LinkedHashMap<>();
        for (int c = 0; c < index.size(); c++) {
            Series<?> column = data.getColumn(c);
            int size = column.size();
            List<Object> values = new ArrayList<>(size);
            for (int row = 0; row < size; row++) {
                values.add(column.get(row));
            }
            columns.put(index.get(c), values);
        }
        return columns;
    }
}
