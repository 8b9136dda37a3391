package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.App;
import dev.weft.Edits;
import dev.weft.Fragment;
import dev.weft.Table;
import dev.weft.Ui;
import dev.weft.runtime.RowReader;
import dev.weft.runtime.RowReaders;
import dev.weft.testing.AppSession;
import dev.weft.testing.AppTester;
import dev.weft.testing.SlotView;
import dev.weft.testing.TableView;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Records of the application that no fragment takes or returns, declared outside the app, so the
 * annotation processor writes no reader for them: the build writes one, and tables, JSON and the
 * data editor read and make their rows through it (a cell changed and a row added go through the
 * record's canonical constructor, its own check included). A private record, whose constructor
 * generated code may not call, is still read by reflection.
 */
class RecordReadersTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Garden.class, Crop.class, Tagged.class, Secret.class)
                    .addClass(RecordReadersTest.class.getPackageName() + ".RecordReadersTest_Garden_WeftApp"));

    static final List<List<Crop>> SEEN = new CopyOnWriteArrayList<>();

    /** A record with a check of its own, which an edit goes through. */
    public record Crop(String name, int beds, double yield, boolean organic) {
        public Crop {
            if (beds < 0) {
                throw new IllegalArgumentException("A crop cannot have " + beds + " beds.");
            }
        }
    }

    /** Package-private and generic, with an array component: erased to its bound, the array as it is. */
    record Tagged<T extends CharSequence>(T tag, long[] counts) {}

    /** Private: its canonical constructor is private too, so only reflection can make one. */
    private record Secret(String note) {}

    @App(path = "/garden")
    public static class Garden {

        @Fragment
        void beds(Ui ui) {
            ui.table(List.of(new Crop("Kale", 2, 1.5, true), new Crop("Leek", 1, 0.5, false)));
            ui.json(new Tagged<>("early", new long[] {3, 4}));
            ui.table(List.of(new Secret("hidden")));
            Edits<Crop> edits = ui.dataEditor(Table.of(List.of(new Crop("Kale", 2, 1.5, true)))
                    .label("Crops")
                    .key(Crop::name)
                    .addRows());
            SEEN.add(edits.rows());
        }
    }

    @Inject
    AppTester tester;

    @Test
    void aRecordNoFragmentTakes_hasAReaderTheBuildWrote_meetingTheContract() {
        RowReader<Object> crops = RowReaders.of(Crop.class);
        assertThat(crops).as("the build's reader of Crop").isNotNull();
        assertThat(crops.getClass().getName()).endsWith("RecordReadersTest_Crop_WeftRowReader");
        assertThat(RowReaders.of(Crop.class)).as("made once").isSameAs(crops);
        assertThat(crops.type()).isSameAs(Crop.class);
        assertThat(crops.names()).containsExactly("name", "beds", "yield", "organic");
        assertThat(crops.types()).containsExactly(String.class, Integer.class, Double.class, Boolean.class);
        assertThat(crops.creates()).isTrue();
        assertThat(crops.declaredTypes()).containsExactly(String.class, int.class, double.class, boolean.class);
        Crop kale = new Crop("Kale", 2, 1.5, true);
        assertThat(List.of(crops.read(kale, 0), crops.read(kale, 1), crops.read(kale, 2), crops.read(kale, 3)))
                .containsExactly("Kale", 2, 1.5, true);
        assertThatThrownBy(() -> crops.read(kale, 4))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("No column 4 in Crop");
        assertThat(crops.create(new Object[] {"Leek", 3, 0.5, false})).isEqualTo(new Crop("Leek", 3, 0.5, false));
        assertThatThrownBy(() -> crops.create(new Object[] {"Leek", -1, 0.5, false}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A crop cannot have -1 beds.");

        RowReader<Object> tagged = RowReaders.of(Tagged.class);
        assertThat(tagged)
                .as("the build's reader of a package-private generic record")
                .isNotNull();
        assertThat(tagged.types()).containsExactly(CharSequence.class, long[].class);
        Tagged<?> made = (Tagged<?>) tagged.create(new Object[] {"late", new long[] {7}});
        assertThat(made.tag()).isEqualTo("late");
        assertThat(made.counts()).containsExactly(7L);

        assertThat(RowReaders.of(Secret.class))
                .as("a private record: left to reflection")
                .isNull();
    }

    @Test
    void tablesAndJson_showTheRecordsColumnsInComponentOrder() {
        try (AppSession app = tester.open("/garden").awaitIdle()) {
            SlotView slot = app.slot("beds");
            TableView table = slot.table(0);
            assertThat(table.columns()).containsExactly("name", "beds", "yield", "organic");
            assertThat(table.rows()).containsExactly(List.of("Kale", 2, 1.5, true), List.of("Leek", 1, 0.5, false));
            assertThat(slot.elements("json")).singleElement().satisfies(json -> assertThat(json.get("value"))
                    .isEqualTo(Map.of("tag", "early", "counts", List.of(3L, 4L))));
            assertThat(slot.table(1).columns()).containsExactly("note");
            assertThat(slot.table(1).rows()).containsExactly(List.of("hidden"));
        }
    }

    @Test
    void theDataEditor_changesACellAndAddsARow_throughTheCanonicalConstructor() {
        try (AppSession app = tester.open("/garden").awaitIdle()) {
            TableView editor = app.slot("beds").table(2);
            assertThat(editor.columns()).containsExactly("name", "beds", "yield", "organic");

            editor.edit("Kale", "beds", 5);
            app.awaitIdle();
            assertThat(SEEN.getLast()).containsExactly(new Crop("Kale", 5, 1.5, true));

            assertThatThrownBy(() -> app.slot("beds").table(2).edit("Kale", "beds", -2))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("A crop cannot have -2 beds.");

            app.slot("beds").table(2).addRow(Map.of("name", "Chard", "yield", 2.5));
            app.awaitIdle();
            assertThat(SEEN.getLast())
                    .containsExactly(new Crop("Kale", 5, 1.5, true), new Crop("Chard", 0, 2.5, false));
            assertThat(app.slot("beds").table(2).rows())
                    .containsExactly(List.of("Kale", 5, 1.5, true), List.of("Chard", 0, 2.5, false));
        }
    }
}
