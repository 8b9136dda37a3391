package dev.weft.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.FilePayload;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The input widgets of the offsite planner (range slider, multiselect, radio, toggle, date, time,
 * colour, text area, file uploader) in a real headless Chromium: each is operated as a user would
 * (keyboard, click, typing, a date, a file chosen) and what the server received shows in the
 * section that depends on it.
 */
@ExtendWith(WeftBrowserExtension.class)
@UsesExample(Example.WIDGETS)
class WidgetsBrowserTest {

    @Test
    void sidebarWidgets_rangeMultiselectRadioToggle_reachThePlan(ExampleServer app, Page page) throws IOException {
        page.setViewportSize(1280, 1100);
        page.navigate(app.url("/"));
        WidgetsPage planner = new WidgetsPage(page).awaitAllDone();
        Locator trip = planner.slot("trip");
        planner.expectText("plan", "Budget: 600–1500 € per person · Regions: Alps · By train, direct only");

        // Range slider: the keyboard moves each handle; the low one stops at the high one.
        Locator low = trip.locator("input.weft-range-low");
        Locator high = trip.locator("input.weft-range-high");
        assertThat(low).hasAttribute("aria-label", "Budget per person (€) (from)");
        high.focus();
        page.keyboard().press("End");
        planner.expectText("plan", "Budget: 600–3000 €");
        low.focus();
        page.keyboard().press("Home");
        planner.expectText("plan", "Budget: 200–3000 €");
        assertThat(trip.locator(".weft-slider-value")).hasText("200 – 3000");

        // Multiselect: pills; with three picked (its maximum) the others cannot be picked.
        trip.getByLabel("Provence").check();
        planner.expectText("plan", "Regions: Alps, Provence ·");
        trip.getByLabel("Tuscany").check();
        planner.expectText("plan", "Regions: Alps, Provence, Tuscany ·");
        assertThat(trip.getByLabel("Baltic coast")).isDisabled();
        assertThat(trip.locator(".weft-group-note")).hasText("3 of at most 3 picked");
        trip.getByLabel("Alps").uncheck();
        planner.expectText("plan", "Regions: Provence, Tuscany ·");
        assertThat(trip.getByLabel("Baltic coast")).isEnabled();

        // Radio: a click, then the arrow keys move the choice.
        trip.getByLabel("Coach").check();
        planner.expectText("plan", "By coach");
        page.keyboard().press("ArrowDown");
        planner.expectText("plan", "By plane");
        assertThat(trip.getByLabel("Plane")).isChecked();

        // Toggle: a switch, operated with the space bar.
        Locator direct =
                trip.getByRole(AriaRole.SWITCH, new Locator.GetByRoleOptions().setName("Direct connections only"));
        assertThat(direct).isChecked();
        direct.focus();
        page.keyboard().press("Space");
        planner.expectText("plan", "By plane, with changes");
        assertThat(direct).not().isChecked();
        assertThat(page.locator(".weft-widget-error")).hasCount(0);
    }

    @Test
    void planWidgets_dateTimeColourTextArea_reachThePlan_andAnOutOfRangeDateIsNotSent(ExampleServer app, Page page) {
        page.setViewportSize(1280, 1100);
        page.navigate(app.url("/"));
        WidgetsPage planner = new WidgetsPage(page).awaitAllDone();
        Locator plan = planner.slot("plan");
        planner.expectText("plan", "Starts 2026-09-14 at 09:30 · Badges in #4f46e5 · Notes: none");

        Locator date = plan.getByLabel("Start date");
        date.fill("2026-10-05");
        planner.expectText("plan", "Starts 2026-10-05 at 09:30");

        // A date outside the widget's bounds is marked invalid with a hint, and not sent.
        int sent = planner.sent();
        date.fill("2027-01-10");
        assertThat(date).hasAttribute("aria-invalid", "true");
        assertThat(plan.locator(".weft-widget-hint:not([hidden])"))
                .hasText("Enter a date from 2026-06-01 to 2026-12-18.");
        assertEquals(sent, planner.sent(), "an out-of-range date is not sent");
        date.fill("2026-10-06");
        planner.expectText("plan", "Starts 2026-10-06 at 09:30");
        assertThat(date).not().hasAttribute("aria-invalid", "true");

        plan.getByLabel("Arrival").fill("14:15");
        planner.expectText("plan", "Starts 2026-10-06 at 14:15");

        plan.getByLabel("Badge colour").fill("#ff8800");
        planner.expectText("plan", "Badges in #ff8800");
        assertThat(plan.locator(".weft-color-hex")).hasText("#ff8800");

        // The text area sends when asked (Ctrl+Enter) or when left, not on every key.
        Locator notes = plan.getByLabel("Notes for the venue");
        notes.click();
        sent = planner.sent();
        notes.pressSequentially("Quiet rooms,");
        page.keyboard().press("Enter");
        notes.pressSequentially("please");
        assertEquals(sent, planner.sent(), "typing sends nothing yet");
        assertThat(plan.locator(".weft-text-count")).hasText("19 / 280");
        page.keyboard().press("Control+Enter");
        planner.expectText("plan", "Notes: Quiet rooms,\nplease");
        assertThat(notes).isFocused();
        assertThat(notes).hasValue("Quiet rooms,\nplease");
    }

