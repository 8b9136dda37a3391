package dev.weft.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The state of one fragment's slot within a session: its latest run generation, and the last
 * status and content the browser was sent, kept so that a reconnecting tab gets them back.
 *
 * <p>Guarded by the owning {@link Session}'s lock.
 */
final class Slot {

    final FragmentDefinition fragment;
    final int index;
    long generation;
    ObjectNode status;
    ObjectNode content;

    Slot(FragmentDefinition fragment, int index) {
        this.fragment = fragment;
        this.index = index;
    }

    String id() {
        return fragment.name();
    }
}
