package dev.weft.deployment;

import dev.weft.runtime.web.WeftRecorder;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.arc.deployment.AnnotationsTransformerBuildItem;
import io.quarkus.arc.deployment.InterceptorBindingRegistrarBuildItem;
import io.quarkus.arc.deployment.UnremovableBeanBuildItem;
import io.quarkus.arc.deployment.ValidationPhaseBuildItem.ValidationErrorBuildItem;
import io.quarkus.arc.processor.BuiltinScope;
import io.quarkus.arc.processor.InterceptorBindingRegistrar;
import io.quarkus.deployment.Capabilities;
import io.quarkus.deployment.Capability;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.metrics.MetricsCapabilityBuildItem;
import io.quarkus.runtime.metrics.MetricsFactory;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationInstanceBuilder;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationTransformation;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.IndexView;

/**
 * The build steps of {@code @Limited}: CDI interception of limited bean methods (with no reflection
 * at run time), the generated {@code ConfinedInitializer} beans, metrics when the application has
 * Micrometer, and the rules that need the whole application.
 */
class LimitsProcessor {

    /** {@code @Limited} is an interceptor binding whose members never take part in resolution. */
    @BuildStep
    InterceptorBindingRegistrarBuildItem limitedIsABinding() {
        return new InterceptorBindingRegistrarBuildItem(new InterceptorBindingRegistrar() {
            @Override
            public List<InterceptorBinding> getAdditionalBindings() {
                return List.of(InterceptorBinding.of(LimitNames.LIMITED, (Predicate<String>) member -> true));
            }
        });
    }

    /**
     * Binds the interceptor to {@code @Limited}. The binding is added here because the annotation's
     * target is methods only, so the interceptor class cannot carry it in source.
     */
    @BuildStep
    AnnotationsTransformerBuildItem bindTheInterceptor() {
        return new AnnotationsTransformerBuildItem(AnnotationTransformation.forClasses()
                .when(context -> context.declaration().asClass().name().equals(LimitNames.INTERCEPTOR))
                .transform(context -> context.add(
                        AnnotationInstance.builder(LimitNames.LIMITED).buildWithTarget(context.declaration()))));
    }

    /**
     * Hides {@code @Limited} from CDI on {@code @Fragment} methods (the scheduler limits those itself
     * and shows the wait in their slot), and names the own group of every other limited method ({@code
     * com.acme.Class#method}) in its binding, so the interceptor needs no reflection to find it.
     */
    @BuildStep
    AnnotationsTransformerBuildItem limitedMethods() {
        return new AnnotationsTransformerBuildItem(AnnotationTransformation.forMethods()
                .whenAnyMatch(LimitNames.LIMITED)
                .transform(context -> {
                    if (context.hasAnnotation(LimitNames.FRAGMENT)) {
                        context.remove(annotation -> annotation.name().equals(LimitNames.LIMITED));
                        return;
                    }
                    AnnotationInstance limited = context.annotations().stream()
                            .filter(annotation -> annotation.name().equals(LimitNames.LIMITED))
                            .findFirst()
                            .orElseThrow();
                    var group = limited.value("group");
                    if (group != null && !group.asString().isEmpty()) {
                        return;
                    }
                    AnnotationInstanceBuilder named = AnnotationInstance.builder(LimitNames.LIMITED);
                    limited.values().stream()
                            .filter(value -> !value.name().equals("group"))
                            .forEach(named::add);
                    named.add("group", LimitNames.of(context.declaration().asMethod()));
                    context.remove(annotation -> annotation.name().equals(LimitNames.LIMITED));
                    context.add(named.buildWithTarget(context.declaration()));
                }));
    }

