package dev.weft.processor;

import dev.weft.processor.FragmentModel.Parameter;
import dev.weft.processor.InputBinder.Binding;
import dev.weft.processor.InputBinder.Bound;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Elements;

/** Reads a validated {@code @App} class into an {@link AppModel}; reports nothing. */
final class AppModelBuilder {

    /** The default of {@code @App(path)}. */
    static final String DEFAULT_PATH = "/";

    /** The default of {@code @App(layout)}. */
    static final String DEFAULT_LAYOUT = "CENTERED";

    private final Elements elements;
    private final InputBinder binder;
    private final RowTypes rowTypes;

    AppModelBuilder(Elements elements, InputBinder binder, RowTypes rowTypes) {
        this.elements = elements;
        this.binder = binder;
        this.rowTypes = rowTypes;
    }

    /** The model of {@code app}, which {@link AppValidator} has accepted. */
    AppModel build(TypeElement app) {
        AnnotationMirror annotation = Annotations.find(app, Names.APP).orElseThrow();
        String title = Annotations.value(annotation, "title", String.class, "");
        String path = Annotations.value(annotation, "path", String.class, DEFAULT_PATH);
        List<ExecutableElement> methods = AppValidator.fragmentMethods(app);
        List<List<Binding>> bindings = binder.bind(methods);
        List<FragmentModel> fragments = new ArrayList<>();
        for (int index = 0; index < methods.size(); index++) {
            fragments.add(fragment(methods.get(index), bindings.get(index), elements));
        }
        return new AppModel(
                app,
                elements.getPackageOf(app).getQualifiedName().toString(),
                simpleNames(app),
                title.isEmpty() ? app.getSimpleName().toString() : title,
                path,
                Annotations.value(annotation, "icon", String.class, ""),
                Annotations.value(annotation, "order", Integer.class, 0),
                Annotations.value(annotation, "section", String.class, ""),
                Annotations.value(annotation, "hidden", Boolean.class, false),
                Annotations.enumValue(annotation, "layout", DEFAULT_LAYOUT),
                fragments,
                rowTypes.of(app, methods),
                AccessRules.declared(app).orElse(AccessModel.ANYONE));
    }

    private static FragmentModel fragment(ExecutableElement method, List<Binding> bindings, Elements elements) {
        AnnotationMirror annotation = Annotations.find(method, Names.FRAGMENT).orElseThrow();
        List<Parameter> parameters = method.getParameters().stream()
                .map(parameter -> new Parameter(
                        FragmentValidator.isUi(parameter) ? Optional.empty() : Optional.of(parameter.asType())))
                .toList();
        List<Integer> inputs =
                bindings.stream().map(binding -> ((Bound) binding).provider()).toList();
        String runEvery = Annotations.value(annotation, "runEvery", String.class, "");
        return new FragmentModel(
                method.getSimpleName().toString(),
                Annotations.value(annotation, "parallel", Boolean.class, false),
                method.getParameters().stream().anyMatch(FragmentValidator::isUi),
                method.getReturnType().getKind() != TypeKind.VOID,
                parameters,
                inputs,
                RunEvery.parse(runEvery).orElseThrow(),
                Annotations.enumValue(annotation, "area", "MAIN"),
                Annotations.has(method, Names.LIMITED)
                        ? Optional.of(LimitDeclaration.read(method, elements).model())
                        : Optional.empty(),
                Annotations.value(annotation, "cpu", Boolean.class, false),
                AccessRules.declared(method).orElse(AccessModel.ANYONE),
                Annotations.enumValue(annotation, "onRerun", "SUPERSEDE"),
                Annotations.value(annotation, "maxBeside", Integer.class, 0));
    }

    private static List<String> simpleNames(TypeElement app) {
        List<String> names = new ArrayList<>();
        for (Element type = app; type instanceof TypeElement; type = type.getEnclosingElement()) {
            names.add(0, type.getSimpleName().toString());
        }
        return names;
    }
}
