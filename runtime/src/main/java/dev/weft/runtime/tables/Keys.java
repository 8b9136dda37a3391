package dev.weft.runtime.tables;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Row keys as they travel: the form a key takes in a page's {@code keys} and in what a browser sends
 * back, so that the key the app gave and the key the browser names compare equal. Whole numbers
 * become {@code Long}s (of any Java type: 7, 7L and 7.0 are one key), other numbers {@code
 * BigDecimal}s without trailing zeros, booleans stay, and everything else becomes its text.
 */
public final class Keys {

    private Keys() {}

    /** The travelling form of a key; null stays null. */
    public static Object normal(Object key) {
        Object cell = Cells.cell(key);
        return switch (cell) {
            case null -> null;
            case Boolean b -> b;
            case Integer i -> i.longValue();
            case Long l -> l;
            case Short s -> s.longValue();
            case Byte b -> b.longValue();
            case BigInteger i when i.bitLength() < 64 -> i.longValue();
            case Number n -> decimal(n);
            default -> Cells.text(cell);
        };
    }

    private static Object decimal(Number n) {
        BigDecimal d;
        try {
            d = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
        } catch (NumberFormatException e) {
            return n.toString();
        }
        d = d.stripTrailingZeros();
        if (d.scale() <= 0
                && d.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
                && d.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0) {
            return d.longValueExact();
        }
        return d;
    }
}
