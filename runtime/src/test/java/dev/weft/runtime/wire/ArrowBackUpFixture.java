package dev.weft.runtime.wire;

import dev.weft.runtime.ui.Canvas;

/**
 * A class that breaks the floors on purpose (the wire may not know a canvas), so that the layering
 * test can show that its rule fails on such an arrow. Test sources only: never part of the runtime.
 */
public final class ArrowBackUpFixture {

    /** The forbidden arrow: wire → ui. */
    public static Class<?> forbidden() {
        return Canvas.class;
    }

    private ArrowBackUpFixture() {}
}
