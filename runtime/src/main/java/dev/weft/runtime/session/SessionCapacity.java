package dev.weft.runtime.session;

/**
 * The sessions a server holds at one moment, against its maximum ({@code quarkus.weft.sessions.max}).
 *
 * @param open every session held: connected tabs, sessions started with their page and not yet
 *     claimed, and sessions waiting for their tab to come back
 * @param live the sessions whose tab is connected: only these never give way to a new tab
 * @param max the most sessions the server holds at once
 */
public record SessionCapacity(int open, int live, int max) {

    /** Whether a new tab would be refused: every session is live, none can give way. */
    public boolean full() {
        return live >= max;
    }
}
