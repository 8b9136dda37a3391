package dev.weft.runtime.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One element a run has drawn, which the run may change in place later (a progress bar's value, a
 * status box's state). Replacing it marks the canvas changed, so that a running fragment's output
 * reaches the browser in its next partial {@code slot} message, and in any case in the final one.
 *
 * <p>Thread-safe (it locks its canvas). After the run has ended, changes are ignored, as every draw
 * is.
 */
final class ElementHandle {

    private final Canvas canvas;

    /**
     * The element as drawn; replaced, never mutated, so a snapshot can share it; null once removed.
     * Guarded by the canvas.
     */
    ObjectNode element;

    /** The id of the widget this element shows, or null. */
    final String widgetId;

    /** Shown only while the run goes on, never in its final content (a spinner). */
    final boolean passing;

    ElementHandle(Canvas canvas, ObjectNode element, String widgetId) {
        this(canvas, element, widgetId, false);
    }

    ElementHandle(Canvas canvas, ObjectNode element, String widgetId, boolean passing) {
        this.canvas = canvas;
        this.element = element;
        this.widgetId = widgetId;
        this.passing = passing;
    }

    /** Shows {@code replacement} where this element is; {@code replacement} must not be changed afterwards. */
    void replace(ObjectNode replacement) {
        canvas.replace(this, replacement);
    }

    /** Takes the element out of the slot. */
    void remove() {
        canvas.replace(this, null);
    }
}
