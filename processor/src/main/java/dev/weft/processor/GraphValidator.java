package dev.weft.processor;

import dev.weft.processor.FragmentCycles.Edge;
import dev.weft.processor.InputBinder.Ambiguous;
import dev.weft.processor.InputBinder.Binding;
import dev.weft.processor.InputBinder.Bound;
import dev.weft.processor.InputBinder.Missing;
import dev.weft.processor.InputBinder.Unresolved;
import dev.weft.processor.InputBinder.VoidNamesake;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Checks the dependency graph of one {@code @App} class: every input bound to exactly one fragment,
 * of a type generated code can name, and no cycle.
 */
final class GraphValidator {

    private final Reporter reporter;
    private final Elements elements;
    private final InputBinder binder;
    private final TypeAccess access;

    GraphValidator(Reporter reporter, Elements elements, InputBinder binder) {
        this.reporter = reporter;
        this.elements = elements;
        this.binder = binder;
        this.access = new TypeAccess(elements);
    }

    /**
     * Reports every input that cannot be bound and every cycle; returns whether the graph is
     * complete, which it is not either when an error was reported or when javac could not resolve an
     * input's type (javac reports that itself).
     */
    boolean validate(TypeElement app, List<ExecutableElement> fragments) {
        int before = reporter.errorCount();
        String packageName = elements.getPackageOf(app).getQualifiedName().toString();
        List<List<Binding>> bindings = binder.bind(fragments);
        boolean resolved = true;
        for (int index = 0; index < fragments.size(); index++) {
            for (Binding binding : bindings.get(index)) {
                resolved &= !(binding instanceof Unresolved);
                check(binding, fragments.get(index), app);
                checkVisible(binding.parameter(), fragments.get(index), packageName);
            }
        }
        for (List<Edge> cycle : FragmentCycles.find(bindings)) {
            reportCycle(cycle, fragments, app);
        }
        warnIdentityResults(fragments, bindings);
        return resolved && reporter.errorCount() == before;
    }

    private void check(Binding binding, ExecutableElement method, TypeElement app) {
        VariableElement parameter = binding.parameter();
        String methodName = method.getSimpleName().toString();
        String name = parameter.getSimpleName().toString();
        String type = parameter.asType().toString();
        switch (binding) {
            case Ambiguous ambiguous ->
                reporter.error(
                        ErrorMessages.fragmentInputAmbiguous(methodName, name, type, ambiguous.candidates()),
                        parameter);
            case VoidNamesake ignored ->
                reporter.error(ErrorMessages.fragmentInputVoid(methodName, name, type), parameter);
            case Missing missing
            when missing.namesakeType() != null ->
                reporter.error(
                        ErrorMessages.fragmentInputMistyped(
                                methodName, name, type, app.getQualifiedName().toString(), missing.namesakeType()),
                        parameter);
            case Missing ignored ->
                reporter.error(
                        ErrorMessages.fragmentInputMissing(
                                methodName, name, type, app.getQualifiedName().toString()),
                        parameter);
            case Bound ignored -> {}
            case Unresolved ignored -> {}
        }
    }

    /**
     * Warns on each fragment whose result other fragments take but which has no value equality
     * (see {@link ValueEquality}), unless the fragment suppresses {@code FragmentResultIdentity}.
     */
    private void warnIdentityResults(List<ExecutableElement> fragments, List<List<Binding>> bindings) {
        Map<Integer, Set<String>> consumers = new TreeMap<>();
        for (int index = 0; index < fragments.size(); index++) {
            for (Binding binding : bindings.get(index)) {
                if (binding instanceof Bound bound) {
                    consumers
                            .computeIfAbsent(bound.provider(), provider -> new TreeSet<>())
                            .add(name(fragments.get(index)));
                }
            }
        }
        consumers.forEach((provider, names) -> {
            ExecutableElement method = fragments.get(provider);
            if (suppressed(method)) {
                return;
            }
            ValueEquality.lacking(method.getReturnType())
                    .ifPresent(lacking -> reporter.warning(
                            ErrorMessages.fragmentResultIdentity(
                                    name(method), method.getReturnType().toString(), lacking, List.copyOf(names)),
                            method));
        });
    }

    /** Whether {@code method} or its class says {@code @SuppressWarnings("FragmentResultIdentity")}. */
    private static boolean suppressed(ExecutableElement method) {
        for (Element element = method; element != null; element = element.getEnclosingElement()) {
            SuppressWarnings suppress = element.getAnnotation(SuppressWarnings.class);
            if (suppress != null && Arrays.asList(suppress.value()).contains("FragmentResultIdentity")) {
                return true;
            }
        }
        return false;
    }

    private void checkVisible(VariableElement parameter, ExecutableElement method, String packageName) {
        Optional<TypeElement> hidden = access.firstHidden(parameter.asType(), packageName);
        if (hidden.isPresent()) {
            reporter.error(
                    ErrorMessages.fragmentInputHidden(
                            method.getSimpleName().toString(),
                            parameter.getSimpleName().toString(),
                            parameter.asType().toString(),
                            hidden.get().getQualifiedName().toString(),
                            packageName),
                    parameter);
        }
    }

    private void reportCycle(List<Edge> cycle, List<ExecutableElement> fragments, TypeElement app) {
        List<String> lines = cycle.stream()
                .map(edge -> ErrorMessages.cycleEdge(
                        name(fragments.get(edge.consumer())),
                        edge.parameter().asType().toString(),
                        edge.parameter().getSimpleName().toString(),
                        name(fragments.get(edge.provider()))))
                .toList();
        ExecutableElement first = fragments.get(cycle.get(0).consumer());
        reporter.error(ErrorMessages.fragmentCycle(app.getQualifiedName().toString(), lines), first);
    }

    private static String name(ExecutableElement method) {
        return method.getSimpleName().toString();
    }
}
