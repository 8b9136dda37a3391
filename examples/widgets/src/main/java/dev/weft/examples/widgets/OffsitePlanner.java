package dev.weft.examples.widgets;

import dev.weft.App;
import dev.weft.Area;
import dev.weft.Form;
import dev.weft.Fragment;
import dev.weft.Range;
import dev.weft.Ui;
import dev.weft.UploadedFile;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * A small planner for a team offsite with a range slider, a multiselect, radio buttons and a toggle in
 * the sidebar; date, time, colour and a text area in the plan; two file uploaders; and a sign-up form
 * that sends its fields only when submitted. Each section writes back what its widgets returned, so
 * what the server received is on the page.
 */
@App(title = "Offsite planner", path = "/")
public class OffsitePlanner {

    static final List<String> REGIONS = List.of("Alps", "Baltic coast", "Lake District", "Provence", "Tuscany");

    /** The most bytes an attendee list may have. */
    static final int LIST_LIMIT = 64_000;

    @Fragment(area = Area.SIDEBAR)
    Trip trip(Ui ui) {
        ui.header("Trip");
        Range<Integer> budget = ui.rangeSlider("Budget per person (€)", 200, 3000, 600, 1500);
        List<String> regions = ui.multiselect("Regions", REGIONS, List.of("Alps"), 3);
        String transport = ui.radio("Transport", List.of("Train", "Coach", "Plane"));
        boolean directOnly = ui.toggle("Direct connections only", true);
        return new Trip(budget, regions, transport, directOnly);
    }

    @Fragment
    void plan(Ui ui, Trip trip) {
        ui.title("Team offsite");
        ui.text("Budget: " + trip.budget() + " € per person · Regions: "
                + (trip.regions().isEmpty() ? "any" : String.join(", ", trip.regions())) + " · By "
                + trip.transport().toLowerCase() + (trip.directOnly() ? ", direct only" : ", with changes"));
        List<Ui> columns = ui.columns(3);
        LocalDate start = columns.get(0)
                .dateInput(
                        "Start date", LocalDate.of(2026, 9, 14), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 18));
        LocalTime arrival = columns.get(1).timeInput("Arrival", LocalTime.of(9, 30));
        String colour = columns.get(2).colorPicker("Badge colour", "#4f46e5");
        String notes = ui.textArea("Notes for the venue", "", 280);
        ui.text("Starts " + start + " at " + arrival + " · Badges in " + colour + " · Notes: "
                + (notes.isBlank() ? "none" : notes.strip()));
    }

    @Fragment
    void attendees(Ui ui) {
        ui.header("Attendees");
        Optional<UploadedFile> list = ui.fileUploader("Attendee list", List.of("csv", "txt"), LIST_LIMIT);
        if (list.isPresent()) {
            List<String> names = new String(list.get().bytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList();
            ui.text(list.get().name() + ": " + names.size() + " attendees (" + String.join(", ", names) + ")");
        } else {
            ui.text("No attendee list yet: upload a CSV with one name per line.");
        }
        List<UploadedFile> photos = ui.fileUploader("Venue photos", List.of("png", "jpg"), 2_000_000, 3);
        ui.text(
                photos.isEmpty()
                        ? "No photos yet."
                        : "Photos: "
                                + String.join(
                                        ", ",
                                        photos.stream().map(UploadedFile::name).toList()));
    }

    @Fragment
    void signup(Ui ui) {
        ui.header("Sign up");
        Form form = ui.form("signup");
        List<Ui> columns = form.columns(2);
        String name = columns.get(0).textInput("Name", "");
        String diet = columns.get(1).selectbox("Diet", List.of("Anything", "Vegetarian", "Vegan"));
        List<String> activities = form.multiselect("Activities", List.of("Hiking", "Cooking class", "Boat trip"));
        int nights = form.numberInput("Nights", 1, 5, 2);
        if (form.submitButton("Sign up")) {
            ui.text("Signed up: " + (name.isBlank() ? "(no name)" : name) + ", " + diet.toLowerCase() + ", "
                    + nights + (nights == 1 ? " night" : " nights")
                    + (activities.isEmpty()
                            ? ""
                            : ", " + String.join(" and ", activities).toLowerCase()) + ".");
        } else {
            ui.text("Fill in the form and press Sign up.");
        }
    }
}
