package dev.weft.processor;

import java.util.ArrayList;
import java.util.List;
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

    private final Elements elements;

    AppModelBuilder(Elements elements) {
        this.elements = elements;
    }

    /** The model of {@code app}, which {@link AppValidator} has accepted. */
    AppModel build(TypeElement app) {
        AnnotationMirror annotation = Annotations.find(app, Names.APP).orElseThrow();
        String title = Annotations.value(annotation, "title", String.class, "");
        String path = Annotations.value(annotation, "path", String.class, DEFAULT_PATH);
        List<FragmentModel> fragments = AppValidator.fragmentMethods(app).stream()
                .map(AppModelBuilder::fragment)
                .toList();
        return new AppModel(
                app,
                elements.getPackageOf(app).getQualifiedName().toString(),
                simpleNames(app),
                title.isEmpty() ? app.getSimpleName().toString() : title,
                path,
                fragments);
    }

    private static FragmentModel fragment(ExecutableElement method) {
        AnnotationMirror annotation = Annotations.find(method, Names.FRAGMENT).orElseThrow();
        return new FragmentModel(
                method.getSimpleName().toString(),
                Annotations.value(annotation, "parallel", Boolean.class, false),
                method.getParameters().stream().anyMatch(FragmentValidator::isUi),
                method.getReturnType().getKind() != TypeKind.VOID);
    }

    private static List<String> simpleNames(TypeElement app) {
        List<String> names = new ArrayList<>();
        for (Element type = app; type instanceof TypeElement; type = type.getEnclosingElement()) {
            names.add(0, type.getSimpleName().toString());
        }
        return names;
    }
}
