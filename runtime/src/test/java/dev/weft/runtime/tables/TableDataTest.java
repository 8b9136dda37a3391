package dev.weft.runtime.tables;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Sorting and paging of a table's rows on the server. */
class TableDataTest {

    @Test
    void sort_isStable_nullsLast_inBothDirections() {
        Random random = new Random(42);
        List<Object> values = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            values.add(i % 17 == 0 ? null : random.nextInt(50) / 2.0);
            ids.add(i);
        }
        Map<String, List<?>> columns = new LinkedHashMap<>();
        columns.put("id", ids);
        columns.put("value", values);
        TableData table = TableData.ofColumns(columns);

        for (boolean descending : new boolean[] {false, true}) {
            List<Object[]> rows = new ArrayList<>();
            for (int page = 0; page < table.pages(); page++) {
                for (JsonNode row : rows(table, page, 1, descending)) {
                    rows.add(new Object[] {
                        row.get(0).asInt(),
                        row.get(1).isNull() ? null : row.get(1).asDouble()
                    });
                }
            }
            List<Object[]> expected = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                expected.add(new Object[] {ids.get(i), values.get(i)});
            }
            Comparator<Double> byValue = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
            expected.sort(Comparator.comparing(r -> (Double) r[1], Comparator.nullsLast(byValue)));
            assertThat(rows).hasSize(5_000);
            for (int i = 0; i < rows.size(); i++) {
                assertThat(rows.get(i))
                        .as("row " + i + (descending ? " descending" : ""))
                        .containsExactly(expected.get(i));
            }
        }
    }

    @Test
    void textColumns_sortCaseInsensitively_mixedCellsAsText() {
        TableData table = TableData.ofColumns(Map.of("name", List.of("banana", "Apple", "cherry", 7, "apple")));
        List<String> sorted = new ArrayList<>();
        rows(table, 0, 0, false).forEach(row -> sorted.add(row.get(0).asText()));
        assertThat(sorted).containsExactly("7", "Apple", "apple", "banana", "cherry");
    }

    private static JsonNode rows(TableData table, int page, int sortBy, boolean descending) {
        return table.page(new TableCriteria(null, List.of(), sortBy, descending), page)
                .rows();
    }
}
