package dev.weft.deployment;

import io.quarkus.arc.deployment.ValidationPhaseBuildItem.ValidationErrorBuildItem;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.IndexView;

/**
 * Finds every {@code @App} class in the index and pairs it with its generated class. Discovery
 * starts from {@code @App}, never from generated classes: a deleted app's generated class can
 * linger in {@code target/classes} until a clean build.
 */
class AppDiscoveryProcessor {

    static final String PROCESSOR_MISSING = "[Weft/ProcessorMissing] %s is annotated @App but its generated class %s"
            + " is missing: the Weft annotation processor did not run. Add it to the maven-compiler-plugin"
            + " configuration:\n"
            + "<annotationProcessorPaths>\n"
            + "  <path>\n"
            + "    <groupId>dev.weft</groupId>\n"
            + "    <artifactId>weft-processor</artifactId>\n"
            + "    <version>${weft.version}</version>\n"
            + "  </path>\n"
            + "</annotationProcessorPaths>";

    static final String DUPLICATE_PATH =
            "[Weft/PathDuplicate] %s and %s are both served at '%s'. Give each @App its own path.";

    @BuildStep
    void discover(
            CombinedIndexBuildItem combined,
            BuildProducer<AppBuildItem> apps,
            BuildProducer<ValidationErrorBuildItem> errors) {
        IndexView index = combined.getIndex();
        List<ClassInfo> classes = new ArrayList<>();
        index.getAnnotations(Names.APP).stream()
                .filter(annotation -> annotation.target().kind() == AnnotationTarget.Kind.CLASS)
                .map(annotation -> annotation.target().asClass())
                .sorted(Comparator.comparing(info -> info.name().toString()))
                .forEach(classes::add);
        Map<String, String> byPath = new TreeMap<>();
        List<Throwable> problems = new ArrayList<>();
        for (ClassInfo app : classes) {
            String name = app.name().toString();
            String generated = Names.generatedClass(app);
            if (index.getClassByName(generated) == null) {
                problems.add(new IllegalStateException(PROCESSOR_MISSING.formatted(name, generated)));
                continue;
            }
            String path = Names.path(app);
            String other = byPath.putIfAbsent(path, name);
            if (other != null) {
                problems.add(new IllegalStateException(DUPLICATE_PATH.formatted(other, name, path)));
                continue;
            }
            apps.produce(new AppBuildItem(name, generated, path));
        }
        if (!problems.isEmpty()) {
            errors.produce(new ValidationErrorBuildItem(problems));
        }
    }
}
