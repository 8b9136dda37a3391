package dev.weft;

/**
 * Whether a widget's label is shown ({@link Ui#labelVisibility}), as Streamlit's {@code
 * label_visibility}. A hidden or collapsed label is still the control's accessible name, read by
 * screen readers.
 */
public enum LabelVisibility {
    /** The label is shown (the default). */
    VISIBLE,
    /** The label is not shown, but its space is kept, so the widget lines up with labelled ones. */
    HIDDEN,
    /** The label is not shown and takes no space. */
    COLLAPSED
}
