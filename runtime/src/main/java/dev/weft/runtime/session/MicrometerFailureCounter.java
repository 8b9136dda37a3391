package dev.weft.runtime.session;

import io.micrometer.core.instrument.Metrics;

/**
 * The counter {@code weft.fragment.failures} in Micrometer's global registry, to which Quarkus adds
 * the application's registries. Loaded only when Micrometer is on the class path.
 */
final class MicrometerFailureCounter implements FailureCounter {

    @Override
    public void increment(String app, String fragment) {
        Metrics.counter("weft.fragment.failures", "app", app, "fragment", fragment)
                .increment();
    }
}
