package dev.weft.runtime.limits;

import dev.weft.LimitedException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * The meters of {@link dev.weft.Limited} groups in Micrometer, all tagged {@code group}: {@code
 * weft.limit.waiting} and {@code weft.limit.running} (gauges), {@code weft.limit.wait} and {@code
 * weft.limit.run} (timers) and {@code weft.limit.rejections} (a counter, also tagged {@code reason}:
 * {@code busy}, {@code timed_out} or {@code unavailable}).
 *
 * <p>A bean only when the application has Micrometer: the build registers it then, and this class is
 * never loaded otherwise.
 */
class MicrometerLimitMeters implements LimitMeters {

    private final MeterRegistry registry;

    MicrometerLimitMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public GroupMeters register(String group, IntSupplier waiting, IntSupplier running) {
        Gauge.builder("weft.limit.waiting", waiting, IntSupplier::getAsInt)
                .tag("group", group)
                .description("Callers waiting for a permit of the group")
                .strongReference(true)
                .register(registry);
        Gauge.builder("weft.limit.running", running, IntSupplier::getAsInt)
                .tag("group", group)
                .description("Permits of the group held now")
                .strongReference(true)
                .register(registry);
        Timer wait = Timer.builder("weft.limit.wait")
                .tag("group", group)
                .description("Time callers waited for a permit of the group")
                .register(registry);
        Timer run = Timer.builder("weft.limit.run")
                .tag("group", group)
                .description("Time a permit of the group was held")
                .register(registry);
        Map<LimitedException.Reason, Counter> rejections = new EnumMap<>(LimitedException.Reason.class);
        for (LimitedException.Reason reason : LimitedException.Reason.values()) {
            rejections.put(
                    reason,
                    Counter.builder("weft.limit.rejections")
                            .tag("group", group)
                            .tag("reason", reason.name().toLowerCase(Locale.ROOT))
                            .description("Callers of the group that got no permit")
                            .register(registry));
        }
        return new GroupMeters() {
            @Override
            public void waited(long nanos) {
                wait.record(nanos, TimeUnit.NANOSECONDS);
            }

            @Override
            public void ran(long nanos) {
                run.record(nanos, TimeUnit.NANOSECONDS);
            }

            @Override
            public void rejected(LimitedException.Reason reason) {
                rejections.get(reason).increment();
            }
        };
    }
}
