package dev.weft.runtime.ui;

import dev.weft.StatusBox;
import java.util.Objects;

/** A status box: a container drawn through it like any other, whose head a run replaces to update it. */
final class StatusBoxImpl extends UiImpl implements StatusBox {

    private String label;

    StatusBoxImpl(UiImpl parent, Block box, String label) {
        super(parent.canvas, box, parent.assets, null, parent.disabled);
        this.label = label;
    }

    @Override
    public void update(State state, String label) {
        Objects.requireNonNull(state, "state");
        synchronized (this) {
            if (label != null) {
                this.label = label;
            }
            canvas.replaceHead(block, StatusElements.status(state, this.label));
        }
    }
}
