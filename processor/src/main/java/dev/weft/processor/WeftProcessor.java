package dev.weft.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import java.util.Optional;
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
 * dev.weft.Fragment} methods, every {@link dev.weft.Limited} and every {@link dev.weft.ConfinedInit}
 * method, and generates for each valid app a package-private {@code dev.weft.runtime.AppDefinition}
 * named {@code Outer_Inner_WeftApp} next to it (with a reader nested in it for each of the app's row
 * types), and for each valid {@code @ConfinedInit} method a
 * {@code dev.weft.runtime.ConfinedInitializer} named {@code Outer_Inner_method_WeftConfinedInit}.
 *
 * <p>Register it in {@code annotationProcessorPaths}: javac 23 and later no longer run processors
 * merely found on the class path. Every rule it enforces is listed in the Javadoc of the
 * annotations. It reports all errors of a compilation and generates nothing for an element that has
 * any. It claims no annotation, so other processors still see them.
 *
 * <p>Each round runs in a fixed order: {@code @Fragment} placement, then {@code @Limited} methods,
 * then {@code @ConfinedInit} methods (which check the groups declared so far), then apps (which are
 * generated only when their {@code @Limited} and {@code @ConfinedInit} methods are valid too).
 * Method bodies and field initialisers are checked after the rounds, by javac task listeners: the
 * pages {@code Ui.switchPage} names ({@link PageTargets}) and {@code Component} declarations ({@link
 * ComponentChecks}, whose option {@code weft.resources} names the app's resource folders).
 */
@AutoService(Processor.class)
public final class WeftProcessor extends AbstractProcessor {

    private final Function<AppModel, JavaFile> appWriter;
    private final Function<ConfinedInitModel, JavaFile> initWriter;
    private Reporter reporter;
    private FragmentValidator fragmentValidator;
    private AppValidator appValidator;
    private LimitValidator limitValidator;
    private ConfinedInitValidator initValidator;
    private AppModelBuilder models;

    /** Creates the processor; javac calls this through the service loader. */
    public WeftProcessor() {
        this(new AppDefinitionWriter()::write, new ConfinedInitWriter()::write);
    }

    /** Creates the processor with another app writer; tests use it to make the writer fail. */
    WeftProcessor(Function<AppModel, JavaFile> appWriter) {
        this(appWriter, new ConfinedInitWriter()::write);
    }

    /** Creates the processor with other writers; tests use it to record what is generated. */
    WeftProcessor(Function<AppModel, JavaFile> appWriter, Function<ConfinedInitModel, JavaFile> initWriter) {
        this.appWriter = appWriter;
        this.initWriter = initWriter;
    }

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
        super.init(environment);
        reporter = new Reporter(environment.getMessager());
        fragmentValidator = new FragmentValidator(reporter, environment.getElementUtils(), environment.getTypeUtils());
        InputBinder binder = new InputBinder(environment.getTypeUtils());
        GraphValidator graphValidator = new GraphValidator(reporter, environment.getElementUtils(), binder);
        appValidator = new AppValidator(reporter, fragmentValidator, graphValidator);
        limitValidator = new LimitValidator(reporter, environment.getElementUtils());
        initValidator = new ConfinedInitValidator(
                reporter, environment.getElementUtils(), environment.getTypeUtils(), limitValidator);
        PageTargets.install(environment);
        ComponentChecks.install(environment);
        models = new AppModelBuilder(
                environment.getElementUtils(),
                binder,
                new RowTypes(environment.getElementUtils(), environment.getTypeUtils()));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(Names.APP, Names.FRAGMENT, Names.LIMITED, Names.CONFINED_INIT);
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(ModuleResources.OPTION);
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
        for (ExecutableElement method : SourceOrder.methods(annotated(round, Names.LIMITED))) {
            guarded(method, () -> limitValidator.validate(method));
        }
        for (ExecutableElement method : SourceOrder.methods(annotated(round, Names.CONFINED_INIT))) {
            guarded(method, () -> processConfinedInit(method));
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

    private void processConfinedInit(ExecutableElement method) throws Exception {
        Optional<ConfinedInitModel> model = initValidator.validate(method);
        if (model.isPresent()) {
            initWriter.apply(model.get()).writeTo(processingEnv.getFiler());
        }
    }

    private void processApp(TypeElement app) throws Exception {
        boolean valid = appValidator.validate(app);
        boolean membersValid = ElementFilter.methodsIn(app.getEnclosedElements()).stream()
                .allMatch(method -> (!Annotations.has(method, Names.LIMITED) || limitValidator.isClean(method))
                        && (!Annotations.has(method, Names.CONFINED_INIT) || initValidator.isClean(method)));
        if (valid && membersValid) {
            AppModel model = models.build(app);
            appWriter.apply(model).writeTo(processingEnv.getFiler());
            new FragmentNamesWriter().write(model).writeTo(processingEnv.getFiler());
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
