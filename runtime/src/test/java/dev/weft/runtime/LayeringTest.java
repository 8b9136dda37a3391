package dev.weft.runtime;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import dev.weft.runtime.ui.Canvas;
import dev.weft.runtime.wire.ArrowBackUpFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The runtime is a house of floors: each package uses only the packages on the floors below it, and
 * no packages form a cycle. The floors, top down (docs/architecture.md draws them):
 *
 * <pre>
 * {testing, devui} → {web, push, health} → session → {ui, limits.cluster} → {widgets, limits} → {tables, charts} → {wire, rows}
 *         → SPI (the root)
 *         → {uploads, media, identity, streams} → config
 * </pre>
 *
 * A new arrow that runs back up fails the build here, naming the class and what it uses.
 */
class LayeringTest {

    /** Each package and its floor: a package may use the packages of lower floors only. */
    private static final Map<String, Integer> FLOORS = floors();

    private static Map<String, Integer> floors() {
        Map<String, Integer> floors = new LinkedHashMap<>();
        floors.put("testing", 9);
        floors.put("devui", 9);
        floors.put("web", 8);
        floors.put("push", 8);
        floors.put("health", 8);
        floors.put("session", 7);
        floors.put("ui", 6);
        floors.put("limits.cluster", 6);
        floors.put("widgets", 5);
        floors.put("limits", 5);
        floors.put("tables", 4);
        floors.put("charts", 4);
        floors.put("wire", 3);
        floors.put("rows", 3);
        floors.put("", 2);
        floors.put("uploads", 1);
        floors.put("media", 1);
        floors.put("identity", 1);
        floors.put("streams", 1);
        floors.put("config", 0);
        return floors;
    }

    @Test
    void everyPackageUsesOnlyTheFloorsBelowIt() {
        EvaluationResult result = floorsRule().evaluate(runtime());

        assertThat(result.getFailureReport().getDetails()).isEmpty();
    }

    @Test
    void noPackagesFormACycle() {
        EvaluationResult result = cycleRule().evaluate(runtime());

        assertThat(result.getFailureReport().getDetails()).isEmpty();
    }

    @Test
    void everyRuntimePackageHasAFloor() {
        List<String> unplaced = new ArrayList<>();
        runtime().forEach(type -> {
            String relative = type.getPackageName().equals("dev.weft.runtime")
                    ? ""
                    : type.getPackageName().substring("dev.weft.runtime.".length());
            if (!FLOORS.containsKey(relative) && !unplaced.contains(relative)) {
                unplaced.add(relative);
            }
        });

        assertThat(unplaced).as("packages with no floor in LayeringTest.FLOORS").isEmpty();
    }

    @Test
    void architecturePage_namesEveryPackageOnItsFloor() throws IOException {
        Path page = Path.of("..", "docs", "architecture.md");
        String text = Files.readString(page);

        FLOORS.forEach((name, floor) -> {
            String pkg = name.isEmpty() ? "dev.weft.runtime" : "dev.weft.runtime." + name;
            assertThat(text)
                    .as("docs/architecture.md lists %s on floor %s", pkg, floor)
                    .contains("| `" + pkg + "` | " + floor + " |");
        });
    }

    @Test
    void anArrowBackUp_failsTheRule() {
        JavaClasses withForbiddenArrow = new ClassFileImporter().importClasses(ArrowBackUpFixture.class, Canvas.class);

        EvaluationResult result = floorsRule().evaluate(withForbiddenArrow);

        assertThat(result.hasViolation()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails()))
                .contains(ArrowBackUpFixture.class.getName())
                .contains(Canvas.class.getName());
    }

    private static JavaClasses runtime;

    private static synchronized JavaClasses runtime() {
        if (runtime == null) {
            runtime = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("dev.weft.runtime");
        }
        return runtime;
    }

    private static ArchRule floorsRule() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String name : FLOORS.keySet()) {
            String pkg = name.isEmpty() ? "dev.weft.runtime" : "dev.weft.runtime." + name;
            layers = layers.layer(layer(name)).definedBy(pkg);
        }
        for (Map.Entry<String, Integer> floor : FLOORS.entrySet()) {
            String[] below = FLOORS.entrySet().stream()
                    .filter(other -> other.getValue() < floor.getValue())
                    .map(other -> layer(other.getKey()))
                    .toArray(String[]::new);
            layers = below.length == 0
                    ? layers.whereLayer(layer(floor.getKey())).mayNotAccessAnyLayer()
                    : layers.whereLayer(layer(floor.getKey())).mayOnlyAccessLayers(below);
        }
        return layers;
    }

    private static ArchRule cycleRule() {
        return slices().matching("dev.weft.runtime.(**)").should().beFreeOfCycles();
    }

    private static String layer(String pkg) {
        return pkg.isEmpty() ? "spi" : pkg;
    }
}
