package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.App;
import dev.weft.Form;
import dev.weft.Fragment;
import dev.weft.Range;
import dev.weft.Ui;
import dev.weft.UploadedFile;
import dev.weft.testing.AppSession;
import dev.weft.testing.AppTester;
import dev.weft.testing.FileToUpload;
import dev.weft.testing.SlotView;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The headless harness sets the range slider, multiselect, radio group, toggle, text area, date and time
 * inputs, colour picker and file uploader as a browser would, with Java values (a date as a
 * {@code LocalDate}, a file as a {@link FileToUpload}), through the same checks; a form holds its
 * fields' values until its submit button is clicked.
 */
class RichWidgetsAppTesterTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest().withApplicationRoot(jar -> jar.addClasses(Harness.class)
            .addClass(RichWidgetsAppTesterTest.class.getPackageName() + ".RichWidgetsAppTesterTest_Harness_WeftApp"));

    /** A PNG's signature: a PNG, but not a type the uploader takes. */
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

    @Inject
    AppTester tester;

    @App(path = "/harness")
    public static class Harness {

        @Fragment
        void all(Ui ui) {
            Range<Integer> years = ui.rangeSlider("Years", 2015, 2025, 2018, 2022);
            Range<Double> share = ui.rangeSlider("Share", 0.0, 1.0, 0.25, 0.75, 0.25);
            List<String> regions = ui.multiselect("Regions", List.of("EU", "US", "APAC"), List.of(), 2);
            String size = ui.radio("Size", List.of("S", "M", "L"), 1);
            boolean live = ui.toggle("Live", false);
            String notes = ui.textArea("Notes", "", 20);
            LocalDate day = ui.dateInput(
                    "Day", LocalDate.of(2024, 5, 17), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
            LocalTime at = ui.timeInput("At", LocalTime.of(9, 30));
            String colour = ui.colorPicker("Colour", "#ABC");
            Optional<UploadedFile> data = ui.fileUploader("Data", List.of("csv"), 100);
            ui.text(String.join(
                    " | ",
                    years.toString(),
                    share.toString(),
                    regions.toString(),
                    size,
                    String.valueOf(live),
                    notes,
                    day.toString(),
                    at.toString(),
                    colour,
                    data.map(file -> file.name() + "=" + new String(file.bytes(), StandardCharsets.UTF_8))
                            .orElse("no file")));
            Form form = ui.form("signup");
            String name = form.textInput("Name", "", 10);
            LocalDate when = form.dateInput("When", LocalDate.of(2024, 1, 1));
            boolean sent = form.submitButton("Send");
            ui.text("form: " + name + " " + when + " " + sent);
        }
    }

    @Test
    void everyKind_setWithItsJavaValue_reachesTheFragment() {
        try (AppSession app = tester.open("/harness").awaitIdle()) {
            SlotView slot = app.slot("all");
            assertThat(slot.texts().get(0))
                    .isEqualTo("2018–2022 | 0.25–0.75 | [] | M | false |  | 2024-05-17 | 09:30 | #aabbcc | no file");

            slot.widget("Years").set(new Range<>(2016, 2024));
            slot.widget("Share").set(new Range<>(0.5, 1.0));
            slot.widget("Regions").set(List.of("APAC", "EU"));
            slot.widget("Size").set("L");
            slot.widget("Live").set(true);
            slot.widget("Notes").set("two\nlines");
            slot.widget("Day").set(LocalDate.of(2024, 12, 24));
            slot.widget("At").set(LocalTime.of(17, 45));
            slot.widget("Colour").set("#FF8800");
            slot.widget("Data")
                    .set(FileToUpload.of("people.csv", "text/csv", "Ann,Bo".getBytes(StandardCharsets.UTF_8)));
            app.awaitIdle();

            assertThat(slot.texts().get(0))
                    .isEqualTo("2016–2024 | 0.5–1.0 | [EU, APAC] | L | true | two\nlines | 2024-12-24 | 17:45 | #ff8800"
                            + " | people.csv=Ann,Bo");
            assertThat(slot.widget("Years").value()).isEqualTo(new Range<>(2016, 2024));
            assertThat(slot.widget("Regions").value()).isEqualTo(List.of("EU", "APAC"));
            assertThat(slot.widget("Day").value()).isEqualTo(LocalDate.of(2024, 12, 24));
            assertThat(slot.widget("At").value()).isEqualTo(LocalTime.of(17, 45));
            assertThat(slot.widget("Colour").value()).isEqualTo("#ff8800");
            assertThat((List<?>) slot.widget("Data").value())
                    .singleElement()
                    .extracting(file -> ((UploadedFile) file).name())
                    .isEqualTo("people.csv");

            slot.widget("Data").set(List.of());
            app.awaitIdle();
            assertThat(slot.texts().get(0)).endsWith("| no file");
        }
    }

    @Test
    void valuesAWidgetCouldNotHaveSent_areRefused_asFromABrowser() {
        try (AppSession app = tester.open("/harness").awaitIdle()) {
            SlotView slot = app.slot("all");
            assertRefused(slot, "Years", new Range<>(2010, 2020), "'Years' takes a range within 2015 to 2025");
            assertRefused(slot, "Share", new Range<>(0.1, 0.5), "in steps of 0.25");
            assertRefused(slot, "Regions", List.of("EU", "US", "APAC"), "at most 2 options");
            assertRefused(slot, "Size", "XL", "'Size' has no option XL; its options are [S, M, L]");
            assertRefused(slot, "Notes", "x".repeat(21), "at most 20 characters");
            assertRefused(slot, "Day", LocalDate.of(2025, 1, 1), "from 2024-01-01 to 2024-12-31");
            assertRefused(slot, "At", LocalTime.of(9, 40), "in steps of 15 minutes");
            assertRefused(slot, "Colour", "red", "#rrggbb");
            assertRefused(
                    slot,
                    "Data",
                    FileToUpload.of("big.csv", "text/csv", new byte[101]),
                    "'big.csv' is 101 bytes; 'Data' takes files up to 100 bytes.");
            assertRefused(
                    slot,
                    "Data",
                    FileToUpload.of("photo.png", "image/png", PNG),
                    "'photo.png' is not a file type 'Data' takes: it takes CSV files.");
            app.awaitIdle();
            assertThat(slot.runs()).isEqualTo(1);
        }
    }

    @Test
    void formFields_holdTheirValues_untilTheSubmitButtonIsClicked() {
        try (AppSession app = tester.open("/harness").awaitIdle()) {
            SlotView slot = app.slot("all");
            slot.widget("Name").set("Ann");
            slot.widget("When").set(LocalDate.of(2024, 2, 2));
            assertRefused(slot, "Name", "Annabel-Lee", "at most 10 characters"); // checked at once
            app.awaitIdle();
            assertThat(slot.runs()).isEqualTo(1);
            assertThat(slot.texts().get(1)).isEqualTo("form:  2024-01-01 false");

            slot.widget("Send").click();
            app.awaitIdle();
            assertThat(slot.runs()).isEqualTo(2);
            assertThat(slot.texts().get(1)).isEqualTo("form: Ann 2024-02-02 true");
            assertThat(slot.widget("Name").value()).isEqualTo("Ann");
        }
    }

    private static void assertRefused(SlotView slot, String widget, Object value, String message) {
        assertThatThrownBy(() -> slot.widget(widget).set(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
