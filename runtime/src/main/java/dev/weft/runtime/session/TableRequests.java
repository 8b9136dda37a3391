package dev.weft.runtime.session;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.runtime.ui.RunAssets;
import dev.weft.runtime.ui.TableData;
import dev.weft.runtime.wire.ErrorCode;
import dev.weft.runtime.wire.Incoming;
import dev.weft.runtime.wire.Protocol;
import dev.weft.runtime.wire.ProtocolException;

/**
 * Answers a browser's {@code table} request from the rows a slot keeps for the content it shows
 * (or for the run going on, whose partial output may show the table already). Everything is
 * checked before anything is answered; a request changes nothing on the server but the table's
 * cached order.
 */
final class TableRequests {

    private TableRequests() {}

    /** Called under the session's lock. */
    static ObjectNode answer(Slot slot, Incoming.Table request) throws ProtocolException {
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
        return Protocol.tablePage(
                slot.id(),
                request.table(),
                assets.gen(),
                request.page(),
                table.pages(),
                table.rowCount(),
                request.sort(),
                request.descending(),
                table.rows(request.page(), sortBy, request.descending()));
    }
}
