package dev.weft.runtime.rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.Table;
import dev.weft.runtime.ReadersOnlyApp;
import dev.weft.runtime.RowReader;
import dev.weft.runtime.RowReaders;
import dev.weft.runtime.tables.TableReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Rows of a type with a generated reader are read through it, with no reflection; every other type
 * keeps the reflective path. The reader here is written as the processor writes one, but it counts
 * its reads and marks its text, so a test sees which path read a table.
 */
class GeneratedReadersTest {

    record Trip(String zone, double fare, LocalDate day) {}

    record Other(String zone) {}

    /** Like a generated reader of {@link Trip}, counting its reads and marking what it reads. */
    static class TripReader implements RowReader<Trip> {
        final AtomicInteger reads = new AtomicInteger();

        @Override
        public Class<?> type() {
            return Trip.class;
        }

        @Override
        public List<String> names() {
            return List.of("zone", "fare", "day");
        }

        @Override
        public List<Class<?>> types() {
            return List.of(String.class, Double.class, LocalDate.class);
        }

        @Override
        public Object read(Trip row, int column) {
            reads.incrementAndGet();
            return switch (column) {
                case 0 -> "read:" + row.zone();
                case 1 -> row.fare();
                case 2 -> row.day();
                default -> throw new IndexOutOfBoundsException("No column " + column + " in Trip");
            };
        }
    }

    private final TripReader reader = new TripReader();

    private void install() {
        RowReaders.install(List.of(new ReadersOnlyApp(List.of(reader))));
    }

    @AfterEach
    void uninstall() {
        RowReaders.install(List.of());
    }

    private static List<Trip> trips(int n) {
        List<Trip> trips = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            trips.add(new Trip("zone " + i, i * 1.5, LocalDate.of(2024, 1, 1).plusDays(i)));
        }
        return trips;
    }

    @Test
    void tableOfAGeneratedType_isReadByItsReader_cellByCell() {
        install();

        List<List<Object>> rows = TableReader.read(Table.of(trips(3))).allRows();

        assertThat(rows).extracting(row -> row.get(0)).containsExactly("read:zone 0", "read:zone 1", "read:zone 2");
        assertThat(reader.reads).hasValue(9);
    }

    @Test
    void chartFieldOfAGeneratedType_isReadByItsReader() {
        install();

        assertThat(Rows.field(trips(2), "zone")).containsExactly("read:zone 0", "read:zone 1");
        assertThat(reader.reads).hasValue(2);
    }

    @Test
    void withoutAReader_theSameRowsAreReadByReflection() {
        List<List<Object>> rows = TableReader.read(Table.of(trips(2))).allRows();

        assertThat(rows).extracting(row -> row.get(0)).containsExactly("zone 0", "zone 1");
        assertThat(reader.reads).hasValue(0);
    }

    @Test
    void otherTypes_keepReflection_evenWithReadersInstalled() {
        install();

        assertThat(Rows.columns(List.of(new Other("north")))).isEqualTo(Map.of("zone", List.of("north")));
        assertThat(reader.reads).hasValue(0);
    }

    @Test
    void rowsOfMixedTypes_areReadRowByRow_eachByItsOwnPath() {
        install();
        List<Object> mixed = List.of(new Trip("a", 1, LocalDate.of(2024, 1, 1)), new Other("b"));

        assertThat(Rows.columns(mixed)).containsEntry("zone", List.of("read:a", "b"));
        assertThat(reader.reads).hasValue(3);
    }

    @Test
    void aGetterThatFails_saysWhichFieldOfWhichType() {
        RowReaders.install(List.of(new ReadersOnlyApp(List.of(new TripReader() {
            @Override
            public Object read(Trip row, int column) {
                throw new IllegalStateException("no fare today");
            }
        }))));

        assertThatThrownBy(() -> Rows.field(trips(1), "fare"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Reading 'fare' of a " + Trip.class.getName() + " failed")
                .hasMessageContaining("no fare today");
    }

    @Test
    void plain_turnsRowsWithReadersIntoMaps_insideCollections_andLeavesOthersAsTheyAre() {
        install();
        Other other = new Other("x");
        List<Object> nested = List.of(Map.of("trip", trips(1).get(0)), other);

        Object plain = Rows.plain(nested);

        assertThat(plain)
                .isEqualTo(List.of(
                        Map.of("trip", Map.of("zone", "read:zone 0", "fare", 0.0, "day", LocalDate.of(2024, 1, 1))),
                        other));
        List<Object> untouched = List.of(other);
        assertThat(Rows.plain(untouched)).isSameAs(untouched);
    }
}
