package dev.weft.runtime.devui;

import dev.weft.runtime.limits.LimitLine;
import dev.weft.runtime.limits.Limiters;
import dev.weft.runtime.session.SessionView;
import dev.weft.runtime.session.Sessions;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * What the Weft card's pages in the Dev UI ask the running app, in dev mode only (the deployment
 * module registers it with the Dev UI's JSON-RPC): the open sessions and each {@code @Limited}
 * group's line. Every method only reads: the Dev UI cannot change a session or a line.
 */
public class WeftJsonRpcService {

    private final Sessions sessions;
    private final Limiters limiters;

    @Inject
    WeftJsonRpcService(Sessions sessions, Limiters limiters) {
        this.sessions = sessions;
        this.limiters = limiters;
    }

    /**
     * The open sessions, oldest first.
     *
     * @param now the server's clock (epoch milliseconds), to show the times in the snapshot as ages
     */
    public record SessionsNow(long now, List<SessionView> sessions) {}

    /**
     * Every {@code @Limited} group used so far, and who is in its line.
     *
     * @param now the server's clock (epoch milliseconds)
     * @param lines the groups, by name
     * @param holders the session fragments that hold a permit or wait for one, by group then place
     */
    public record LinesNow(long now, List<LimitLine> lines, List<Holder> holders) {}

    /**
     * A fragment of a session in a group's line.
     *
     * @param group the group
     * @param session the session's short id
     * @param app the session's page
     * @param fragment the fragment's name
     * @param state {@code queued} or {@code running}
     * @param position its place while queued (1 is next), or 0
     * @param etaMillis its estimated wait while queued, or -1
     * @param startedAt when the run started (epoch milliseconds)
     */
    public record Holder(
            String group,
            String session,
            String app,
            String fragment,
            String state,
            int position,
            long etaMillis,
            long startedAt) {}

    /** The open sessions with their fragments' states and last runs. */
    public SessionsNow getSessions() {
        return new SessionsNow(System.currentTimeMillis(), sessions.views());
    }

    /** Each {@code @Limited} group's line: permits held, callers waiting, estimates, and which fragments. */
    public LinesNow getLines() {
        List<Holder> holders = new ArrayList<>();
        for (SessionView session : sessions.views()) {
            for (SessionView.FragmentView fragment : session.fragments()) {
                if (!fragment.limitGroup().isEmpty()
                        && ("queued".equals(fragment.state()) || "running".equals(fragment.state()))) {
                    holders.add(new Holder(
                            fragment.limitGroup(),
                            session.id(),
                            session.app(),
                            fragment.name(),
                            fragment.state(),
                            fragment.position(),
                            fragment.etaMillis(),
                            fragment.startedAt()));
                }
            }
        }
        holders.sort(java.util.Comparator.comparing(Holder::group)
                .thenComparing(holder -> "running".equals(holder.state()) ? 0 : 1)
                .thenComparingInt(Holder::position));
        return new LinesNow(System.currentTimeMillis(), limiters.lines(), List.copyOf(holders));
    }
}
