package dev.weft.testing;

/** A widget of a slot under test. Changing it goes through the same checks as a browser's change. */
public interface WidgetView {

    /** The widget's current value ({@code Integer}, {@code Double}, {@code String} or {@code Boolean}). */
    Object value();

    /**
     * Sets the widget as a user would; its fragment then reruns (call {@link AppSession#awaitIdle()}).
     *
     * @throws IllegalArgumentException with the server's message if the widget refuses the value
     */
    void set(Object value);

    /** Clicks a button. */
    void click();
}
