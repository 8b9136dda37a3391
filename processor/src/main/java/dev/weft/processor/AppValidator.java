package dev.weft.processor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Checks one {@code @App} class, and its fragments, against the rules in the Javadoc of {@link
 * dev.weft.App} and {@link dev.weft.Fragment}.
 *
 * <p>One instance lives as long as the compilation, because it remembers the paths it has seen to
 * reject a second app on the same path.
 */
final class AppValidator {

    private final Reporter reporter;
    private final FragmentValidator fragments;
    private final GraphValidator graph;
    private final Map<String, String> appsByPath = new HashMap<>();
    /** The first spelling of each section seen, by its lower-case form, with the app that used it. */
    private final Map<String, String[]> sectionsByCase = new HashMap<>();

    AppValidator(Reporter reporter, FragmentValidator fragments, GraphValidator graph) {
        this.reporter = reporter;
        this.fragments = fragments;
        this.graph = graph;
    }

    /** Reports every rule {@code app} breaks; returns whether it broke none. */
    boolean validate(TypeElement app) {
        int before = reporter.errorCount();
        checkKind(app);
        checkNesting(app);
        if (app.getKind() == ElementKind.CLASS && !app.getModifiers().contains(Modifier.PRIVATE)) {
            checkConstructor(app);
        }
        checkFragments(app);
        AccessRules.check(app, "@App class '" + app.getQualifiedName() + "'", reporter);
        boolean graphComplete = graph.validate(app, fragmentMethods(app));
        checkPath(app);
        checkIcon(app);
        checkMenuPlace(app);
        return graphComplete && reporter.errorCount() == before;
    }

    /** The fragment methods declared in {@code app} itself, in source order. */
    static List<ExecutableElement> fragmentMethods(TypeElement app) {
        return ElementFilter.methodsIn(app.getEnclosedElements()).stream()
                .filter(method -> Annotations.has(method, Names.FRAGMENT))
                .toList();
    }

    private void checkKind(TypeElement app) {
        String name = app.getQualifiedName().toString();
        switch (app.getKind()) {
            case CLASS -> {
                if (app.getModifiers().contains(Modifier.ABSTRACT)) {
                    reporter.error(ErrorMessages.appAbstract(name), app);
                }
            }
            case INTERFACE -> reporter.error(ErrorMessages.appNotClass(name, "an interface"), app);
            case ENUM -> reporter.error(ErrorMessages.appNotClass(name, "an enum"), app);
            case RECORD -> reporter.error(ErrorMessages.appNotClass(name, "a record"), app);
            case ANNOTATION_TYPE -> reporter.error(ErrorMessages.appNotClass(name, "an annotation type"), app);
            default -> reporter.error(ErrorMessages.appNotClass(name, "a " + app.getKind()), app);
        }
        if (!app.getTypeParameters().isEmpty()) {
            reporter.error(ErrorMessages.appGeneric(name), app);
        }
    }

    private void checkNesting(TypeElement app) {
        String name = app.getQualifiedName().toString();
        if (app.getNestingKind() == NestingKind.MEMBER && !app.getModifiers().contains(Modifier.STATIC)) {
            reporter.error(ErrorMessages.appInner(name), app);
        }
        if (app.getModifiers().contains(Modifier.PRIVATE)) {
            reporter.error(ErrorMessages.appPrivate(name), app);
        }
        for (Element outer = app.getEnclosingElement();
                outer instanceof TypeElement type;
                outer = type.getEnclosingElement()) {
            if (type.getModifiers().contains(Modifier.PRIVATE)) {
                String enclosing = type.getQualifiedName().toString();
                reporter.error(ErrorMessages.appEnclosingPrivate(name, enclosing), app);
            }
        }
    }

    private void checkConstructor(TypeElement app) {
        boolean callable = ElementFilter.constructorsIn(app.getEnclosedElements()).stream()
                .filter(constructor -> !constructor.getModifiers().contains(Modifier.PRIVATE))
                .anyMatch(constructor ->
                        constructor.getParameters().isEmpty() || Annotations.has(constructor, Names.INJECT));
        if (!callable) {
            reporter.error(ErrorMessages.appConstructor(app.getQualifiedName().toString()), app);
        }
    }

