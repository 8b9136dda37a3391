package dev.weft.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import java.util.Set;
import java.util.function.Function;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Weft's annotation processor: checks every {@link dev.weft.App} class and its {@link
 * dev.weft.Fragment} methods, and generates for each valid app a package-private {@code
 * dev.weft.runtime.AppDefinition} named {@code Outer_Inner_WeftApp} next to it.
 *
 * <p>Register it in {@code annotationProcessorPaths}: javac 23 and later no longer run processors
 * merely found on the class path. Every rule it enforces is listed in the Javadoc of the two
 * annotations. It reports all errors of a compilation and generates nothing for an app that has
 * any. It claims no annotation, so other processors still see them.
 */
@AutoService(Processor.class)
public final class WeftProcessor extends AbstractProcessor {

    private final Function<AppModel, JavaFile> writer;
    private Reporter reporter;
    private FragmentValidator fragmentValidator;
    private AppValidator appValidator;
    private AppModelBuilder models;

    /** Creates the processor; javac calls this through the service loader. */
    public WeftProcessor() {
        this(new AppDefinitionWriter()::write);
    }

    /** Creates the processor with another writer; tests use it to make the writer fail. */
    WeftProcessor(Function<AppModel, JavaFile> writer) {
        this.writer = writer;
    }

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
        super.init(environment);
        reporter = new Reporter(environment.getMessager());
        fragmentValidator = new FragmentValidator(reporter, environment.getElementUtils(), environment.getTypeUtils());
        InputBinder binder = new InputBinder(environment.getTypeUtils());
        GraphValidator graphValidator = new GraphValidator(reporter, environment.getElementUtils(), binder);
        appValidator = new AppValidator(reporter, fragmentValidator, graphValidator);
        models = new AppModelBuilder(environment.getElementUtils(), binder);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(Names.APP, Names.FRAGMENT);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (ExecutableElement method : ElementFilter.methodsIn(annotated(round, Names.FRAGMENT))) {
            guarded(method, () -> fragmentValidator.checkDeclaredInApp(method));
        }
        for (TypeElement app : ElementFilter.typesIn(annotated(round, Names.APP))) {
            guarded(app, () -> processApp(app));
        }
        return false;
    }

    private Set<? extends Element> annotated(RoundEnvironment round, String annotation) {
        TypeElement type = processingEnv.getElementUtils().getTypeElement(annotation);
        return type == null ? Set.of() : round.getElementsAnnotatedWith(type);
    }

    private void processApp(TypeElement app) throws Exception {
        if (appValidator.validate(app)) {
            writer.apply(models.build(app)).writeTo(processingEnv.getFiler());
        }
    }

    /** Runs one step on one element, turning any failure into an error on that element. */
    private void guarded(Element element, Step step) {
        try {
            step.run();
        } catch (Exception | LinkageError | AssertionError failure) {
            reporter.error(ErrorMessages.internal(element.toString(), failure), element);
        }
    }

    /** One step of processing one element. */
    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }
}
