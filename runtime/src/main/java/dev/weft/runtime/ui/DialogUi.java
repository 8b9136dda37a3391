package dev.weft.runtime.ui;

import dev.weft.Dialog;
import dev.weft.runtime.widgets.DialogWidgets;

/**
 * A modal dialog of a run ({@code ui.dialog}): the {@code Ui} of its content, and its open state,
 * which is a widget value of its fragment: opened and closed by the run, closed by the user (a
 * {@code widget} message with {@code false}), kept across reruns.
 */
final class DialogUi extends UiImpl implements Dialog {

    private DialogUi(Canvas canvas, Block block, RunAssets assets, boolean disabled) {
        super(canvas, block, assets, null, disabled);
    }

    /**
     * Draws a dialog titled {@code title}, at most {@code width} wide, into {@code parent},
     * identified by {@code key} if given.
     *
     * @throws IllegalStateException if {@code parent} is (in) a form
     */
    static DialogUi draw(
            Canvas canvas,
            Block parent,
            RunAssets assets,
            String key,
            boolean disabled,
            String title,
            Dialog.Width width) {
        String label = String.valueOf(title);
        if (parent.form != null) {
            throw new IllegalStateException("Dialog '" + label + "' is drawn inside form '" + Forms.key(parent.form)
                    + "': a dialog is not part of a form. Draw the dialog outside the form, and a form inside it.");
        }
        Block block =
                canvas.widgetContainer(parent, "dialog", label, key, id -> new DialogWidgets.Dialog(id, label, width));
        return new DialogUi(canvas, block, assets, disabled);
    }

    @Override
    public void open() {
        canvas.setValue(block, Boolean.TRUE);
    }

    @Override
    public void close() {
        canvas.setValue(block, Boolean.FALSE);
    }

    @Override
    public boolean isOpen() {
        return Boolean.TRUE.equals(canvas.value(block));
    }
}
