package dev.weft.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.common.MapBackedConfigSource;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Weft's settings under their names of earlier releases ({@code weft.*}) still work, and are named in a warning. */
class LegacyNamesTest {

    @Test
    void anOldName_isReadForItsNewName_overTheNewNamesDefault() {
        SmallRyeConfig config = config(Map.of("weft.sessions.max", "7", "weft.sessions.max-per-client", "3"));

        assertThat(config.getConfigValue("quarkus.weft.sessions.max").getValue())
                .isEqualTo("7");
        // Weft's own default for the new name (a source of the lowest ordinal) gives way to the old name.
        assertThat(config.getConfigValue("quarkus.weft.sessions.max-per-client").getValue())
                .isEqualTo("3");
        assertThat(config.getConfigValue("quarkus.weft.sessions.reconnect-timeout")
                        .getValue())
                .isEqualTo("2M");
    }

    @Test
    void theNewName_winsOverTheOldOne() {
        SmallRyeConfig config = config(Map.of("weft.sessions.max", "7", "quarkus.weft.sessions.max", "9"));

        assertThat(config.getConfigValue("quarkus.weft.sessions.max").getValue())
                .isEqualTo("9");
    }

    @Test
    void otherPropertiesAreNotLookedUpUnderAnOldName() {
        assertThat(LegacyNames.oldName("quarkus.weft.sessions.max")).isEqualTo("weft.sessions.max");
        assertThat(LegacyNames.oldName("quarkus.weft.nothing")).isEqualTo("quarkus.weft.nothing");
        assertThat(LegacyNames.oldName("quarkus.http.port")).isEqualTo("quarkus.http.port");
    }

    @Test
    void theWarning_namesEachOldNameInUseAndItsNewName_andNoOtherProperty() {
        SmallRyeConfig config = config(Map.of(
                "weft.sessions.max", "7",
                "weft.theme.mode", "dark",
                "weft.root", "../..", // a test's system property, none of Weft's settings
                "quarkus.weft.partial-interval", "0"));

        String warning = LegacyNames.warning(LegacyNames.inUse(config));

        assertThat(warning)
                .contains("weft.sessions.max -> quarkus.weft.sessions.max")
                .contains("weft.theme.mode -> quarkus.weft.theme.mode")
                .doesNotContain("weft.root")
                .doesNotContain("partial-interval");
        assertThat(LegacyNames.warning(LegacyNames.inUse(config(Map.of("quarkus.weft.sessions.max", "3")))))
                .isNull();
    }

    @Test
    void theOldNamesRoots_areExactlyWeftConfigsTopLevelSettings() {
        Set<String> settings = Arrays.stream(WeftConfig.class.getDeclaredMethods())
                .map(Method::getName)
                .map(LegacyNamesTest::kebab)
                .collect(Collectors.toSet());

        assertThat(LegacyNames.ROOTS).containsExactlyInAnyOrderElementsOf(settings);
    }

    private static SmallRyeConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withSources(new MapBackedConfigSource("test", properties, 100) {})
                .withSources(
                        new MapBackedConfigSource(
                                "defaults",
                                Map.of(
                                        "quarkus.weft.sessions.max-per-client", "50",
                                        "quarkus.weft.sessions.reconnect-timeout", "2M"),
                                Integer.MIN_VALUE) {})
                .withInterceptors(LegacyNames.fallback())
                .build();
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
