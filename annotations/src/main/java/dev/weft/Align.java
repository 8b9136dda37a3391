package dev.weft;

/** How a table column's cells line up: see {@link Column#align(Align)}. */
public enum Align {
    /** Text's usual alignment. */
    LEFT,
    /** Centred: check marks, short codes. */
    CENTER,
    /** Numbers' usual alignment, so that digits line up. */
    RIGHT
}
