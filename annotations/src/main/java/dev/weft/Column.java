package dev.weft;

import java.util.List;
import java.util.Objects;

/**
 * How a table column shows its cells, and what an editor accepts in them: a kind (number, date,
 * link, progress bar, ...) with its format, and the column's label, width, alignment, pinning and
 * visibility. Immutable: every method returns a new column.
 *
 * <pre>{@code
 * Table.of(trips)
 *         .column("Fare", Trip::fare, Column.money("USD"))
 *         .column("Tip", Trip::tipShare, Column.percent(1))
 *         .column("Pickup", Trip::pickup, Column.dateTime("d MMM HH:mm"))
 *         .column("Zone", Trip::zone, Column.text().width(160).pinned());
 * }</pre>
 *
 * <p>Formats are applied on the server, in the browser's locale and time zone, so that a page of a
 * million-row table costs the browser nothing; sorting, filtering and export use the values, and
 * the search box finds a cell by its value or by the text the user sees.
 */
public final class Column {

    /** What a column shows. */
    public enum Kind {
        /** Picked from the values: numbers, check marks for booleans, else text. */
        AUTO,
        /** Text as given. */
        TEXT,
        /** A number with thousands separators and the given decimals. */
        NUMBER,
        /** A number shown as a percentage: 0.25 shows as 25%. */
        PERCENT,
        /** An amount of money in a currency. */
        MONEY,
        /** A date ({@code LocalDate}, or the date of a date-time in the user's time zone). */
        DATE,
        /** A time of day. */
        TIME,
        /** A date and time; an instant is shown in the user's time zone. */
        DATE_TIME,
        /** A link: the cell's value is its URL (http or https only). */
        LINK,
        /** An image: the cell's value is its URL (http, https or a data: image). */
        IMAGE,
        /** A progress bar from {@link #min()} to {@link #max()}. */
        PROGRESS,
        /** A small line chart of the cell's numbers (a list or an array). */
        LINE_SPARK,
        /** A small bar chart of the cell's numbers (a list or an array). */
        BAR_SPARK,
        /** A check mark for {@code true}, nothing for {@code false}. */
        CHECK,
        /** Tags: the cell's values (a list, or one value) as small labels. */
        TAGS,
        /** One of {@link #options()}: shown as text, edited with a select box. */
        CHOICE
    }

    private final Kind kind;
    private final int decimals;
    private final boolean grouping;
    private final String currency;
    private final String pattern;
    private final String linkText;
    private final List<String> options;
    private final Double min;
    private final Double max;
    private final String label;
    private final int width;
    private final Align align;
    private final boolean pinned;
    private final boolean hidden;
    private final boolean required;
    private final boolean readOnly;
    private final int maxLength;

    private Column(
            Kind kind,
            int decimals,
            boolean grouping,
            String currency,
            String pattern,
            String linkText,
            List<String> options,
            Double min,
            Double max,
            String label,
            int width,
            Align align,
            boolean pinned,
            boolean hidden,
            boolean required,
            boolean readOnly,
            int maxLength) {
        this.kind = kind;
        this.decimals = decimals;
        this.grouping = grouping;
        this.currency = currency;
        this.pattern = pattern;
        this.linkText = linkText;
        this.options = options;
        this.min = min;
        this.max = max;
        this.label = label;
        this.width = width;
        this.align = align;
        this.pinned = pinned;
        this.hidden = hidden;
        this.required = required;
        this.readOnly = readOnly;
        this.maxLength = maxLength;
    }

    private static Column of(Kind kind) {
        return new Column(
                kind, -1, true, null, null, null, List.of(), null, null, null, 0, null, false, false, false, false, 0);
    }

    private Column with(
            Kind kind,
            int decimals,
            boolean grouping,
            String currency,
            String pattern,
            String linkText,
            List<String> options,
            Double min,
            Double max) {
        return new Column(
                kind, decimals, grouping, currency, pattern, linkText, options, min, max, label, width, align, pinned,
                hidden, required, readOnly, maxLength);
    }

    private Column look(
            String label,
            int width,
            Align align,
            boolean pinned,
            boolean hidden,
            boolean required,
            boolean readOnly,
            int maxLength) {
        return new Column(
                kind, decimals, grouping, currency, pattern, linkText, options, min, max, label, width, align, pinned,
                hidden, required, readOnly, maxLength);
    }

    // ---------------------------------------------------------------- kinds

    /** A column whose kind is picked from its values: what a column is without configuration. */
    public static Column auto() {
        return of(Kind.AUTO);
    }

