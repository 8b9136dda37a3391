package dev.weft.runtime.tables;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.weft.Column;
import dev.weft.Table;
import dev.weft.runtime.wire.ClientLocale;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A column's format as a user reads it: numbers, money, percentages, dates and times in their locale and zone. */
class CellFormatTest {

    private static final ClientLocale US = new ClientLocale(Locale.US, ZoneId.of("America/New_York"));
    private static final ClientLocale BERLIN = new ClientLocale(Locale.GERMANY, ZoneId.of("Europe/Berlin"));

    /** 7 Dec 2026, 12:30 UTC: 13:30 in Berlin, 07:30 in New York. */
    private static final Instant NOON = Instant.parse("2026-12-07T12:30:00Z");

    private static String text(Column column, ClientLocale where, Object value) {
        return CellFormat.of(column, where).text(Cells.cell(value));
    }

    @Test
    void numbers_haveThousandsSeparatorsAndDecimals_ofTheUsersLocale() {
        assertThat(text(Column.number(2), US, 1234567.891)).isEqualTo("1,234,567.89");
        assertThat(text(Column.number(2), BERLIN, 1234567.891)).isEqualTo("1.234.567,89");
        assertThat(text(Column.integer(), BERLIN, 2.5)).isEqualTo("3"); // half up, not half even
        assertThat(text(Column.number(), US, 0.1 + 0.2)).isEqualTo("0.3");
        assertThat(text(Column.number(), US, 12_000L)).isEqualTo("12,000");
        assertThat(text(Column.number(1), US, new BigDecimal("-0.05"))).isEqualTo("-0.1");
        assertThat(text(Column.integer().noGrouping(), US, 2026)).isEqualTo("2026");
        assertThat(text(Column.auto().decimals(1), BERLIN, 2.25)).isEqualTo("2,3");
        assertThat(text(Column.auto().decimals(1), BERLIN, "text")).isNull();
    }

    @Test
    void percentAndMoney_followTheLocale() {
        assertThat(text(Column.percent(1), US, 0.256)).isEqualTo("25.6%");
        assertThat(text(Column.percent(1), BERLIN, 0.256)).isEqualTo("25,6\u00a0%");
        assertThat(text(Column.money("USD"), US, 1234.5)).isEqualTo("$1,234.50");
        assertThat(text(Column.money("EUR"), BERLIN, 1234.5)).isEqualTo("1.234,50\u00a0€");
        assertThat(text(Column.money("JPY"), US, 1234.5)).isEqualTo("¥1,235"); // the currency's own decimals
        assertThat(text(Column.money("EUR").decimals(0), BERLIN, 99.5)).isEqualTo("100\u00a0€");
        assertThat(text(Column.money("XQQ"), US, 3)).isEqualTo("3.00\u00a0XQQ"); // no such currency: its code
    }

    @Test
    void instants_areShownInTheUsersZone_localDateTimesAsTheyAre() {
        Column column = Column.dateTime("d MMM yyyy HH:mm");
        assertThat(text(column, BERLIN, NOON)).isEqualTo("7 Dez. 2026 13:30");
        assertThat(text(column, US, NOON)).isEqualTo("7 Dec 2026 07:30");
        assertThat(text(column, US, java.util.Date.from(NOON))).isEqualTo("7 Dec 2026 07:30");
        assertThat(text(column, BERLIN, LocalDateTime.of(2026, 12, 7, 12, 30))).isEqualTo("7 Dez. 2026 12:30");
        // The date of an instant is the user's: just before midnight UTC is the next day in Berlin.
        assertThat(text(Column.date("EEEE d. MMMM"), BERLIN, Instant.parse("2026-12-31T23:30:00Z")))
                .isEqualTo("Freitag 1. Januar");
        assertThat(text(Column.time("HH:mm"), BERLIN, NOON)).isEqualTo("13:30");
    }

    @Test
    void noPattern_isTheLocalesOwnStyle() {
        assertThat(text(Column.date(null), BERLIN, LocalDate.of(2026, 12, 7))).isEqualTo("07.12.2026");
        assertThat(text(Column.date(null), US, LocalDate.of(2026, 12, 7))).isEqualTo("Dec 7, 2026");
        assertThat(text(Column.time(null), BERLIN, LocalTime.of(9, 5))).isEqualTo("09:05");
        assertThat(text(Column.dateTime(null), BERLIN, NOON)).isEqualTo("07.12.2026, 13:30");
    }

