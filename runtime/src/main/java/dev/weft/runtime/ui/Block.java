package dev.weft.runtime.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A container on a run's {@link Canvas}: the slot itself (the root) or a layout element (a column,
 * a tab, an expander, a container, an {@code empty()} placeholder), holding what was drawn into it
 * in drawing order. A child is an {@link ElementHandle} (one element) or another {@code Block}.
 *
 * <p>Guarded by the lock of the canvas it belongs to.
 */
final class Block {

    /**
     * The container's element without its {@code children}, or null for the root. Replaced (never
     * mutated) when the run changes the container, as a status box's state.
     */
    ObjectNode head;

    /** Holds at most one child: each draw into it replaces what it held ({@code ui.empty()}). */
    final boolean single;

    /** The id of the form this container is or is in ({@code ui.form}), or null. */
    final String form;

    final List<Object> children = new ArrayList<>();

    /** The id of the widget this container is (a dialog, whose value is whether it is open), or null. */
    String widgetId;

    Block(ObjectNode head, boolean single, String form) {
        this.head = head;
        this.single = single;
        this.form = form;
    }
}
