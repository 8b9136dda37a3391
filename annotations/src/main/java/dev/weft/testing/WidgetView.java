package dev.weft.testing;

/**
 * A widget of a slot under test. Changing it goes through the same checks as a browser's change.
 *
 * <p>Values are the Java values the fragment gets: {@code Integer} or {@code Double} (sliders, number
 * fields), {@code String} (text, colour), {@code Boolean} (checkbox, toggle, button), {@code
 * dev.weft.Range} (range slider), {@code LocalDate}, {@code dev.weft.DateRange} (date range), {@code
 * LocalTime}, and a {@code List} of {@code dev.weft.UploadedFile} (file uploader). Choice widgets
 * (select box, radio, multiselect, pills, segmented control, select slider) take the app's own option
 * objects, as the fragment gets them: one option, an {@code Optional} of one (or {@code null}) for
 * one-pick pills and segmented controls, a {@code List} of them, or a {@code dev.weft.OptionRange}
 * (or a list of its two ends) for a range select slider; anything that is not an option is refused.
 *
 * <p><b>Forms.</b> As in a browser, setting a widget inside a form holds its value (checked at once)
 * until one of the form's submit buttons is {@link #click() clicked}; then every held value of the
 * form is applied at once and the fragment reruns once.
 */
public interface WidgetView {

    /** The widget's current value (see above); a button's is {@code false}. */
    Object value();

    /**
     * Sets the widget as a user would; its fragment then reruns (call {@link AppSession#awaitIdle()}),
     * or, in a form, when the form is submitted. Give the value as the fragment gets it ({@code
     * LocalDate}, {@code Range}, {@code List<String>}, ...); for a file uploader, a {@link
     * FileToUpload}, a {@code List} of them, or an empty {@code List} to remove its files.
     *
     * @throws IllegalArgumentException with the server's message if the widget refuses the value
     */
    void set(Object value);

    /** Clicks a button, or a form's submit button (which submits the form's held values). */
    void click();
}