    private void checkFragments(TypeElement app) {
        List<ExecutableElement> methods = fragmentMethods(app);
        if (methods.isEmpty()) {
            reporter.error(ErrorMessages.appNoFragments(app.getQualifiedName().toString()), app);
        }
        Set<String> names = new HashSet<>();
        for (ExecutableElement method : methods) {
            fragments.validate(method);
            AccessRules.check(method, "fragment '" + method.getSimpleName() + "'", reporter);
            String name = method.getSimpleName().toString();
            if (!names.add(name)) {
                reporter.error(
                        ErrorMessages.fragmentOverloaded(
                                name, app.getQualifiedName().toString()),
                        method);
            }
        }
    }

    private void checkPath(TypeElement app) {
        AnnotationMirror annotation = Annotations.find(app, Names.APP).orElseThrow();
        Optional<AnnotationValue> value = Annotations.explicitValue(annotation, "path");
        Object path = value.map(AnnotationValue::getValue).orElse(AppModelBuilder.DEFAULT_PATH);
        if (!(path instanceof String text)) {
            return; // javac has already reported the unresolvable value
        }
        Optional<String> broken = PathRules.check(text);
        if (broken.isPresent()) {
            report(broken.get(), app, annotation, value);
            return;
        }
        String qualifiedName = app.getQualifiedName().toString();
        String first = appsByPath.putIfAbsent(text, qualifiedName);
        if (first != null && !first.equals(qualifiedName)) {
            report(ErrorMessages.pathDuplicate(text, first), app, annotation, value);
        }
    }

    private void checkIcon(TypeElement app) {
        AnnotationMirror annotation = Annotations.find(app, Names.APP).orElseThrow();
        Optional<AnnotationValue> value = Annotations.explicitValue(annotation, "icon");
        if (value.isPresent() && value.get().getValue() instanceof String icon) {
            IconRules.check(icon).ifPresent(message -> reporter.error(message, app, annotation, value.get()));
        }
    }

    /** {@code section}, {@code hidden} and {@code order}: where the page is in the pages menu. */
    private void checkMenuPlace(TypeElement app) {
        AnnotationMirror annotation = Annotations.find(app, Names.APP).orElseThrow();
        String name = app.getQualifiedName().toString();
        Optional<AnnotationValue> section = Annotations.explicitValue(annotation, "section");
        Optional<AnnotationValue> hidden = Annotations.explicitValue(annotation, "hidden");
        if (hidden.isPresent() && Boolean.TRUE.equals(hidden.get().getValue())) {
            for (String attribute : List.of("section", "order")) {
                Optional<AnnotationValue> value = Annotations.explicitValue(annotation, attribute);
                if (value.isPresent()
                        && !"".equals(value.get().getValue())
                        && !Integer.valueOf(0).equals(value.get().getValue())) {
                    reporter.error(ErrorMessages.appHiddenInMenu(name, attribute), app, annotation, value.get());
                }
            }
        }
        if (section.isEmpty() || !(section.get().getValue() instanceof String text)) {
            return;
        }
        Optional<String> broken = SectionRules.check(text);
        if (broken.isPresent()) {
            reporter.error(broken.get(), app, annotation, section.get());
            return;
        }
        String[] first = sectionsByCase.putIfAbsent(text.toLowerCase(Locale.ROOT), new String[] {text, name});
        if (first != null && !first[0].equals(text)) {
            reporter.error(ErrorMessages.appSectionCase(text, first[0], first[1]), app, annotation, section.get());
        }
    }

    private void report(String message, TypeElement app, AnnotationMirror annotation, Optional<AnnotationValue> value) {
        if (value.isPresent()) {
            reporter.error(message, app, annotation, value.get());
        } else {
            reporter.error(message, app, annotation);
        }
    }
}
