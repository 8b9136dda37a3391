package dev.weft.examples.gallery;

import dev.weft.Ui;

/** Status elements. Add new ones (callouts, progress, spinner, status box, toast) here. */
final class StatusSection {

    private StatusSection() {}

    static void draw(Ui ui) {
        ui.header("Status");
        ui.error("An error callout: what went wrong, in the slot that went wrong.");
    }
}