    /** Text as given. */
    public static Column text() {
        return of(Kind.TEXT);
    }

    /** A number as it is, with thousands separators. */
    public static Column number() {
        return of(Kind.NUMBER);
    }

    /**
     * A number rounded to {@code decimals} places (half up), with thousands separators.
     *
     * @throws IllegalArgumentException if {@code decimals} is not from 0 to 10
     */
    public static Column number(int decimals) {
        return of(Kind.NUMBER).decimals(decimals);
    }

    /** A whole number with thousands separators: {@code number(0)}. */
    public static Column integer() {
        return number(0);
    }

    /**
     * A fraction shown as a percentage with {@code decimals} places: 0.256 with 1 shows 25.6%.
     *
     * @throws IllegalArgumentException if {@code decimals} is not from 0 to 10
     */
    public static Column percent(int decimals) {
        return of(Kind.PERCENT).decimals(decimals);
    }

    /**
     * An amount in {@code currency}, an ISO 4217 code such as {@code "EUR"}, with the currency's
     * usual decimals and symbol in the user's locale.
     *
     * @throws IllegalArgumentException if {@code currency} is not three letters A to Z
     */
    public static Column money(String currency) {
        Objects.requireNonNull(currency, "currency");
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException(
                    "A currency is an ISO 4217 code of three capital letters, such as \"EUR\", not \"" + currency
                            + "\".");
        }
        return of(Kind.MONEY).with(Kind.MONEY, -1, true, currency, null, null, List.of(), null, null);
    }

    /**
     * A date shown with {@code pattern}, a {@code java.time.format.DateTimeFormatter} pattern such
     * as {@code "d MMM yyyy"}; {@code null} for the user's locale's medium style.
     *
     * @throws IllegalArgumentException if {@code pattern} is not a valid pattern
     */
    public static Column date(String pattern) {
        return of(Kind.DATE).pattern(pattern);
    }

    /** A time of day shown with {@code pattern} (such as {@code "HH:mm"}), or {@code null}. */
    public static Column time(String pattern) {
        return of(Kind.TIME).pattern(pattern);
    }

    /**
     * A date and time shown with {@code pattern} (such as {@code "d MMM HH:mm"}), or {@code null}
     * for the user's locale's medium style. An {@code Instant}, {@code ZonedDateTime}, {@code
     * OffsetDateTime} or {@code java.sql.Timestamp} is shown in the user's time zone, which the
     * browser reports; a {@code LocalDateTime} as it is.
     */
    public static Column dateTime(String pattern) {
        return of(Kind.DATE_TIME).pattern(pattern);
    }

    /** A link whose text is its URL. */
    public static Column link() {
        return of(Kind.LINK);
    }

    /** A link shown as {@code text}, the same for every row (such as {@code "Open"}). */
    public static Column link(String text) {
        Objects.requireNonNull(text, "text");
        return of(Kind.LINK).with(Kind.LINK, -1, true, null, null, text, List.of(), null, null);
    }

    /** An image from the URL in the cell, drawn small. */
    public static Column image() {
        return of(Kind.IMAGE);
    }

    /**
     * A progress bar: {@code min} shows empty, {@code max} full.
     *
     * @throws IllegalArgumentException if {@code min >= max}
     */
    public static Column progress(double min, double max) {
        return of(Kind.PROGRESS).min(min).max(max);
    }

    /** A small line chart of the cell's numbers. */
    public static Column lineSpark() {
        return of(Kind.LINE_SPARK);
    }

    /** A small bar chart of the cell's numbers. */
    public static Column barSpark() {
        return of(Kind.BAR_SPARK);
    }

    /** A check mark for {@code true}; edited with a checkbox. */
    public static Column check() {
        return of(Kind.CHECK);
    }

    /** The cell's values as small labels. */
    public static Column tags() {
        return of(Kind.TAGS);
    }

    /**
     * One of {@code options}: shown as text, edited with a select box that offers only them.
     *
     * @throws IllegalArgumentException if there are no options
     */
    public static Column choice(String... options) {
        List<String> list = List.of(options);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("A choice column needs at least one option.");
        }
        return of(Kind.CHOICE).with(Kind.CHOICE, -1, true, null, null, null, list, null, null);
    }

    // ---------------------------------------------------------------- format

    /**
     * The decimals of a number, percent or money column.
     *
     * @throws IllegalArgumentException if {@code decimals} is not from 0 to 10
     */
    public Column decimals(int decimals) {
        if (decimals < 0 || decimals > 10) {
            throw new IllegalArgumentException("Decimals go from 0 to 10, not " + decimals + ".");
        }
        return with(kind, decimals, grouping, currency, pattern, linkText, options, min, max);
    }

    /** Numbers without thousands separators (years, ids). */
    public Column noGrouping() {
        return with(kind, decimals, false, currency, pattern, linkText, options, min, max);
    }

    private Column pattern(String pattern) {
        if (pattern != null) {
            try {
                java.time.format.DateTimeFormatter.ofPattern(pattern);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "\"" + pattern + "\" is not a date-time pattern (java.time.format.DateTimeFormatter): "
                                + e.getMessage(),
                        e);
            }
        }
        return with(kind, decimals, grouping, currency, pattern, linkText, options, min, max);
    }

    /**
     * The least value: a progress bar's empty end, and the least value an editor accepts in a number
     * column.
     */
    public Column min(double min) {
        if (max != null && min >= max) {
            throw new IllegalArgumentException("min " + min + " must be below max " + max + ".");
        }
        return with(kind, decimals, grouping, currency, pattern, linkText, options, min, max);
    }

    /** The greatest value: a progress bar's full end, and the greatest an editor accepts. */
    public Column max(double max) {
        if (min != null && min >= max) {
            throw new IllegalArgumentException("max " + max + " must be above min " + min + ".");
        }
        return with(kind, decimals, grouping, currency, pattern, linkText, options, min, max);
    }

    // ---------------------------------------------------------------- look

    /** The header's text, instead of the column's name. */
    public Column label(String label) {
        Objects.requireNonNull(label, "label");
        return look(label, width, align, pinned, hidden, required, readOnly, maxLength);
    }

    /**
     * The column's width in CSS pixels.
     *
     * @throws IllegalArgumentException if {@code width} is not from 24 to 2000
     */
    public Column width(int width) {
        if (width < 24 || width > 2000) {
            throw new IllegalArgumentException("A column's width goes from 24 to 2000 px, not " + width + ".");
        }
        return look(label, width, align, pinned, hidden, required, readOnly, maxLength);
    }

    /** How the cells line up; by default numbers right and everything else left. */
    public Column align(Align align) {
        Objects.requireNonNull(align, "align");
        return look(label, width, align, pinned, hidden, required, readOnly, maxLength);
    }

    /** Keeps the column at the left while the table scrolls sideways. */
    public Column pinned() {
        return look(label, width, align, true, hidden, required, readOnly, maxLength);
    }

    /**
     * Leaves the column out of the page: its values still count for keys, search, filters and the
     * rows a selection returns, and go into the export.
     */
    public Column hidden() {
        return look(label, width, align, pinned, true, required, readOnly, maxLength);
    }

    /** In an editor: a cell of this column may not be left empty. */
    public Column required() {
        return look(label, width, align, pinned, hidden, true, readOnly, maxLength);
    }

    /** In an editor: the column cannot be edited. */
    public Column readOnly() {
        return look(label, width, align, pinned, hidden, required, true, maxLength);
    }

    /**
     * In an editor: the most characters a text cell accepts.
     *
     * @throws IllegalArgumentException if {@code maxLength} is below 1
     */
    public Column maxLength(int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1, not " + maxLength + ".");
        }
        return look(label, width, align, pinned, hidden, required, readOnly, maxLength);
    }

    // ---------------------------------------------------------------- read by the runtime

    public Kind kind() {
        return kind;
    }

    /** The decimals, or -1 for as many as the value has (money: the currency's). */
    public int decimals() {
        return decimals;
    }

    public boolean grouping() {
        return grouping;
    }

    /** The currency code of a money column, else null. */
    public String currency() {
        return currency;
    }

    /** The date-time pattern, or null for the locale's medium style. */
    public String pattern() {
        return pattern;
    }

    /** A link column's fixed text, or null to show the URL. */
    public String linkText() {
        return linkText;
    }

    /** A choice column's options, else empty. */
    public List<String> options() {
        return options;
    }

    /** The least value, or null. */
    public Double min() {
        return min;
    }

    /** The greatest value, or null. */
    public Double max() {
        return max;
    }

    /** The header's text, or null for the column's name. */
    public String label() {
        return label;
    }

    /** The width in CSS pixels, or 0 for automatic. */
    public int width() {
        return width;
    }

    /** The alignment, or null for the kind's usual one. */
    public Align align() {
        return align;
    }

    public boolean isPinned() {
        return pinned;
    }

    public boolean isHidden() {
        return hidden;
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** The most characters an editor accepts, or 0 for the default. */
    public int maxLength() {
        return maxLength;
    }
}
