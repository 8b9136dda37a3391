package dev.weft.runtime.session;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.runtime.tables.CellTexts;
import dev.weft.runtime.tables.TableCriteria;
import dev.weft.runtime.tables.TableData;
import dev.weft.runtime.tables.TableException;
import dev.weft.runtime.tables.TableModel;
import dev.weft.runtime.tables.TablePage;
import dev.weft.runtime.ui.RunAssets;
import dev.weft.runtime.wire.ClientLocale;
import dev.weft.runtime.wire.ErrorCode;
import dev.weft.runtime.wire.Incoming;
import dev.weft.runtime.wire.Protocol;
import dev.weft.runtime.wire.ProtocolException;
import org.jboss.logging.Logger;

/**
 * Checks a browser's {@code table} request against the table a slot keeps for the content it shows
 * (or for the run going on, whose partial output may show the table already), and answers it.
 * Everything the request names is checked before anything is answered; a request changes nothing on
 * the server but the table's cached view.
 */
final class TableRequests {

    private static final Logger LOG = Logger.getLogger(TableRequests.class);

    /**
     * A checked request with what answering it needs: the table, which stays as it is while the slot's
     * content changes (an answer for an older generation is ignored by the page).
     */
    record Job(Incoming.Table request, long gen, TableModel table, TableCriteria criteria) {

        /** The user's locale and zone, which the page's formatted cells are written in. */
        ClientLocale where() {
            return criteria.where();
        }

        /** Whether answering takes no time: a page of rows held in the order asked for. */
        boolean quick() {
            return table.quick(criteria);
        }

        /** The slot and table, as the lane of requests for this table is named. */
        String lane() {
            return request.slot() + '\n' + request.table();
        }

        /** The page asked for, or the error that says why there is none (a query failed, a page past the last). */
        ObjectNode answer() {
            try {
                TablePage page = table.page(criteria, request.page());
                ObjectNode answer = Protocol.tablePage(
                        request,
                        gen,
                        TablePage.pages(page.total(), table.pageSize()),
                        page.total(),
                        page.all(),
                        page.rows(),
                        page.keys());
                CellTexts.put(answer, table, where());
                return answer;
            } catch (TableException e) {
                if (e.code() == ErrorCode.TABLE_FAILED) {
                    LOG.warnf(e.getCause(), "Table '%s' of fragment '%s' failed", request.table(), request.slot());
                }
                return Protocol.tableError(request, e.code(), e.getMessage());
            }
        }
    }

    private TableRequests() {}

    /** Called under the session's lock; takes no time whatever the table's size. */
    static Job check(Slot slot, Incoming.Table request, ClientLocale where) throws ProtocolException {
        RunAssets assets =
                slot.liveAssets != null && slot.liveAssets.gen() == request.gen() ? slot.liveAssets : slot.assets;
        TableModel table = assets == null ? null : assets.table(request.table());
        if (table == null) {
            throw new ProtocolException(
                    ErrorCode.UNKNOWN_TABLE,
                    "Fragment '" + slot.id() + "' shows no table '" + request.table() + "' now.");
        }
        TableCriteria criteria = TableCriteria.check(table, request, where);
        if (criteria.search() == null
                && criteria.filters().isEmpty()
                && table instanceof TableData data
                && request.page() >= data.pages()) {
            throw new ProtocolException(
                    ErrorCode.BAD_PAGE,
                    "Page " + request.page() + " is out of range: table '" + request.table() + "' has pages 0 to "
                            + (data.pages() - 1) + ".");
        }
        return new Job(request, assets.gen(), table, criteria);
    }
}
