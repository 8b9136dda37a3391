package dev.weft.runtime.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weft.Selection;
import dev.weft.runtime.session.Session;
import dev.weft.runtime.tables.TableData;
import dev.weft.runtime.wire.Incoming;
import dev.weft.runtime.wire.ProtocolException;
import dev.weft.testing.TableView;
import java.util.List;
import java.util.Map;

/** A table of a slot, driven as a browser would: pages, and what a user does to the table. */
final class TestTable implements TableView {
    private final ObjectMapper mapper;
    private final Session session;
    private final String slot;
    private final String table;
    private final long gen;
    private final TableData data;

    TestTable(ObjectMapper mapper, Session session, String slot, String table, long gen, TableData data) {
        this.mapper = mapper;
        this.session = session;
        this.slot = slot;
        this.table = table;
        this.gen = gen;
        this.data = data;
    }

    @Override
    public List<String> columns() {
        return data.names();
    }

    @Override
    public int rowCount() {
        return data.rowCount();
    }

    @Override
    public List<List<Object>> rows() {
        return data.allRows();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<List<Object>> page(int page, String sortColumn, boolean descending) {
        try {
            JsonNode answer =
                    session.table(new Incoming.Table(slot, table, gen, Math.max(page, 0), sortColumn, descending));
            if (page < 0) {
                throw new IllegalArgumentException("Page " + page + " is out of range: pages start at 0.");
            }
            return mapper.convertValue(answer.get("rows"), List.class);
        } catch (ProtocolException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static UnsupportedOperationException notYet() {
        return new UnsupportedOperationException("Not in the harness yet.");
    }

    @Override
    public List<List<String>> shown(int page) {
        throw notYet();
    }

    @Override
    public TableView search(String text) {
        throw notYet();
    }

    @Override
    public TableView filterContains(String column, String text) {
        throw notYet();
    }

    @Override
    public TableView filterRange(String column, Object min, Object max) {
        throw notYet();
    }

    @Override
    public TableView filterValues(String column, List<?> values) {
        throw notYet();
    }

    @Override
    public byte[] exportCsv() {
        throw notYet();
    }

    @Override
    public byte[] exportXlsx() {
        throw notYet();
    }

    @Override
    public void selectRows(Object... keys) {
        throw notYet();
    }

    @Override
    public void selectCells(Selection.Cell... cells) {
        throw notYet();
    }

    @Override
    public void selectColumns(String... columns) {
        throw notYet();
    }

    @Override
    public void edit(Object key, String column, Object value) {
        throw notYet();
    }

    @Override
    public void addRow(Map<String, Object> cells) {
        throw notYet();
    }

    @Override
    public void deleteRows(Object... keys) {
        throw notYet();
    }
}
