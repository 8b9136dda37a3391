package dev.weft.runtime.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.Limited;
import dev.weft.LimitedException;
import dev.weft.runtime.LimitDefinition;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Which limiter a call gets for each scope, and what its waiter is told. */
class LimitersTest {

    final Limiters limiters = new Limiters(Duration.ZERO, LimitMeters.NONE, () -> null, group -> null);

    @Test
    void sessionScope_givesEachSessionItsOwnPermits() throws Exception {
        LimitDefinition perTab = new LimitDefinition("perTab", 1, 0, 0, Limited.Scope.SESSION, false);
        Map<String, Limiter> tabA = new ConcurrentHashMap<>();
        Map<String, Limiter> tabB = new ConcurrentHashMap<>();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread a = Thread.ofVirtual().start(() -> {
            try {
                limiters.call(perTab, tabA, Limiters.Waiter.NONE, () -> {
                    holding.countDown();
                    return release.await(10, TimeUnit.SECONDS);
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(limiters.call(perTab, tabB, Limiters.Waiter.NONE, () -> "tab B runs"))
                .isEqualTo("tab B runs");
        assertThatThrownBy(() -> limiters.call(perTab, tabA, Limiters.Waiter.NONE, () -> "tab A again"))
                .isInstanceOf(LimitedException.class);
        release.countDown();
        a.join(5_000);
    }

    @Test
    void sessionScope_outsideASession_isAClearError() {
        LimitDefinition perTab = new LimitDefinition("perTab", 1, 0, 0, Limited.Scope.SESSION, false);
        assertThatThrownBy(() -> limiters.call(perTab, null, Limiters.Waiter.NONE, () -> "x"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("scope = SESSION")
                .hasMessageContaining("outside a fragment run");
    }

    @Test
    void clusterScope_withoutAClusterLimiter_isUnavailable_namingTheExtension() {
        LimitDefinition everywhere = new LimitDefinition("everywhere", 1, 0, 0, Limited.Scope.CLUSTER, false);
        assertThatThrownBy(() -> limiters.call(everywhere, null, Limiters.Waiter.NONE, () -> "x"))
                .isInstanceOfSatisfying(LimitedException.class, e -> assertThat(e.reason())
                        .isEqualTo(LimitedException.Reason.UNAVAILABLE))
                .hasMessageContaining("io.quarkus:quarkus-redis-client");
    }

    @Test
    void clusterScope_usesTheClusterLimiterWithTheGroupsRunTimes() throws Exception {
        List<String> created = new CopyOnWriteArrayList<>();
        Limiters withCluster = new Limiters(
                Duration.ZERO,
                LimitMeters.NONE,
                () -> (definition, runTimes) -> {
                    created.add(definition.group());
                    return new LocalLimiter(definition, runTimes, 0);
                },
                group -> null);
        LimitDefinition everywhere = new LimitDefinition("everywhere", 2, 0, 0, Limited.Scope.CLUSTER, false);
        withCluster.call(everywhere, null, Limiters.Waiter.NONE, () -> "one");
        withCluster.call(everywhere, null, Limiters.Waiter.NONE, () -> "two");
        assertThat(created).containsExactly("everywhere");
    }

    @Test
    void theWaiter_isToldWhenItsWaitEnds_grantedOrNot() throws Exception {
        LimitDefinition gpu = new LimitDefinition("gpu", 1, 0, 0, Limited.Scope.SERVER, false);
        List<String> events = new CopyOnWriteArrayList<>();
        Limiters.Waiter waiter = new Limiters.Waiter() {
            @Override
            public void queued(int position, long etaMillis) {
                events.add("queued " + position);
            }

            @Override
            public void waitEnded(boolean granted) {
                events.add(granted ? "granted" : "refused");
            }
        };
        limiters.call(gpu, null, waiter, () -> {
            assertThatThrownBy(() -> limiters.call(gpu, null, waiter, () -> "busy"))
                    .isInstanceOf(LimitedException.class);
            return null;
        });
        assertThat(events).containsExactly("granted", "refused");
    }

    @Test
    void aBeanMethodsBinding_becomesADefinition_withItsTimeoutRead() {
        Limited binding = new Limited() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return Limited.class;
            }

            @Override
            public String group() {
                return "com.acme.Model#predict";
            }

            @Override
            public int permits() {
                return 2;
            }

            @Override
            public int queue() {
                return 5;
            }

            @Override
            public String timeout() {
                return "30s";
            }

            @Override
            public Limited.Scope scope() {
                return Limited.Scope.SERVER;
            }

            @Override
            public boolean confined() {
                return false;
            }
        };
        assertThat(limiters.definition(binding))
                .isEqualTo(new LimitDefinition("com.acme.Model#predict", 2, 5, 30_000, Limited.Scope.SERVER, false));
    }
}
