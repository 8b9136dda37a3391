package dev.weft.runtime.config;

import io.smallrye.config.SmallRyeConfig;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Weft's configuration, looked up rather than injected: injecting a config mapping into a bean's
 * constructor makes ArC register that constructor for reflection in a native image, and Weft
 * promises none.
 */
public final class Config {

    private Config() {}

    public static WeftConfig weft() {
        return ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(WeftConfig.class);
    }
}
