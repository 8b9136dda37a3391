package dev.weft.examples.team;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The team's data: six people and twelve weeks of their tickets, made up once at start from a fixed
 * seed (so every run, and every test, sees the same figures), ending on {@link #TODAY}.
 */
@ApplicationScoped
public class TeamData {

    /** The data set's "today": fixed, so the figures do not move with the calendar. */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    static final int WEEKS = 12;

    static final List<String> PRODUCTS = List.of("Billing", "Mobile app", "Web shop", "Warehouse");

    static final List<String> PRIORITIES = List.of("Low", "Normal", "High", "Urgent");

    static final List<Member> MEMBERS = List.of(
            new Member("Ana Lima", "Lead", "Lisbon", 78),
            new Member("Ben Okafor", "Engineer", "Lagos", 64),
            new Member("Chen Wei", "Engineer", "Singapore", 66),
            new Member("Dina Kaya", "Engineer", "Berlin", 71),
            new Member("Emil Berg", "Support", "Oslo", 52),
            new Member("Fatima Noor", "Support", "Toronto", 55));

    private final List<Ticket> tickets = generate();

    /** Every ticket of the last {@link #WEEKS} weeks, newest first. */
    List<Ticket> tickets() {
        return tickets;
    }

    /** The tickets the filters pick. */
    List<Ticket> tickets(Filters filters) {
        LocalDate from = weekStart(TODAY).minusWeeks(filters.weeks() - 1L);
        return tickets.stream()
                .filter(filters::includes)
                .filter(t -> !t.opened().isBefore(from))
                .toList();
    }

    /** Tickets opened per week, oldest week first. */
    List<WeekRow> weekly(Filters filters) {
        List<WeekRow> rows = new ArrayList<>();
        List<Ticket> picked = tickets(filters);
        for (int back = filters.weeks() - 1; back >= 0; back--) {
            LocalDate start = weekStart(TODAY).minusWeeks(back);
            List<Ticket> week = picked.stream()
                    .filter(t -> !t.opened().isBefore(start) && t.opened().isBefore(start.plusWeeks(1)))
                    .toList();
            int open = (int) week.stream().filter(Ticket::open).count();
            rows.add(new WeekRow("W" + start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), week.size() - open, open));
        }
        return rows;
    }

    static LocalDate weekStart(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static List<Ticket> generate() {
        Random random = new Random(20261204);
        List<Ticket> made = new ArrayList<>();
        LocalDate first = weekStart(TODAY).minusWeeks(WEEKS - 1L);
        int id = 4100;
        for (LocalDate day = first; !day.isAfter(TODAY); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() > 5) {
                continue;
            }
            int count = 3 + random.nextInt(5);
            for (int i = 0; i < count; i++) {
                long age = TODAY.toEpochDay() - day.toEpochDay();
                double urgency = random.nextDouble();
                String priority = PRIORITIES.get(urgency < 0.25 ? 0 : urgency < 0.7 ? 1 : urgency < 0.9 ? 2 : 3);
                // Older tickets are mostly closed; this week's mostly not.
                boolean closed = random.nextDouble() < Math.min(0.95, 0.15 + age / 20.0);
                String status = closed ? "Closed" : random.nextDouble() < 0.4 ? "Waiting" : "In progress";
                double hours = Math.round((0.5 + random.nextDouble() * (closed ? 9 : 4)) * 2) / 2.0;
                made.add(new Ticket(
                        id++,
                        day,
                        MEMBERS.get(random.nextInt(MEMBERS.size())).name(),
                        PRODUCTS.get(random.nextInt(PRODUCTS.size())),
                        priority,
                        status,
                        hours));
            }
        }
        made.sort(Comparator.comparing(Ticket::opened).thenComparing(Ticket::id).reversed());
        return List.copyOf(made);
    }
}
