package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.App;
import dev.weft.Fragment;
import dev.weft.Rerun;
import dev.weft.Reruns;
import dev.weft.Ui;
import dev.weft.testing.AppSession;
import dev.weft.testing.AppTester;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A bean pushes a rerun of a fragment, in one session or in every session of an app: the fragment
 * reruns as its session's user, its dependents rerun, and nothing else does; pushes to closed or
 * unknown sessions are dropped. A fragment asks for its own rerun, or another's, from code.
 */
class PushTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest().withApplicationRoot(jar -> jar.addClasses(Live.class)
            .addClass(PushTest.class.getPackageName() + ".PushTest_Live_WeftApp"));

    /** What the fragments read: a stand-in for a table that another process writes. */
    static final AtomicInteger ORDERS = new AtomicInteger();

    static final AtomicInteger POLLS = new AtomicInteger();

    @Inject
    AppTester tester;

    @Inject
    Reruns reruns;

    @Inject
    Event<Rerun> rerunEvents;

    @App(path = "/pushed")
    public static class Live {

        @Inject
        SecurityIdentity identity;

        int clockRuns;
        int pollRuns;

        @Fragment
        int orders(Ui ui) {
            ui.text("session " + ui.sessionId());
            ui.text("pushed as "
                    + (identity.isAnonymous()
                            ? "anonymous"
                            : identity.getPrincipal().getName()));
            return ORDERS.get();
        }

        @Fragment(parallel = true)
        void chart(Ui ui, int orders) {
            ui.text("orders " + orders);
        }

        @Fragment(parallel = true)
        void clock(Ui ui) {
            ui.text("clock runs " + ++clockRuns);
        }

        @Fragment
        void poll(Ui ui) {
            ui.text("poll runs " + ++pollRuns);
            if (pollRuns < 3) {
                ui.rerun(); // until the third run
            }
        }

        @Fragment
        void refresh(Ui ui) {
            if (ui.button("Refresh clock")) {
                ui.rerun("clock");
            }
        }
    }

    @Test
    void pushEverywhere_rerunsTheFragmentAndItsDependentsInEverySession_andNothingElse() {
        AppSession first = tester.open("/pushed").awaitIdle();
        AppSession second = tester.open("/pushed").awaitIdle();
        assertThat(first.slot("chart").texts()).containsExactly("orders " + ORDERS.get());
        int clockRuns = first.slot("clock").runs();

        ORDERS.addAndGet(5);
        int pushed = reruns.of(Live.class).fragment("orders").everywhere();

        assertThat(pushed).isGreaterThanOrEqualTo(2);
        for (AppSession session : java.util.List.of(first, second)) {
            session.awaitIdle();
            assertThat(session.slot("chart").texts()).containsExactly("orders " + ORDERS.get());
            assertThat(session.slot("clock").runs())
                    .as("a fragment outside the graph")
                    .isEqualTo(clockRuns);
        }
        first.close();
        second.close();
    }

    @Test
    void pushToOneSession_rerunsOnlyThere_asTheSessionsUser() {
        AppSession alice = tester.as("alice").open("/pushed").awaitIdle();
        AppSession bob = tester.as("bob").open("/pushed").awaitIdle();
        String aliceId = sessionId(alice);
        int bobRuns = bob.slot("orders").runs();

        ORDERS.incrementAndGet();
        assertThat(reruns.of(Live.class).fragment("orders").inSession(aliceId)).isTrue();

        alice.awaitIdle();
        bob.awaitIdle();
        assertThat(alice.slot("chart").texts()).containsExactly("orders " + ORDERS.get());
        assertThat(alice.slot("orders").texts()).contains("pushed as alice");
        assertThat(bob.slot("orders").runs()).isEqualTo(bobRuns);
        alice.close();
        bob.close();
    }

    @Test
    void pushToAClosedOrUnknownSession_isDroppedWithoutError() {
        AppSession session = tester.open("/pushed").awaitIdle();
        String id = sessionId(session);
        session.close();

        assertThat(reruns.of(Live.class).fragment("orders").inSession(id)).isFalse();
        assertThat(reruns.of(Live.class).fragment("orders").inSession("no-such-session"))
                .isFalse();
        assertThat(reruns.of(Live.class).fragment("orders").inSession(null)).isFalse();
    }

    @Test
    void unknownFragmentOrApp_isRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> reruns.of(Live.class).fragment("ordrs"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'ordrs'")
                .hasMessageContaining("orders, chart, clock, poll, refresh");
        assertThatThrownBy(() -> reruns.of(String.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an @App")
                .hasMessageContaining(Live.class.getName());
    }

    @Test
    void rerunEvent_firedThroughCdi_rerunsLikeReruns() {
        AppSession session = tester.open("/pushed").awaitIdle();
        ORDERS.addAndGet(10);

        rerunEvents.fire(Rerun.inSession(Live.class, "orders", sessionId(session)));

        session.awaitIdle();
        assertThat(session.slot("chart").texts()).containsExactly("orders " + ORDERS.get());
        session.close();
    }

    @Test
    void fragmentAsksForItsOwnRerun_runsAgainAfterShowingItsDrawing() {
        AppSession session = tester.open("/pushed").awaitIdle();

        assertThat(session.slot("poll").texts()).containsExactly("poll runs 3");
        assertThat(session.slot("poll").runs()).isEqualTo(3);
        session.close();
    }

    @Test
    void fragmentReruns_anotherFragmentByName() {
        AppSession session = tester.open("/pushed").awaitIdle();
        int clockRuns = session.slot("clock").runs();

        session.slot("refresh").widget("Refresh clock").click();
        session.awaitIdle();

        assertThat(session.slot("clock").runs()).isEqualTo(clockRuns + 1);
        session.close();
    }

    private static String sessionId(AppSession session) {
        return session.slot("orders").texts().get(0).substring("session ".length());
    }
}
