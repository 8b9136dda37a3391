package dev.weft.deployment.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.Component;
import dev.weft.Fragment;
import dev.weft.Ui;
import io.quarkus.builder.BuildContext;
import io.quarkus.builder.BuildStep;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import io.quarkus.test.QuarkusUnitTest;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A component's value type, and the types inside it, are kept for reflection in a native image
 * (Jackson reads values through them), without {@code @RegisterForReflection}: the build registers
 * them from the app's {@code Component<V>} fields.
 */
class ComponentReflectionTest {

    static final String REFLECTIVE = "test-component-reflective-classes";

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Board.class, Board.Spot.class, Detail.class, NotAValue.class)
                    .addClass(
                            ComponentReflectionTest.class.getPackageName() + ".ComponentReflectionTest_Board_WeftApp"))
            .addBuildChainCustomizer(chain -> chain.addBuildStep(new BuildStep() {
                        @Override
                        public void execute(BuildContext context) {
                            Set<String> names = new TreeSet<>();
                            context.consumeMulti(ReflectiveClassBuildItem.class)
                                    .forEach(item -> names.addAll(item.getClassNames()));
                            System.setProperty(REFLECTIVE, String.join(",", names));
                            context.produce(new FeatureBuildItem("weft-component-reflection-probe"));
                        }
                    })
                    .consumes(ReflectiveClassBuildItem.class)
                    .produces(FeatureBuildItem.class)
                    .build());

    /** A class inside a component's value: read by Jackson through its constructor and fields. */
    public static class Detail {
        public String note;
    }

    /** A class of the application that no component takes. */
    public static class NotAValue {
        public String note;
    }

    @App(path = "/component-reflection")
    public static class Board {

        /** Declared in the app, so it has a generated row reader and no reflection of its own from rows. */
        public record Spot(String name, Detail detail) {}

        static final Component<Spot> MAP = Component.module("/maps/map.js", Spot.class);

        @Fragment
        void map(Ui ui) {
            ui.component(MAP, "Map", null);
        }
    }

    @Test
    void valueTypeAndTheTypesInside_areRegisteredForReflection() {
        List<String> reflective = List.of(System.getProperty(REFLECTIVE, "").split(","));

        assertThat(reflective)
                .contains(Board.Spot.class.getName(), Detail.class.getName())
                .doesNotContain(NotAValue.class.getName());
    }
}