    @Test
    void fileUploader_showsTheUploadedFile_refusesOversizedAndWrongFiles_andChangesNothing(ExampleServer app, Page page)
            throws IOException {
        page.setViewportSize(1280, 1400);
        page.navigate(app.url("/"));
        WidgetsPage planner = new WidgetsPage(page).awaitAllDone();
        Locator attendees = planner.slot("attendees");
        planner.expectText("attendees", "No attendee list yet");

        Locator list = attendees.getByLabel("Attendee list");
        list.setInputFiles(new FilePayload("team.csv", "text/csv", utf8("Ada\nGrace\n\nLinus\n")));
        planner.expectText("attendees", "team.csv: 3 attendees (Ada, Grace, Linus)");
        assertThat(attendees.locator(".weft-file .weft-file-name")).hasText("team.csv");

        // Over the uploader's limit (64 KB): refused with a clear message; the list stays.
        int sent = planner.sent();
        list.setInputFiles(new FilePayload("everyone.csv", "text/csv", new byte[100_000]));
        assertThat(planner.refusal("attendees", "everyone.csv"))
                .hasText("'everyone.csv' is 100 KB; 'Attendee list' takes files up to 64 KB.");
        // Not a type it takes.
        list.setInputFiles(new FilePayload("team.pdf", "application/pdf", utf8("%PDF-1.7")));
        assertThat(planner.refusal("attendees", "team.pdf")).containsText("is not a file type 'Attendee list' takes");
        assertEquals(sent, planner.sent(), "nothing was sent");
        planner.expectText("attendees", "team.csv: 3 attendees (Ada, Grace, Linus)");

        // Two photos at once; one whose content is not what its name says is refused by the server.
        Locator photos = attendees.getByLabel("Venue photos");
        photos.setInputFiles(new FilePayload[] {
            new FilePayload("lake.png", "image/png", png()), new FilePayload("hall.png", "image/png", png())
        });
        planner.expectText("attendees", "Photos: lake.png, hall.png");
        sent = planner.sent();
        photos.setInputFiles(new FilePayload("fake.png", "image/png", utf8("<html>not a picture</html>")));
        assertThat(planner.refusal("attendees", "fake.png")) // an HTTP round trip: allow a loaded machine
                .hasText(
                        "'fake.png' is not a PNG file: its content does not match its extension.",
                        new LocatorAssertions.HasTextOptions().setTimeout(WidgetsPage.TIMEOUT_MS));
        assertEquals(sent, planner.sent(), "nothing was sent");
        assertThat(attendees.locator(".weft-file .weft-file-name"))
                .hasText(new String[] {"team.csv", "lake.png", "hall.png"});

        Path shot = Paths.get("target", "screenshots", "widgets-uploads.png");
        page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));

        // Removing a file takes it out of the uploader's value.
        attendees
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove team.csv"))
                .click();
        planner.expectText("attendees", "No attendee list yet");
        attendees
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove lake.png"))
                .click();
        planner.expectText("attendees", "Photos: hall.png");
    }

    @Test
    void form_sendsNothingUntilSubmitted_thenAllItsValuesInOneRun(ExampleServer app, Page page) throws IOException {
        page.setViewportSize(1280, 1100);
        page.navigate(app.url("/"));
        WidgetsPage planner = new WidgetsPage(page).awaitAllDone();
        Locator signup = planner.slot("signup");
        planner.expectText("signup", "Fill in the form and press Sign up.");
        long gen = planner.gen("signup");
        int sent = planner.sent();

        signup.getByLabel("Name").fill("Ada");
        signup.getByLabel("Diet").selectOption("Vegan");
        signup.getByLabel("Boat trip").check();
        signup.getByLabel("Cooking class").check();
        signup.getByLabel("Nights").fill("3");
        signup.getByLabel("Name").focus(); // leaves Nights: its change is done
        assertThat(signup.locator("form.weft-form")).hasAttribute("data-edited", "");
        assertEquals(sent, planner.sent(), "the form's fields send nothing before it is submitted");
        assertEquals(gen, planner.gen("signup"), "the form's section did not rerun");
        assertThat(planner.texts("signup")).hasText("Fill in the form and press Sign up.");

        page.evaluate("() => window.scrollTo(0, 0)"); // the sticky header at the top of the full-page shot
        Path shot = Paths.get("target", "screenshots", "widgets.png");
        page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
        if (Boolean.getBoolean("weft.updateScreenshots")) {
            Path docs = Paths.get(System.getProperty("weft.root", "../.."), "docs", "screenshots", "widgets.png");
            Files.createDirectories(docs.getParent());
            Files.copy(shot, docs, StandardCopyOption.REPLACE_EXISTING);
        }

        signup.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign up"))
                .click();
        planner.expectText("signup", "Signed up: Ada, vegan, 3 nights, cooking class and boat trip.");
        assertEquals(1, planner.forms(), "one form message");
        assertEquals(sent + 1, planner.sent(), "and nothing else");
        assertThat(signup.locator("form.weft-form")).not().hasAttribute("data-edited", "");
        assertThat(signup.getByLabel("Name")).hasValue("Ada");

        // Enter in a one-line field submits too; the button is true only in the run its click caused.
        signup.getByLabel("Name").fill("Ada L.");
        page.keyboard().press("Enter");
        planner.expectText("signup", "Signed up: Ada L., vegan");
        assertEquals(2, planner.forms());
    }

    @Test
    void narrowDarkScreen_everyWidgetFitsTheScreen(ExampleServer app, Page page) {
        page.setViewportSize(390, 844);
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        page.navigate(app.url("/"));
        new WidgetsPage(page).awaitAllDone();
        Object overflowing = page.evaluate("() => [...document.querySelectorAll('.weft-widget')]"
                + ".filter(w => w.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
                + ".map(w => w.dataset.kind)");
        assertEquals(List.of(), overflowing, "widgets wider than the screen");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target", "screenshots", "widgets-narrow-dark.png"))
                .setFullPage(true));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A small real PNG. */
    private static byte[] png() {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x4f46e5);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
