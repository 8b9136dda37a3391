package dev.weft.runtime.tables;

import dev.weft.Column;
import dev.weft.runtime.wire.ClientLocale;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Currency;
import java.util.Locale;

/**
 * The text a column's format gives a cell in a user's locale and time zone: numbers, percentages and
 * money with {@code java.text}, dates and times with {@code java.time}. Formats that the browser
 * draws (links, images, sparklines, check marks, tags) and plain columns give no text: the browser
 * shows those cells from their values.
 *
 * <p>Not thread-safe ({@code java.text} formats are not): make one per page, or per search.
 */
public final class CellFormat {

    /** The most decimals a number column shows when it has no decimals set. */
    static final int FREE_DECIMALS = 10;

    private final Column.Kind kind;
    private final NumberFormat number;
    private final DateTimeFormatter dates;
    private final ClientLocale where;

    private CellFormat(Column.Kind kind, NumberFormat number, DateTimeFormatter dates, ClientLocale where) {
        this.kind = kind;
        this.number = number;
        this.dates = dates;
        this.where = where;
    }

    /** The format of a column in this locale and zone, or null if its cells take no text from the server. */
    public static CellFormat of(Column column, ClientLocale where) {
        Locale locale = where.locale();
        return switch (column.kind()) {
            case NUMBER, PROGRESS -> numbers(column, NumberFormat.getNumberInstance(locale), where);
            case PERCENT -> numbers(column, NumberFormat.getPercentInstance(locale), where);
            case MONEY -> numbers(column, money(column.currency(), locale), where);
            case DATE -> dates(column, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM), where);
            case TIME -> dates(column, DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT), where);
            case DATE_TIME ->
                dates(column, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT), where);
            // A column left to its values but given decimals or no grouping: its numbers take them.
            case AUTO ->
                column.decimals() >= 0 || !column.grouping()
                        ? numbers(column, NumberFormat.getNumberInstance(locale), where)
                        : null;
            default -> null;
        };
    }

    private static CellFormat numbers(Column column, NumberFormat format, ClientLocale where) {
        int decimals = column.decimals();
        if (decimals >= 0) {
            format.setMinimumFractionDigits(decimals);
            format.setMaximumFractionDigits(decimals);
        } else if (column.kind() != Column.Kind.MONEY) {
            // As many as the value has (0.5 stays 0.5, 3 stays 3), up to what a double holds faithfully.
            format.setMinimumFractionDigits(0);
            format.setMaximumFractionDigits(column.kind() == Column.Kind.PERCENT ? 2 : FREE_DECIMALS);
        }
        format.setGroupingUsed(column.grouping());
        format.setRoundingMode(RoundingMode.HALF_UP);
        return new CellFormat(column.kind(), format, null, where);
    }

    /** Money in the currency, with its symbol and usual decimals in the locale; an unknown code is written as is. */
    private static NumberFormat money(String code, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            // Three letters that are no ISO 4217 currency: a number followed by the code.
            DecimalFormat plain = (DecimalFormat) NumberFormat.getNumberInstance(locale);
            plain.setMinimumFractionDigits(2);
            plain.setMaximumFractionDigits(2);
            plain.setPositiveSuffix("\u00a0" + code);
            plain.setNegativeSuffix("\u00a0" + code);
            return plain;
        }
        format.setCurrency(currency);
        // setCurrency keeps the locale's decimals: a yen has none, a dinar three.
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format;
    }

    private static CellFormat dates(Column column, DateTimeFormatter localized, ClientLocale where) {
        DateTimeFormatter formatter =
                column.pattern() == null ? localized : DateTimeFormatter.ofPattern(column.pattern());
        return new CellFormat(column.kind(), null, formatter.withLocale(where.locale()), where);
    }

    /**
     * The text of a cell ({@link Cells#cell}), or null when the browser shows it from its value: an
     * empty cell, or one that is not of the format's type (text in a number column) or that the
     * pattern cannot write (a time of day with a date pattern).
     */
    public String text(Object cell) {
        if (cell == null) {
            return null;
        }
        if (number != null) {
            BigDecimal value = decimal(cell);
            return value == null ? null : number.format(value);
        }
        TemporalAccessor time = temporal(cell);
        if (time == null) {
            return null;
        }
        try {
            return dates.format(time);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A number cell as an exact decimal (a double by its shortest text, so 0.1 stays 0.1), else null. */
    private static BigDecimal decimal(Object cell) {
        return switch (cell) {
            case BigDecimal d -> d;
            case BigInteger i -> new BigDecimal(i);
            case Double d -> BigDecimal.valueOf(d);
            case Float f -> new BigDecimal(f.toString());
            case Number n -> BigDecimal.valueOf(n.longValue());
            default -> null;
        };
    }

    /** A date or time cell as the user sees it: an instant in the user's zone; a date as a date. */
    private TemporalAccessor temporal(Object cell) {
        return switch (cell) {
            case Instant i -> i.atZone(where.zone());
            case OffsetDateTime o -> o.atZoneSameInstant(where.zone());
            case LocalDateTime t -> kind == Column.Kind.DATE ? t.toLocalDate() : t;
            case LocalDate d -> kind == Column.Kind.DATE_TIME ? d.atStartOfDay() : d;
            case LocalTime t -> kind == Column.Kind.TIME ? t : null;
            default -> null;
        };
    }
}
