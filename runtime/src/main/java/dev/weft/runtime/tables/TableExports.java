package dev.weft.runtime.tables;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a table's rows as a view selects them (search, filters, sort) as a download: CSV or an Excel
 * workbook, every column (hidden ones too) headed by its label, rows streamed as they are read.
 *
 * <p>CSV is UTF-8 with a byte order mark (so that Excel reads it as UTF-8), quoted where a cell needs
 * it (RFC 4180). A text cell that starts with {@code = + - @}, a tab or a carriage return gets a
 * leading apostrophe, so that a spreadsheet opening the file shows it as text and never runs it as a
 * formula. In a workbook every text cell is a string cell, which a spreadsheet never runs, so it stays
 * as it is; numbers, booleans and dates are cells of their types. A workbook holds at most {@value
 * #MAX_XLSX_ROWS} rows below its header: Excel's limit.
 */
public final class TableExports {

    /** The most rows a worksheet holds under its header row. */
    public static final int MAX_XLSX_ROWS = 1_048_575;

    // Quotes only cells that need it (a comma, a quote, a line break, or leading or trailing space);
    // leaves the caller's stream open, as write promises.
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    private TableExports() {}

    /** The MIME type of a format's download. */
    public static String mimeType(String format) {
        return format.equals("xlsx")
                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv; charset=utf-8";
    }

    /**
     * Writes the rows of {@code criteria} as {@code format} ({@code csv} or {@code xlsx}) to {@code out},
     * which it leaves open.
     *
     * @throws TableException if the rows could not be read
     */
    public static void write(TableModel table, TableCriteria criteria, String format, OutputStream out)
            throws IOException {
        if (format.equals("xlsx")) {
            xlsx(table, criteria, out);
        } else {
            csv(table, criteria, out);
        }
    }

    private static void csv(TableModel table, TableCriteria criteria, OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write('\uFEFF');
        List<TableColumn> columns = table.columns();
        try (SequenceWriter rows = CSV.writer(CsvSchema.emptySchema()).writeValues(writer)) {
            String[] line = new String[columns.size()];
            for (int c = 0; c < line.length; c++) {
                line[c] = defused(columns.get(c).label());
            }
            rows.write(line);
            table.export(criteria, cells -> {
                for (int c = 0; c < line.length; c++) {
                    Object cell = cells[c];
                    line[c] = cell instanceof Number || cell instanceof Boolean
                            ? Cells.text(cell)
                            : defused(Cells.text(cell));
                }
                rows.write(line);
            });
            rows.flush();
        }
        writer.flush();
    }

    /** Text a spreadsheet shows as text: with an apostrophe before a leading character that starts a formula. */
    static String defused(String text) {
        if (!text.isEmpty()) {
            char first = text.charAt(0);
            if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
                return "'" + text;
            }
        }
        return text;
    }

    private static void xlsx(TableModel table, TableCriteria criteria, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(new NonClosing(out), "Weft", "1.0");
        Worksheet sheet = workbook.newWorksheet("Table");
        List<TableColumn> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c).label());
        }
        sheet.range(0, 0, 0, Math.max(0, columns.size() - 1)).style().bold().set();
        sheet.freezePane(0, 1);
        int[] row = {0};
        try {
            table.export(criteria, cells -> {
                if (row[0] >= MAX_XLSX_ROWS) {
                    throw new Full();
                }
                int r = ++row[0];
                for (int c = 0; c < cells.length; c++) {
                    cell(sheet, r, c, cells[c]);
                }
                if (r % 10_000 == 0) {
                    sheet.flush();
                }
            });
        } catch (Full full) {
            // Excel's limit: the rows written are the first rows of the view.
        }
        workbook.finish();
    }

    private static void cell(Worksheet sheet, int r, int c, Object cell) {
        switch (cell) {
            case null -> {}
            case BigInteger i -> sheet.value(r, c, new BigDecimal(i));
            case Number n -> sheet.value(r, c, n);
            case Boolean b -> sheet.value(r, c, b);
            case LocalDate d -> {
                sheet.value(r, c, d);
                sheet.style(r, c).format("yyyy-mm-dd").set();
            }
            case LocalDateTime t -> {
                sheet.value(r, c, t);
                sheet.style(r, c).format("yyyy-mm-dd hh:mm:ss").set();
            }
            case Instant i -> {
                sheet.value(r, c, i.atZone(ZoneOffset.UTC));
                sheet.style(r, c).format("yyyy-mm-dd hh:mm:ss").set();
            }
            case OffsetDateTime o -> {
                sheet.value(r, c, o.toZonedDateTime());
                sheet.style(r, c).format("yyyy-mm-dd hh:mm:ss").set();
            }
            default -> sheet.value(r, c, Cells.text(cell));
        }
    }

    /** Stops an export at Excel's row limit. */
    private static final class Full extends RuntimeException {
        Full() {
            super(null, null, false, false);
        }
    }

    /** Keeps the caller's stream open: a workbook closes the stream it writes when it finishes. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
