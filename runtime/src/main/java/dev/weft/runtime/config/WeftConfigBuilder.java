package dev.weft.runtime.config;

import io.quarkus.runtime.configuration.ConfigBuilder;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * Adds Weft's derived defaults ({@link WebSocketLimits}, {@link KeepAlive}) and its old names ({@link
 * LegacyNames}) to the application's configuration.
 */
public final class WeftConfigBuilder implements ConfigBuilder {

    /** Called by the configuration Quarkus generates. */
    public WeftConfigBuilder() {}

    @Override
    public SmallRyeConfigBuilder configBuilder(SmallRyeConfigBuilder builder) {
        return builder.withInterceptors(new WebSocketLimits(), new KeepAlive(), LegacyNames.fallback());
    }
}
