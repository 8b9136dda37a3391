package dev.weft.runtime.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FailureLogTest {

    private final AtomicLong now = new AtomicLong();
    private final List<String> counted = new ArrayList<>();
    private final FailureLog log = new FailureLog(now::get, (app, fragment) -> counted.add(app + "#" + fragment));

    @Test
    void failuresBeyondTheRate_areCountedButNotLogged_andTheNextLoggedLineSaysHowMany() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            lines.add(log.record("Sales", "revenue", "0123456789abcdef", new IllegalStateException("down")));
        }
        assertThat(lines.subList(0, FailureLog.PER_MINUTE))
                .allSatisfy(line -> assertThat(line).isEqualTo("Fragment Sales#revenue failed in session 01234567"));
        assertThat(lines.subList(FailureLog.PER_MINUTE, 8)).containsOnlyNulls();
        assertThat(counted).hasSize(8);

        now.addAndGet(TimeUnit.SECONDS.toNanos(61));
        assertThat(log.record("Sales", "revenue", "fedcba9876543210", new IllegalStateException("down")))
                .isEqualTo("Fragment Sales#revenue failed in session fedcba98; 3 earlier failures of it were not logged"
                        + " (at most 5 a minute are)");
        assertThat(log.record("Sales", "revenue", "fedcba9876543210", new IllegalStateException("down")))
                .isEqualTo("Fragment Sales#revenue failed in session fedcba98");
    }

    @Test
    void eachFragmentHasItsOwnRate() {
        for (int i = 0; i < 5; i++) {
            log.record("Sales", "revenue", "s", new RuntimeException());
        }
        assertThat(log.record("Sales", "revenue", "s", new RuntimeException())).isNull();
        assertThat(log.record("Sales", "orders", "s", new RuntimeException())).isNotNull();
        assertThat(log.record("Stock", "revenue", "s", new RuntimeException())).isNotNull();
    }
}
