package dev.weft;

import java.util.Objects;

/**
 * How a container drawn with {@link Ui#container(Container)} looks: with a border, with a fixed
 * height beyond which it scrolls, laying out its elements side by side (Streamlit's {@code
 * st.container(border=, height=, horizontal=)}). Immutable; start with one option and add others:
 *
 * <pre>{@code
 * Ui card = ui.container(Container.bordered());
 * Ui log = ui.container(Container.scrolling(240).withBorder());      // 240 px high, scrolls
 * Ui toolbar = ui.container(Container.horizontal());                // side by side, wrapping
 * }</pre>
 */
public final class Container {

    /** The most pixels a container's height may be. */
    public static final int MAX_HEIGHT = 10_000;

    private final boolean border;
    private final int height;
    private final boolean horizontal;

    private Container(boolean border, int height, boolean horizontal) {
        this.border = border;
        this.height = height;
        this.horizontal = horizontal;
    }

    /** A container with a border (and some room inside it). */
    public static Container bordered() {
        return new Container(true, 0, false);
    }

    /**
     * A container {@code height} pixels high whose content scrolls when it is higher; it can be
     * scrolled with the keyboard too.
     *
     * @throws IllegalArgumentException if {@code height} is not from 1 to {@link #MAX_HEIGHT}
     */
    public static Container scrolling(int height) {
        return new Container(false, checkHeight(height), false);
    }

    /**
     * A container that lays out its elements side by side, left to right, wrapping onto a new line
     * when they do not fit.
     */
    public static Container horizontal() {
        return new Container(false, 0, true);
    }

    /** This container, with a border. */
    public Container withBorder() {
        return new Container(true, height, horizontal);
    }

    /**
     * This container, {@code height} pixels high, scrolling when its content is higher.
     *
     * @throws IllegalArgumentException if {@code height} is not from 1 to {@link #MAX_HEIGHT}
     */
    public Container withHeight(int height) {
        return new Container(border, checkHeight(height), horizontal);
    }

    /** This container, laying out its elements side by side. */
    public Container withHorizontalLayout() {
        return new Container(border, height, true);
    }

    /** Whether the container has a border. */
    public boolean hasBorder() {
        return border;
    }

    /** The container's height in CSS pixels, or 0 for as high as its content. */
    public int height() {
        return height;
    }

    /** Whether the container lays out its elements side by side. */
    public boolean isHorizontal() {
        return horizontal;
    }

    private static int checkHeight(int height) {
        if (height < 1 || height > MAX_HEIGHT) {
            throw new IllegalArgumentException(
                    "A container's height is from 1 to " + MAX_HEIGHT + " pixels, not " + height + ".");
        }
        return height;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Container that
                && border == that.border
                && height == that.height
                && horizontal == that.horizontal;
    }

    @Override
    public int hashCode() {
        return Objects.hash(border, height, horizontal);
    }

    @Override
    public String toString() {
        return "Container[border=" + border + ", height=" + height + ", horizontal=" + horizontal + "]";
    }
}
