package dev.weft.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The check of the browser libraries' versions an application resolved, and the import map made of them. */
class BrowserLibrariesProcessorTest {

    /** The versions io.quarkus:quarkus-bom 3.32.1 manages (marked, dompurify) and Weft's others. */
    private static final Map<String, String> BOM = Map.of(
            "echarts", "6.0.0",
            "marked", "17.0.1",
            "dompurify", "3.2.7",
            "highlight.js", "11.11.1");

    private final Properties tested = BrowserLibrariesProcessor.tested();
    private final Map<BrowserLibrary, String> versions = new EnumMap<>(BrowserLibrary.class);

    @Test
    void bomVersions_areUsedInTheImportMap() {
        List<String> problems = BrowserLibrariesProcessor.check(BOM, tested, resource -> true, versions);

        assertThat(problems).isEmpty();
        BrowserLibrariesBuildItem libraries = new BrowserLibrariesBuildItem(versions);
        assertThat(libraries.importMap())
                .isEqualTo("{\"imports\":{"
                        + "\"dompurify\":\"/_static/dompurify/3.2.7/dist/purify.es.mjs\","
                        + "\"echarts\":\"/_weft/lib/echarts.js\","
                        + "\"echarts/full\":\"/_static/echarts/6.0.0/dist/echarts.esm.min.js\","
                        + "\"highlight.js\":\"/_weft/lib/highlight.js\","
                        + "\"highlight.js/\":\"/_static/highlight.js/11.11.1/es/\","
                        + "\"marked\":\"/_static/marked/17.0.1/lib/marked.esm.js\"}}");
        assertThat(libraries.preloads())
                .contains("<link rel=\"modulepreload\" href=\"/_static/marked/17.0.1/lib/marked.esm.js\">")
                .contains("<link rel=\"modulepreload\" href=\"/_weft/lib/echarts.js\">")
                .doesNotContain("highlight.js")
                .doesNotContain("echarts.esm.min.js");
    }

    @Test
    void versionBelowTheMinimum_namesArtifactVersionFoundAndVersionToPin() {
        Map<String, String> resolved = new TreeMap<>(BOM);
        resolved.put("marked", "4.0.19");

        List<String> problems = BrowserLibrariesProcessor.check(resolved, tested, resource -> true, versions);

        assertThat(problems)
                .containsExactly("[Weft/LibraryTooOld] org.mvnpm:marked is at 4.0.19 on the application's class path"
                        + " (a BOM the application imports may manage it), but Weft's page needs 4.1.0 or newer."
                        + " Pin the version Weft is tested with in the <dependencyManagement> of your pom.xml:"
                        + " org.mvnpm:marked:" + tested.getProperty("marked") + ".");
    }

    @Test
    void missingLibrary_namesTheDependencyToAdd() {
        Map<String, String> resolved = new TreeMap<>(BOM);
        resolved.remove("echarts");

        List<String> problems = BrowserLibrariesProcessor.check(resolved, tested, resource -> true, versions);

        assertThat(problems)
                .containsExactly("[Weft/LibraryMissing] org.mvnpm:echarts is not on the application's class path,"
                        + " and Weft's page loads it from there. Add the dependency org.mvnpm:echarts:"
                        + tested.getProperty("echarts") + " (the version Weft is tested with).");
    }

    @Test
    void versionWithoutTheModuleFile_namesTheFile() {
        Set<String> present = Set.of(
                "META-INF/resources/_static/echarts/6.0.0/dist/echarts.esm.min.js",
                "META-INF/resources/_static/marked/17.0.1/lib/marked.esm.js",
                "META-INF/resources/_static/highlight.js/11.11.1/lib/core.js");

        List<String> problems = BrowserLibrariesProcessor.check(BOM, tested, present::contains, versions);

        assertThat(problems)
                .containsExactly("[Weft/LibraryLayout] org.mvnpm:dompurify 3.2.7 on the application's class path has"
                        + " no dist/purify.es.mjs, which Weft's page loads. Pin the version Weft is tested with in the"
                        + " <dependencyManagement> of your pom.xml: org.mvnpm:dompurify:"
                        + tested.getProperty("dompurify") + ".");
    }

    @Test
    void testedVersions_areAtLeastTheMinimums() {
        for (BrowserLibrary library : BrowserLibrary.values()) {
            assertThat(BrowserLibrariesProcessor.compare(tested.getProperty(library.artifactId()), library.minimum()))
                    .as(library.artifactId())
                    .isNotNegative();
        }
    }

    @Test
    void versions_compareByTheirNumbers() {
        assertThat(BrowserLibrariesProcessor.compare("17.0.10", "17.0.9")).isPositive();
        assertThat(BrowserLibrariesProcessor.compare("3.2.7", "3.10.0")).isNegative();
        assertThat(BrowserLibrariesProcessor.compare("11.0.0-beta1", "11.0.0")).isZero();
        assertThat(BrowserLibrariesProcessor.compare("5", "5.0.0")).isZero();
    }
}
