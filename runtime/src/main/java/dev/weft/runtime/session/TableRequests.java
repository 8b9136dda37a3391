package dev.weft.runtime.session;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.runtime.tables.TableData;
import dev.weft.runtime.ui.RunAssets;
import dev.weft.runtime.wire.ErrorCode;
import dev.weft.runtime.wire.Incoming;
import dev.weft.runtime.wire.Protocol;
import dev.weft.runtime.wire.ProtocolException;

/**
 * Checks a browser's {@code table} request against the rows a slot keeps for the content it shows
 * (or for the run going on, whose partial output may show the table already), and answers it.
 * Everything is checked before anything is answered; a request changes nothing on the server but the
 * table's cached order.
 */
final class TableRequests {

    /**
     * A checked request with what answering it needs: the table's rows, which stay as they are while
     * the slot's content changes (an answer for an older generation is ignored by the page).
     *
     * @param sortBy the column to sort by, or -1 for the rows as given
     */
    record Job(
            String slot,
            String table,
            long gen,
            int page,
            String sort,
            boolean descending,
            TableData data,
            int sortBy) {

        /** Whether answering takes no sort: unsorted, or sorted the way the table's cached order is. */
        boolean quick() {
            return sortBy < 0 || data.sortedBy(sortBy, descending);
        }

        /** The page asked for, sorting the table first if its cached order is another. */
        ObjectNode answer() {
            return Protocol.tablePage(
                    slot,
                    table,
                    gen,
                    page,
                    data.pages(),
                    data.rowCount(),
                    sort,
                    descending,
                    data.rows(page, sortBy, descending));
        }
    }

    private TableRequests() {}

    /** Called under the session's lock; takes no time whatever the table's size. */
    static Job check(Slot slot, Incoming.Table request) throws ProtocolException {
        RunAssets assets =
                slot.liveAssets != null && slot.liveAssets.gen() == request.gen() ? slot.liveAssets : slot.assets;
        TableData table = assets == null ? null : assets.table(request.table());
        if (table == null) {
            throw new ProtocolException(
                    ErrorCode.UNKNOWN_TABLE,
                    "Fragment '" + slot.id() + "' shows no table '" + request.table() + "' now.");
        }
        if (request.page() >= table.pages()) {
            throw new ProtocolException(
                    ErrorCode.BAD_PAGE,
                    "Page " + request.page() + " is out of range: table '" + request.table() + "' has pages 0 to "
                            + (table.pages() - 1) + ".");
        }
        int sortBy = -1;
        if (request.sort() != null) {
            sortBy = table.column(request.sort());
            if (sortBy < 0) {
                throw new ProtocolException(
                        ErrorCode.UNKNOWN_COLUMN,
                        "Table '" + request.table() + "' has no column '" + request.sort() + "'; it has "
                                + table.names() + ".");
            }
        }
        return new Job(
                slot.id(),
                request.table(),
                assets.gen(),
                request.page(),
                request.sort(),
                request.descending(),
                table,
                sortBy);
    }
}
