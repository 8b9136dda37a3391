package dev.weft.examples.gallery;

import dev.weft.Progress;
import dev.weft.Spinner;
import dev.weft.StatusBox;
import dev.weft.Ui;

/**
 * Status elements: the four callouts, an exception, a status box and a progress bar. A button runs a
 * short import that shows a spinner and moves the bar while the run goes on, then a toast: neither
 * stays in the final content, so screenshots of the page are the same every time.
 */
final class StatusSection {

    /** How many steps the import takes. */
    static final int STEPS = 6;

    private StatusSection() {}

    static void draw(Ui ui) throws InterruptedException {
        ui.header("Status");
        ui.info("Figures are refreshed **every night** at 02:00.");
        ui.success("All 8 stores reported their figures.");
        ui.warning("Queenstown's November figures are still provisional.");
        ui.error("The forecast service did not answer.");
        ui.exception(new IllegalStateException("Forecast model not loaded"));
        StatusBox box = ui.status("Importing figures…");
        box.text("Read 8 stores from the ledger.");
        box.text("Checked the totals against the bank statements.");
        box.update(StatusBox.State.COMPLETE, "Figures imported");
        if (!ui.button("Run the import")) {
            ui.progress(0.72, "Yearly target: 72 %");
            return;
        }
        Progress bar = ui.progress(0, "Starting…");
        try (Spinner spinner = ui.spinner("Importing…")) {
            for (int step = 1; step <= STEPS; step++) {
                Thread.sleep(250);
                bar.set((double) step / STEPS, "Imported file " + step + " of " + STEPS);
            }
        }
        ui.toast("Import finished: " + STEPS + " files.");
    }
}
