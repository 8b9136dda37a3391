package dev.weft.runtime.config;

import io.quarkus.runtime.annotations.Recorder;
import org.eclipse.microprofile.config.ConfigProvider;

/** Start-up work on Weft's configuration itself. */
@Recorder
public class ConfigRecorder {

    /** Warns once, at start-up, about settings still under their old {@code weft.*} names. */
    public void warnAboutOldNames() {
        LegacyNames.warn(ConfigProvider.getConfig());
    }
}
