package dev.weft.runtime.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.wire.ErrorCode;
import dev.weft.runtime.wire.ProtocolException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which sessions may start, and which one gives way when the server is full. */
class AdmissionTest {

    private static final String A = "10.0.0.1";
    private static final String B = "10.0.0.2";

    @Test
    void pagesBeyondTheUnclaimedShare_carryNoSession_andAreStillServed() throws Exception {
        Admission admission = new Admission(10, 2, 0);
        assertTrue(admission.page("p1", A, true));
        assertTrue(admission.page("p2", A, true));
        assertFalse(admission.page("p3", A, true), "the unclaimed share is spent");
        assertEquals(Optional.empty(), admission.tab("t1", B), "room is left for tabs");
    }

    @Test
    void fullServer_evictsTheOldestUnclaimedFirst() throws Exception {
        Admission admission = new Admission(3, 3, 0);
        assertTrue(admission.page("p1", A, true));
        admission.tab("w1", A);
        admission.detached("w1");
        assertTrue(admission.page("p2", A, true));
        assertEquals(Optional.of("p1"), admission.tab("t1", B));
        assertEquals(Optional.of("p2"), admission.tab("t2", B));
        assertEquals(Optional.of("w1"), admission.tab("t3", B), "then a session waiting for its tab");
    }

    @Test
    void fullServer_evictsTheLongestWaitingOfTheSameAddressFirst() throws Exception {
        Admission admission = new Admission(3, 1, 0);
        for (String id : new String[] {"b1", "a1", "a2"}) {
            admission.tab(id, id.startsWith("a") ? A : B);
            admission.detached(id);
        }
        assertEquals(Optional.of("a1"), admission.tab("a3", A), "its own address's waiting session");
        assertEquals(Optional.of("b1"), admission.tab("c1", "10.0.0.3"), "else the longest waiting");
    }

    @Test
    void serverFullOfLiveSessions_refusesPagesAndTabs() throws Exception {
        Admission admission = new Admission(2, 1, 0);
        admission.tab("t1", A);
        admission.tab("t2", B);
        ProtocolException tab = assertThrows(ProtocolException.class, () -> admission.tab("t3", "10.0.0.3"));
        assertEquals(ErrorCode.TOO_MANY_SESSIONS, tab.code());
        assertTrue(tab.getMessage().contains("The server is full"), tab.getMessage());
        assertThrows(ProtocolException.class, () -> admission.page("p1", "10.0.0.3", true));
        admission.detached("t1");
        assertFalse(admission.page("p1", "10.0.0.3", true), "a page, while a tab could evict: no session of its own");
    }

    @Test
    void addressAtItsCap_isRefused_untilOneOfItsSessionsDisconnects() throws Exception {
        Admission admission = new Admission(100, 25, 2);
        assertTrue(admission.page("p1", A, true));
        admission.tab("t1", A);
        ProtocolException refused = assertThrows(ProtocolException.class, () -> admission.tab("t2", A));
        assertTrue(refused.getMessage().contains("your network address"), refused.getMessage());
        assertThrows(ProtocolException.class, () -> admission.page("p2", A, true));
        assertEquals(Optional.empty(), admission.tab("t3", B), "another address is served");
        assertEquals(Optional.empty(), admission.tab("t4", null), "an address unknown is not capped");

        admission.detached("t1");
        assertTrue(admission.page("p2", A, true));
        assertTrue(admission.attached("t1"), "a tab coming back to its session is never refused");
    }

    @Test
    void evictedSession_cannotBeAttached() throws Exception {
        Admission admission = new Admission(1, 1, 0);
        assertTrue(admission.page("p1", A, true));
        assertEquals(Optional.of("p1"), admission.tab("t1", B));
        assertFalse(admission.attached("p1"));
        assertTrue(admission.attached("t1"));
    }
}
