package dev.weft.examples.team;

import java.time.LocalDate;

/** One support ticket: who owns it, for which product, how urgent, and the hours spent on it so far. */
public record Ticket(
        int id, LocalDate opened, String owner, String product, String priority, String status, double hours) {

    /** Whether the ticket is still being worked on. */
    public boolean open() {
        return !status.equals("Closed");
    }
}
