package dev.weft.runtime.limits;

import dev.weft.runtime.LimitDefinition;

/**
 * One {@link dev.weft.Limited} group's line on this server as the Dev UI shows it: its settings,
 * the permits held and the callers waiting now (all scopes together; for a cluster group, this
 * server's share), and the estimates its waiters are given. A snapshot; reading it changes nothing.
 *
 * @param group the group's name
 * @param permits {@code @Limited(permits)}
 * @param queue {@code @Limited(queue)}: how many may wait
 * @param timeoutMillis {@code @Limited(timeout)} in milliseconds, 0 for none
 * @param scope {@code SERVER}, {@code SESSION} or {@code CLUSTER}
 * @param confined whether the group's calls run on its own thread
 * @param running permits held now
 * @param waiting callers in line now
 * @param meanRunMillis the mean of the group's recent run times, or -1 before the first run ended
 * @param nextWaitMillis the estimated wait of a caller joining the line now, or -1 when not known
 */
public record LimitLine(
        String group,
        int permits,
        int queue,
        long timeoutMillis,
        String scope,
        boolean confined,
        int running,
        int waiting,
        long meanRunMillis,
        long nextWaitMillis) {

    /** The line of a group as it is now. */
    static LimitLine of(LimitGroup group) {
        LimitDefinition definition = group.definition();
        int running = group.running();
        int waiting = group.waiting();
        long next = running < definition.permits() && waiting == 0
                ? 0
                : group.runTimes().estimate(waiting + 1, definition.permits());
        return new LimitLine(
                definition.group(),
                definition.permits(),
                definition.queue(),
                definition.timeoutMillis(),
                definition.scope().name(),
                definition.confined(),
                running,
                waiting,
                group.runTimes().mean(),
                next);
    }
}
