package dev.weft.deployment;

import dev.weft.runtime.config.ConfigRecorder;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;

/** Weft's configuration itself: its settings' old names ({@code weft.*}, now {@code quarkus.weft.*}). */
class ConfigProcessor {

    /** One warning at start-up naming each old name in use and its new name. */
    @BuildStep
    @Record(ExecutionTime.RUNTIME_INIT)
    void warnAboutOldNames(ConfigRecorder recorder) {
        recorder.warnAboutOldNames();
    }
}