    /**
     * The {@code ConfinedInitializer} classes the processor generated, and the beans their methods
     * belong to, are looked up by the runtime, so they must not be removed.
     */
    @BuildStep
    void confinedInitializers(
            CombinedIndexBuildItem combined,
            BuildProducer<AdditionalBeanBuildItem> beans,
            BuildProducer<UnremovableBeanBuildItem> unremovable) {
        IndexView index = combined.getIndex();
        Set<String> initializers = new TreeSet<>();
        for (ClassInfo implementor : index.getAllKnownImplementors(LimitNames.CONFINED_INITIALIZER)) {
            if (!implementor.isInterface() && !Modifier.isAbstract(implementor.flags())) {
                initializers.add(implementor.name().toString());
            }
        }
        if (!initializers.isEmpty()) {
            beans.produce(AdditionalBeanBuildItem.builder()
                    .setUnremovable()
                    .setDefaultScope(BuiltinScope.SINGLETON.getName())
                    .addBeanClasses(initializers)
                    .build());
        }
        Set<String> owners = new TreeSet<>();
        for (AnnotationInstance init : index.getAnnotations(LimitNames.CONFINED_INIT)) {
            if (init.target().kind() == AnnotationTarget.Kind.METHOD) {
                owners.add(init.target().asMethod().declaringClass().name().toString());
            }
        }
        if (!owners.isEmpty()) {
            unremovable.produce(UnremovableBeanBuildItem.beanClassNames(owners));
        }
    }

    /** The optional beans the runtime looks up: a cluster limiter, and the meters. */
    @BuildStep
    UnremovableBeanBuildItem optionalBeansAreLookedUp() {
        return UnremovableBeanBuildItem.beanTypes(LimitNames.CLUSTER_LIMITERS, LimitNames.LIMIT_METERS);
    }

    /** Meters for every group, when the application has Micrometer. */
    @BuildStep
    void metrics(Optional<MetricsCapabilityBuildItem> metrics, BuildProducer<AdditionalBeanBuildItem> beans) {
        if (metrics.isPresent() && metrics.get().metricsSupported(MetricsFactory.MICROMETER)) {
            beans.produce(AdditionalBeanBuildItem.builder()
                    .setUnremovable()
                    .setDefaultScope(BuiltinScope.SINGLETON.getName())
                    .addBeanClass(LimitNames.MICROMETER_LIMIT_METERS.toString())
                    .build());
        }
    }

    /** Fragment runs, their failures and sessions are metered in Micrometer too, when the application has it: decided here, not by a class look-up at run time. */
    @BuildStep
    @Record(ExecutionTime.RUNTIME_INIT)
    void failureMetrics(Optional<MetricsCapabilityBuildItem> metrics, WeftRecorder recorder) {
        if (metrics.isPresent() && metrics.get().metricsSupported(MetricsFactory.MICROMETER)) {
            recorder.meterInMicrometer();
        }
    }

    /** The rules that need every jar of the application; see {@link LimitRules}. */
    @BuildStep
    void validate(
            CombinedIndexBuildItem combined,
            Capabilities capabilities,
            BuildProducer<ValidationErrorBuildItem> errors) {
        IndexView index = combined.getIndex();
        List<LimitDeclaration> limits = new ArrayList<>();
        for (AnnotationInstance limited : index.getAnnotations(LimitNames.LIMITED)) {
            if (limited.target().kind() == AnnotationTarget.Kind.METHOD) {
                limits.add(LimitDeclaration.of(limited));
            }
        }
        List<ConfinedInitDeclaration> inits = new ArrayList<>();
        for (AnnotationInstance init : index.getAnnotations(LimitNames.CONFINED_INIT)) {
            if (init.target().kind() == AnnotationTarget.Kind.METHOD) {
                inits.add(ConfinedInitDeclaration.of(init));
            }
        }
        List<String> problems = LimitRules.check(limits, inits, capabilities.isPresent(Capability.REDIS_CLIENT));
        if (!problems.isEmpty()) {
            errors.produce(new ValidationErrorBuildItem(
                    problems.stream().<Throwable>map(IllegalStateException::new).toList()));
        }
    }
}