    @Test
    void cellsAFormatCannotWrite_areLeftToTheBrowser() {
        assertThat(text(Column.number(2), US, "n/a")).isNull();
        assertThat(text(Column.number(2), US, null)).isNull();
        assertThat(text(Column.date("d MMM"), US, LocalTime.NOON)).isNull();
        assertThat(text(Column.time("HH:mm zzz"), US, LocalTime.NOON)).isNull(); // a zone a time of day has not
        assertThat(CellFormat.of(Column.link(), US)).isNull();
        assertThat(CellFormat.of(Column.auto(), US)).isNull();
    }

    @Test
    void pageTexts_areMadeFromThePagesJson_besideItsValues() {
        record Trip(String zone, double fare, Instant pickup, boolean paid) {}
        TableModel table = TableReader.read(Table.of(List.of(new Trip("Mitte", 1234.5, NOON, true)))
                .column("Zone", Trip::zone)
                .column("Fare", Trip::fare, Column.money("EUR"))
                .column("Pickup", Trip::pickup, Column.dateTime("d MMM HH:mm"))
                .column("Paid", Trip::paid, Column.check()));
        JsonNode rows = table.page(TableCriteria.NONE, 0).rows();

        ArrayNode texts = CellTexts.of(table, rows, BERLIN);

        assertThat(texts.toString()).isEqualTo("[[null,\"1.234,50\u00a0€\",\"7 Dez. 13:30\",null]]");
        assertThat(rows.get(0).get(1).asDouble()).isEqualTo(1234.5); // the values are still the values
    }

    @Test
    void aPageDrawnBeforeTheBrowserSaidItsLocale_isWrittenAgainInIt() {
        record Trip(String zone, double fare) {}
        TableModel table = TableReader.read(Table.of(List.of(new Trip("Mitte", 1234.5)))
                .column("Zone", Trip::zone)
                .column("Fare", Trip::fare, Column.money("EUR")));
        com.fasterxml.jackson.databind.node.ObjectNode element = table.element("table:0");
        CellTexts.put(element, table, US);
        com.fasterxml.jackson.databind.node.ObjectNode content =
                JsonNodeFactory.instance.objectNode().put("type", "slot");
        content.putArray("elements")
                .addObject()
                .put("t", "columns")
                .putArray("children")
                .add(element);

        CellTexts.rewrite(content, id -> id.equals("table:0") ? table : null, BERLIN);

        assertThat(element.get("texts").toString()).isEqualTo("[[null,\"1.234,50\u00a0€\"]]");
    }

    @Test
    void search_findsWhatTheUserSees_inTheirLocale() throws Exception {
        record Trip(String zone, double fare, Instant pickup) {}
        TableData table = (TableData) TableReader.read(Table.of(
                        List.of(new Trip("Mitte", 1234.5, NOON), new Trip("Pankow", 80, NOON.plusSeconds(86_400 * 30))))
                .column("Zone", Trip::zone)
                .column("Fare", Trip::fare, Column.money("EUR"))
                .column("Pickup", Trip::pickup, Column.date("d MMMM yyyy")));

        assertThat(matches(table, "dezember", BERLIN)).containsExactly("Mitte");
        assertThat(matches(table, "january", US)).containsExactly("Pankow");
        assertThat(matches(table, "1.234,50 €", BERLIN)).containsExactly("Mitte"); // typed with a plain space
        assertThat(matches(table, "1234.5", BERLIN)).containsExactly("Mitte"); // the value still matches
        assertThat(matches(table, "dezember", US)).isEmpty();
    }

    private static List<String> matches(TableData table, String search, ClientLocale where) {
        TableCriteria criteria = new TableCriteria(search, List.of(), -1, false, where);
        List<String> zones = new java.util.ArrayList<>();
        for (JsonNode row : table.page(criteria, 0).rows()) {
            zones.add(row.get(0).asText());
        }
        return zones;
    }
}
