package dev.weft.runtime.tables;

import dev.weft.Table;

/** A table whose rows stay in a database: every page, sort, search, filter and export is a query. */
final class QueryTable {

    private QueryTable() {}

    static TableModel open(Table.Query query, Table<?> table) {
        throw new UnsupportedOperationException("Query tables are not built yet.");
    }
}
