package dev.weft.runtime.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.Progress;
import dev.weft.Spinner;
import dev.weft.StatusBox;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/** The status elements whose runs change them in place: progress bars and status boxes. */
final class StatusElements {

    private StatusElements() {}

    /** A spinner drawn as {@code handle}: closing it removes it, once. */
    static Spinner spinner(ElementHandle handle) {
        AtomicBoolean open = new AtomicBoolean(true);
        return () -> {
            if (open.getAndSet(false)) {
                handle.remove();
            }
        };
    }

    static ObjectNode progress(double value, String text) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(
                    "A progress value is from 0.0 to 1.0, not " + value + ". For a percentage, divide by 100.");
        }
        ObjectNode progress = Canvas.element("progress").put("value", value);
        if (text != null) {
            progress.put("text", text);
        }
        return progress;
    }

    static ObjectNode status(StatusBox.State state, String label) {
        return Canvas.element("status")
                .put("label", String.valueOf(label))
                .put("state", state.name().toLowerCase(Locale.ROOT));
    }

    /** A progress bar a run moves through its {@link ElementHandle}. */
    static final class Bar implements Progress {
        private final ElementHandle handle;
        private String text;

        Bar(ElementHandle handle, String text) {
            this.handle = handle;
            this.text = text;
        }

        @Override
        public synchronized void set(double value, String text) {
            handle.replace(progress(value, text));
            this.text = text;
        }

        @Override
        public synchronized void set(double value) {
            set(value, text);
        }
    }
}
