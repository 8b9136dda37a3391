package dev.weft.examples.team;

import dev.weft.App;
import dev.weft.Area;
import dev.weft.Chart;
import dev.weft.Column;
import dev.weft.Fragment;
import dev.weft.Table;
import dev.weft.Ui;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The support team's dashboard, for analysts and admins: the week's figures, tickets per week, and
 * the open tickets. Admins also see what the work cost, per person. The filters are in the URL, so
 * every view is a link to send.
 */
@App(title = "Support team", path = "/", order = 1)
@RolesAllowed({"analyst", "admin"})
public class TeamDashboard {

    @Inject
    TeamData data;

    /** The product and the weeks to look at, in the sidebar; every section below takes them. */
    @Fragment(area = Area.SIDEBAR)
    Filters filters(Ui ui) {
        ui.header("Filters");
        List<String> products = new ArrayList<>();
        products.add(Filters.ALL);
        products.addAll(TeamData.PRODUCTS);
        String product = ui.queryParam("product").selectbox("Product", products); // ?product=Billing
        int weeks = ui.queryParam("weeks").slider("Weeks", 2, TeamData.WEEKS, 8); // &weeks=4
        return new Filters(product, weeks);
    }

    @Fragment
    void intro(Ui ui) {
        ui.title("Support team");
        ui.markdown("Hello **" + ui.user().name() + "**. Tickets of the last weeks, up to **" + TeamData.TODAY
                + "**. Pick a product and how far back to look in the sidebar: the address bar keeps the view,"
                + " so you can send it.");
        ui.caption("Your time zone: " + ui.context().timeZone().getId());
    }

    @Fragment(parallel = true)
    void summary(Ui ui, Filters filters) {
        List<Ticket> tickets = data.tickets(filters);
        long open = tickets.stream().filter(Ticket::open).count();
        long urgent = tickets.stream()
                .filter(t -> t.open() && t.priority().equals("Urgent"))
                .count();
        double hours = tickets.stream().mapToDouble(Ticket::hours).sum();
        List<Ui> columns = ui.columns(4);
        columns.get(0).metric("Tickets", String.format(Locale.ROOT, "%,d", tickets.size()));
        columns.get(1).metric("Open", String.valueOf(open));
        columns.get(2).metric("Urgent and open", String.valueOf(urgent));
        columns.get(3).metric("Hours", String.format(Locale.ROOT, "%,.0f", hours));
    }

    @Fragment(parallel = true)
    void weekly(Ui ui, Filters filters) {
        ui.header("Tickets per week");
        ui.chart(Chart.bar(data.weekly(filters))
                .x("Week", WeekRow::week)
                .y("Closed", WeekRow::closed, "#14b8a6")
                .y("Open", WeekRow::open, "#f59e0b")
                .stacked()
                .yTitle("Tickets")
                .height(280));
    }

    @Fragment(parallel = true)
    void openTickets(Ui ui, Filters filters) {
        ui.header("Open tickets");
        List<Ticket> open = data.tickets(filters).stream().filter(Ticket::open).toList();
        ui.table(Table.of(open)
                .label("Open tickets")
                .key(Ticket::id)
                .search()
                .column("Ticket", Ticket::id, Column.integer().noGrouping())
                .column("Opened", Ticket::opened, Column.date("d MMM"))
                .column("Owner", Ticket::owner)
                .column("Product", Ticket::product)
                .column("Priority", Ticket::priority, Column.choice(TeamData.PRIORITIES.toArray(String[]::new)))
                .column("Status", Ticket::status)
                .column("Hours", Ticket::hours, Column.number(1)));
    }

    /** What the picked tickets cost, per person: for admins only (analysts see that it is not for them). */
    @Fragment(parallel = true)
    @RolesAllowed("admin")
    void costs(Ui ui, Filters filters) {
        ui.header("Cost by person");
        ui.caption("Hours on the picked tickets times each person's hourly rate. Only admins see this section.");
        Map<String, Double> hours = data.tickets(filters).stream()
                .collect(Collectors.groupingBy(Ticket::owner, Collectors.summingDouble(Ticket::hours)));
        List<Map<String, Object>> rows = TeamData.MEMBERS.stream()
                .sorted(Comparator.comparing(Member::name))
                .map(member -> {
                    double h = hours.getOrDefault(member.name(), 0.0);
                    return Map.<String, Object>of("Person", member.name(), "Hours", h, "Cost", h * member.hourlyRate());
                })
                .toList();
        ui.table(Table.of(rows)
                .label("Cost by person")
                .column("Person", Column.text())
                .column("Hours", Column.number(1))
                .column("Cost", Column.money("EUR")));
    }
}
