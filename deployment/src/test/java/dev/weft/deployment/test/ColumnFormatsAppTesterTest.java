package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.Column;
import dev.weft.Fragment;
import dev.weft.Table;
import dev.weft.Ui;
import dev.weft.testing.AppSession;
import dev.weft.testing.AppTester;
import dev.weft.testing.TableView;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a user sees in a table with column formats, in their own locale and time zone. */
class ColumnFormatsAppTesterTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest().withApplicationRoot(jar -> jar.addClasses(
                    Fares.class, Fares.Trip.class)
            .addClass(ColumnFormatsAppTesterTest.class.getPackageName() + ".ColumnFormatsAppTesterTest_Fares_WeftApp"));

    @Inject
    AppTester tester;

    @App(path = "/fares")
    public static class Fares {

        public record Trip(
                String zone, double fare, double tip, Instant pickup, boolean paid, List<String> tags, String id) {}

        @Fragment
        void fares(Ui ui) {
            ui.table(Table.of(List.of(
                            new Trip(
                                    "Mitte",
                                    1234.5,
                                    0.125,
                                    Instant.parse("2026-12-07T12:30:00Z"),
                                    true,
                                    List.of("card", "night"),
                                    "a1"),
                            new Trip("Pankow", 8, 0, Instant.parse("2026-12-31T23:30:00Z"), false, List.of(), "b2")))
                    .column("Zone", Trip::zone, Column.text().pinned())
                    .column("Fare", Trip::fare, Column.money("EUR"))
                    .column("Tip", Trip::tip, Column.percent(1))
                    .column("Pickup", Trip::pickup, Column.dateTime("d MMM yyyy HH:mm"))
                    .column("Paid", Trip::paid, Column.check())
                    .column("Tags", Trip::tags, Column.tags())
                    .column("Id", Trip::id, Column.text().hidden()));
        }
    }

    @Test
    void aBerlinUser_seesGermanNumbersAndBerlinTimes() {
        try (AppSession app = tester.open("/fares", Locale.GERMANY, ZoneId.of("Europe/Berlin"))
                .awaitIdle()) {
            TableView table = app.slot("fares").table(0);

            assertThat(table.shown(0))
                    .containsExactly(
                            List.of("Mitte", "1.234,50\u00a0€", "12,5\u00a0%", "7 Dez. 2026 13:30", "✓", "card, night"),
                            List.of("Pankow", "8,00\u00a0€", "0,0\u00a0%", "1 Jan. 2027 00:30", "", ""));
            // The search finds what the user sees, typed with plain spaces.
            assertThat(table.search("1.234,50 €").shown(0))
                    .extracting(row -> row.get(0))
                    .containsExactly("Mitte");
            assertThat(table.search("jan. 2027").shown(0))
                    .extracting(row -> row.get(0))
                    .containsExactly("Pankow");
            // The values stay the values: the export and the rows are not formatted.
            assertThat(table.rows().get(0)).contains(1234.5);
        }
    }

    @Test
    void aNewYorkUser_seesTheSameRowsInTheirs() {
        try (AppSession app =
                tester.open("/fares", Locale.US, ZoneId.of("America/New_York")).awaitIdle()) {
            TableView table = app.slot("fares").table(0);

            assertThat(table.shown(0).get(0))
                    .containsExactly("Mitte", "€1,234.50", "12.5%", "7 Dec 2026 07:30", "✓", "card, night");
            assertThat(table.shown(0).get(1).get(3)).isEqualTo("31 Dec 2026 18:30");
            assertThat(table.search("dez").rowCount()).isZero();
        }
    }
}
