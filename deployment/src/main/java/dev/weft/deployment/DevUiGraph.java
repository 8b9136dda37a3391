package dev.weft.deployment;

import dev.weft.runtime.AppDefinition;
import dev.weft.runtime.FragmentDefinition;
import dev.weft.runtime.LimitDefinition;
import java.util.ArrayList;
import java.util.List;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;

/**
 * Each app's fragment graph as the Dev UI draws it: read from the definition the annotation
 * processor generated (so the edges are exactly the ones the runtime follows), with the types of
 * the values on the edges from the index.
 */
final class DevUiGraph {

    private static final DotName UI = DotName.createSimple("dev.weft.Ui");

    /**
     * One app.
     *
     * @param path its page's path
     * @param title its title
     * @param appClass its {@code @App} class
     * @param fragments its fragments in declaration order
     * @param problem why the graph could not be read, or empty
     */
    record App(String path, String title, String appClass, List<Node> fragments, String problem) {}

    /**
     * One fragment.
     *
     * @param name the method's name
     * @param returns the simple name of the type it returns, empty for {@code void}
     * @param drawsUi whether it has a {@code Ui} parameter
     * @param parallel {@code @Fragment(parallel)}
     * @param cpu {@code @Fragment(cpu)}
     * @param runEvery its timer as written short ({@code 1s}, {@code 500ms}), empty for none
     * @param area {@code MAIN} or {@code SIDEBAR}
     * @param inputs the fragments it takes values from, in parameter order
     * @param limit its {@code @Limited} group, or null
     */
    record Node(
            String name,
            String returns,
            boolean drawsUi,
            boolean parallel,
            boolean cpu,
            String runEvery,
            String area,
            List<Edge> inputs,
            Limit limit) {}

    /**
     * An input: the fragment that provides it and the type of the value.
     *
     * @param from the providing fragment's name
     * @param type the parameter's simple type name
     */
    record Edge(String from, String type) {}

    /** A {@code @Limited} declaration: the group and its settings. */
    record Limit(String group, int permits, int queue, String timeout, String scope, boolean confined) {}

    private DevUiGraph() {}

    /** The graph of {@code app}, whose generated class is loaded (not run) from the application. */
    static App of(AppBuildItem app, IndexView index) {
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            // The generated class is package-private: its public constructor is reached through setAccessible.
            var constructor = Class.forName(app.generatedClass(), true, loader).getDeclaredConstructor();
            constructor.setAccessible(true);
            AppDefinition definition = (AppDefinition) constructor.newInstance();
            ClassInfo appClass = index.getClassByName(app.appClass());
            List<FragmentDefinition> fragments = definition.fragments();
            List<Node> nodes = new ArrayList<>();
            for (FragmentDefinition fragment : fragments) {
                nodes.add(node(fragment, fragments, appClass));
            }
            return new App(app.path(), definition.title(), app.appClass(), List.copyOf(nodes), "");
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return new App(app.path(), app.path(), app.appClass(), List.of(), "The graph could not be read: " + e);
        }
    }

    private static Node node(FragmentDefinition fragment, List<FragmentDefinition> all, ClassInfo appClass) {
        MethodInfo method = method(appClass, fragment.name());
        List<String> types = new ArrayList<>();
        if (method != null) {
            for (Type parameter : method.parameterTypes()) {
                if (!parameter.name().equals(UI)) {
                    types.add(simple(parameter));
                }
            }
        }
        List<Edge> inputs = new ArrayList<>();
        for (int i = 0; i < fragment.inputs().size(); i++) {
            inputs.add(new Edge(all.get(fragment.inputs().get(i)).name(), i < types.size() ? types.get(i) : ""));
        }
        String returns =
                method == null || method.returnType().kind() == Type.Kind.VOID ? "" : simple(method.returnType());
        LimitDefinition limit = fragment.limit();
        return new Node(
                fragment.name(),
                returns,
                fragment.drawsUi(),
                fragment.parallel(),
                fragment.cpu(),
                shortDuration(fragment.runEveryMillis()),
                fragment.area().name(),
                List.copyOf(inputs),
                limit == null ? null : limit(limit));
    }

    static Limit limit(LimitDefinition limit) {
        return new Limit(
                limit.group(),
                limit.permits(),
                limit.queue(),
                shortDuration(limit.timeoutMillis()),
                limit.scope().name(),
                limit.confined());
    }

    /** The fragment method of that name in the app class, or null when the index does not show it. */
    private static MethodInfo method(ClassInfo type, String name) {
        if (type == null) {
            return null;
        }
        for (MethodInfo method : type.methods()) {
            if (method.name().equals(name) && method.hasDeclaredAnnotation(LimitNames.FRAGMENT)) {
                return method;
            }
        }
        return null;
    }

    /** {@code List<Order>}, {@code Filters}: the type as its source names it, without packages. */
    private static String simple(Type type) {
        String name = type.toString();
        return name.replaceAll("(?:[a-z_$][\\w$]*\\.)+", "").replace('$', '.');
    }

    /** Milliseconds as {@code 500ms}, {@code 1s}, {@code 1.5s}, {@code 2m}; empty for 0. */
    static String shortDuration(long millis) {
        if (millis <= 0) {
            return "";
        }
        if (millis % 60_000 == 0) {
            return millis / 60_000 + "m";
        }
        if (millis % 1000 == 0) {
            return millis / 1000 + "s";
        }
        if (millis >= 1000) {
            return (millis / 100) / 10.0 + "s";
        }
        return millis + "ms";
    }
}
