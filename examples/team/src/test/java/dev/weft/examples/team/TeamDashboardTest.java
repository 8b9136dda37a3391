package dev.weft.examples.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.testing.AppSession;
import dev.weft.testing.AppTester;
import dev.weft.testing.SlotView;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The team dashboard's sections in the headless harness, over the example's fixed data set. */
@QuarkusTest
class TeamDashboardTest {

    @Inject
    AppTester tester;

    @Test
    void firstLoad_showsEightWeeksOfEveryProduct() {
        try (AppSession app = tester.as("alice", "analyst").open("/").awaitIdle()) {
            Map<String, String> figures = metrics(app.slot("summary"));
            int tickets = Integer.parseInt(figures.get("Tickets").replace(",", ""));
            int open = Integer.parseInt(figures.get("Open"));
            assertThat(tickets).isGreaterThan(150);
            assertThat(open).isBetween(1, tickets);
            assertThat(app.slot("weekly").chart(0).points()).as("a bar a week").isEqualTo(8);
            assertThat(app.slot("openTickets").table(0).rowCount()).isEqualTo(open);
        }
    }

    @Test
    void aProduct_narrowsEverySectionThatTakesTheFilters() {
        try (AppSession app = tester.as("alice", "analyst").open("/").awaitIdle()) {
            int all =
                    Integer.parseInt(metrics(app.slot("summary")).get("Tickets").replace(",", ""));
            int introRuns = app.slot("intro").runs();

            app.slot("filters").widget("Product").set("Billing");
            app.awaitIdle();

            int billing =
                    Integer.parseInt(metrics(app.slot("summary")).get("Tickets").replace(",", ""));
            assertThat(billing).isPositive().isLessThan(all);
            assertThat(app.slot("openTickets").table(0).rowCount())
                    .isEqualTo(Integer.parseInt(metrics(app.slot("summary")).get("Open")));
            assertThat(app.slot("intro").runs())
                    .as("the intro takes no filters")
                    .isEqualTo(introRuns);
        }
    }

    @Test
    void adminPage_listsTheMembersAndTheirOpenTickets() {
        try (AppSession app =
                tester.as("ada", "analyst", "admin").open("/admin").awaitIdle()) {
            assertThat(app.slot("members").table(0).rowCount()).isEqualTo(TeamData.MEMBERS.size());
            assertThat(app.slot("workload").chart(0).points()).isEqualTo(TeamData.MEMBERS.size());
        }
    }

    @Test
    void anAnalyst_isGreeted_seesNoCosts_andMayNotOpenTheAdminPage() {
        try (AppSession app = tester.as("alice", "analyst").open("/").awaitIdle()) {
            assertThat(String.join(" ", app.slot("intro").texts())).contains("Hello **alice**");
            assertThat(app.slot("costs").texts()).containsExactly("You are not allowed to see this section.");
        }
        assertThatThrownBy(() -> tester.as("alice", "analyst").open("/admin")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> tester.open("/")).isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void anAdmin_seesTheCostOfEveryone() {
        try (AppSession app = tester.as("ada", "analyst", "admin").open("/").awaitIdle()) {
            assertThat(app.slot("costs").table(0).rowCount()).isEqualTo(TeamData.MEMBERS.size());
        }
    }

    @Test
    void theFiltersAreALink_thatOpensTheSameView() {
        try (AppSession app = tester.as("alice", "analyst").open("/").awaitIdle()) {
            app.slot("filters").widget("Product").set("Billing");
            app.awaitIdle();
            assertThat(app.url()).isEqualTo("/?product=Billing");
            String billing = metrics(app.slot("summary")).get("Tickets");

            try (AppSession shared =
                    tester.as("ada", "analyst", "admin").open(app.url()).awaitIdle()) {
                assertThat(metrics(shared.slot("summary")).get("Tickets")).isEqualTo(billing);
            }
        }
    }

    private static Map<String, String> metrics(SlotView slot) {
        return slot.elements("metric").stream()
                .collect(Collectors.toMap(m -> (String) m.get("label"), m -> (String) m.get("value")));
    }
}
