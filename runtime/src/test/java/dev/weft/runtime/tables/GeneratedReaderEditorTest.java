package dev.weft.runtime.tables;

import static dev.weft.runtime.tables.TableEditorTest.add;
import static dev.weft.runtime.tables.TableEditorTest.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.Column;
import dev.weft.Edits;
import dev.weft.Table;
import dev.weft.runtime.ReadersOnlyApp;
import dev.weft.runtime.RowReader;
import dev.weft.runtime.RowReaders;
import dev.weft.runtime.wire.ProtocolException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A data editor over records with a generated reader reads and makes its rows through that reader
 * (direct calls of the accessors and the canonical constructor, as in a native image), not by
 * reflection. The reader here is written as the processor writes one, but counts what it makes.
 */
class GeneratedReaderEditorTest {

    record Stock(String item, int count, boolean ordered) {
        Stock {
            if (count < 0) {
                throw new IllegalArgumentException("a count is never negative");
            }
        }
    }

    /** Like the processor's reader of {@link Stock}: reads by accessor, makes by constructor. */
    static final class StockReader implements RowReader<Stock> {
        final AtomicInteger made = new AtomicInteger();

        @Override
        public Class<?> type() {
            return Stock.class;
        }

        @Override
        public List<String> names() {
            return List.of("item", "count", "ordered");
        }

        @Override
        public List<Class<?>> types() {
            return List.of(String.class, Integer.class, Boolean.class);
        }

        @Override
        public Object read(Stock row, int column) {
            return switch (column) {
                case 0 -> row.item();
                case 1 -> row.count();
                case 2 -> row.ordered();
                default -> throw new IndexOutOfBoundsException("No column " + column + " in Stock");
            };
        }

        @Override
        public boolean creates() {
            return true;
        }

        @Override
        public List<Class<?>> declaredTypes() {
            return List.of(String.class, int.class, boolean.class);
        }

        @Override
        public Stock create(Object[] values) {
            made.incrementAndGet();
            return new Stock((String) values[0], (Integer) values[1], (Boolean) values[2]);
        }
    }

    private final StockReader reader = new StockReader();

    @AfterEach
    void uninstall() {
        RowReaders.install(List.of());
    }

    private static Table<Stock> stock() {
        return Table.of(List.of(new Stock("bolts", 40, false), new Stock("nuts", 12, true)))
                .key(Stock::item)
                .column("count", Column.integer())
                .addRows();
    }

    @SuppressWarnings("unchecked")
    private static Edits<Stock> edits(TableEditor editor, Object state) {
        return (Edits<Stock>) (Edits<?>) editor.edited(state).edits();
    }

    @Test
    void editedAndAddedRecords_areMadeByTheGeneratedReader() throws Exception {
        RowReaders.install(List.of(new ReadersOnlyApp(List.of(reader))));
        TableEditor editor = TableEditor.of(stock());

        Object state = editor.apply(editor.fresh(), set("nuts", "count", 30));
        state = editor.apply(state, add(Map.of("item", "washers", "count", 5)));

        Edits<Stock> edits = edits(editor, state);
        assertThat(edits.changed()).containsEntry(1, new Stock("nuts", 30, true));
        assertThat(edits.added()).containsExactly(new Stock("washers", 5, false));
        assertThat(reader.made).hasPositiveValue();
    }

    @Test
    void aPrimitiveComponent_isARequiredColumn_asItsDeclaredTypeSays() throws Exception {
        RowReaders.install(List.of(new ReadersOnlyApp(List.of(reader))));
        TableEditor editor = TableEditor.of(stock());

        assertThatThrownBy(() -> editor.apply(editor.fresh(), set("nuts", "count", null)))
                .isInstanceOf(ProtocolException.class);
    }

    @Test
    void theRecordsOwnCheck_refusesAnEdit_madeThroughTheReader() throws Exception {
        RowReaders.install(List.of(new ReadersOnlyApp(List.of(reader))));
        TableEditor editor = TableEditor.of(stock());

        assertThatThrownBy(() -> editor.apply(editor.fresh(), set("nuts", "count", -1)))
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining("a count is never negative");
        assertThat(reader.made).hasValue(1);
    }

    @Test
    void withoutAReader_theSameEditsAreMadeByReflection() throws Exception {
        TableEditor editor = TableEditor.of(stock());

        Object state = editor.apply(editor.fresh(), set("nuts", "count", 30));

        assertThat(edits(editor, state).changed()).containsEntry(1, new Stock("nuts", 30, true));
        assertThat(reader.made).hasValue(0);
    }
}
