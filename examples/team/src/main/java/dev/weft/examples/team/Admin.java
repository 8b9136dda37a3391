package dev.weft.examples.team;

import dev.weft.App;
import dev.weft.Chart;
import dev.weft.Column;
import dev.weft.Fragment;
import dev.weft.Table;
import dev.weft.Ui;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The team's people, their rates and their workload: a page for admins only. */
@App(title = "Admin", path = "/admin", order = 2)
@RolesAllowed("admin")
public class Admin {

    @Inject
    TeamData data;

    /** One bar per person: their open tickets. */
    public record Load(String person, long open) {}

    @Fragment
    void intro(Ui ui) {
        ui.title("Admin");
        ui.markdown("The team's members and their hourly rates, and who carries the open tickets.");
    }

    @Fragment(parallel = true)
    void members(Ui ui) {
        ui.header("Members");
        ui.table(Table.of(TeamData.MEMBERS)
                .label("Members")
                .column("Name", Member::name)
                .column("Role", Member::role)
                .column("Location", Member::location)
                .column("Hourly rate", Member::hourlyRate, Column.money("EUR")));
    }

    @Fragment(parallel = true)
    void workload(Ui ui) {
        ui.header("Open tickets per person");
        Map<String, Long> open = data.tickets().stream()
                .filter(Ticket::open)
                .collect(Collectors.groupingBy(Ticket::owner, Collectors.counting()));
        List<Load> loads = TeamData.MEMBERS.stream()
                .map(member -> new Load(member.name(), open.getOrDefault(member.name(), 0L)))
                .toList();
        ui.chart(Chart.bar(loads)
                .x("Person", Load::person)
                .y("Open tickets", Load::open)
                .height(260));
    }
}
