package dev.weft.runtime.rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.Table;
import dev.weft.runtime.tables.TableModel;
import dev.weft.runtime.tables.TableReader;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dflib.DataFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;

/** Real Tablesaw tables and DFLib data frames, read as columns once the build wired their readers. */
class FramesTest {

    private final FramesRecorder recorder = new FramesRecorder();

    @AfterEach
    void unwire() {
        recorder.reset();
    }

    private static tech.tablesaw.api.Table weather() {
        DoubleColumn rain = DoubleColumn.create("rain", new double[] {0.5, 0, 2.25});
        rain.setMissing(1);
        return tech.tablesaw.api.Table.create(
                "weather",
                StringColumn.create("city", "Oslo", "Bergen", "Tromsø"),
                IntColumn.create("days", 3, 5, 8),
                rain,
                DateColumn.create("since", new LocalDate[] {
                    LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1)
                }));
    }

    private static DataFrame sales() {
        return DataFrame.foldByRow("region", "orders", "revenue")
                .of("north", 12, 1500.5, "south", 7, 800.0, "east", 3, null);
    }

    @Test
    void tablesawTable_isReadColumnByColumn_missingAsNull() {
        recorder.tablesaw();

        LinkedHashMap<String, List<Object>> columns = Frames.columns(weather());

        assertThat(columns.keySet()).containsExactly("city", "days", "rain", "since");
        assertThat(columns.get("city")).containsExactly("Oslo", "Bergen", "Tromsø");
        assertThat(columns.get("days")).containsExactly(3, 5, 8);
        assertThat(columns.get("rain")).containsExactly(0.5, null, 2.25);
        assertThat(columns.get("since"))
                .containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1));
    }

    @Test
    void dflibDataFrame_isReadInItsColumnOrder() {
        recorder.dflib();

        LinkedHashMap<String, List<Object>> columns = Frames.columns(sales());

        assertThat(columns.keySet()).containsExactly("region", "orders", "revenue");
        assertThat(columns.get("orders")).containsExactly(12, 7, 3);
        assertThat(columns.get("revenue")).containsExactly(1500.5, 800.0, null);
    }

    @Test
    void aTableOfAFrame_showsItsRowsAndHandsBackMapsForKeys() {
        recorder.tablesaw();
        recorder.dflib();

        TableModel weather = TableReader.read(Table.frame(weather()).key("city"));
        TableModel sales = TableReader.read(Table.frame(sales()));

        assertThat(weather.names()).containsExactly("city", "days", "rain", "since");
        assertThat(weather.rowCount()).isEqualTo(3);
        assertThat(weather.rows(List.of("Bergen")).rows())
                .singleElement()
                .isEqualTo(row("city", "Bergen", "days", 5, "rain", null, "since", LocalDate.of(2024, 2, 1)));
        assertThat(sales.allRows()).hasSize(3);
        assertThat(sales.allRows().get(0)).containsExactly("north", 12, 1500.5);
    }

    @Test
    void framesAsRows_forChartsOfNamedFields() {
        recorder.dflib();

        List<Map<String, Object>> rows = Frames.rows(sales());

        assertThat(Rows.field(rows, "orders")).containsExactly(12, 7, 3);
    }

    @Test
    void aFrameOfALibraryTheBuildDidNotWire_isRefusedWithTheWayOut() {
        recorder.dflib();

        assertThat(Frames.isFrame(weather())).isFalse();
        assertThatThrownBy(() -> TableReader.read(Table.frame(weather())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Weft reads no data frame of type tech.tablesaw.api.Table")
                .hasMessageContaining("a List of rows, or a Map of columns");
    }

    @Test
    void notAFrame_isRefusedToo() {
        recorder.tablesaw();
        recorder.dflib();

        assertThat(Frames.isFrame("text")).isFalse();
        assertThatThrownBy(() -> Frames.columns(Arrays.asList(1, 2)))
                .hasMessageContaining("Weft reads no data frame of type java.util.Arrays$ArrayList");
    }

    private static Map<String, Object> row(Object... fields) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            row.put((String) fields[i], fields[i + 1]);
        }
        return row;
    }
}
