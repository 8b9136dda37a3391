package dev.weft.processor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;

/**
 * Checks {@code @Limited} methods, fragments and bean methods alike, against the rules in the
 * Javadoc of {@link dev.weft.Limited}.
 *
 * <p>One instance lives as long as the compilation: it remembers the first declaration of every
 * group, to reject a later one with other settings. The processor hands it methods in {@link
 * SourceOrder}, so which declaration is "later" does not depend on javac's order.
 */
final class LimitValidator {

    /** The settings every declaration of a group must agree on, in the order they are compared. */
    private static final List<Setting> SETTINGS = List.of(
            new Setting("permits", LimitDeclaration::permits, declaration -> String.valueOf(declaration.permits())),
            new Setting("queue", LimitDeclaration::queue, declaration -> String.valueOf(declaration.queue())),
            new Setting(
                    "timeout",
                    declaration -> LimitTimeout.parse(declaration.timeout()).orElseThrow(),
                    declaration -> "\"" + declaration.timeout() + "\""),
            new Setting("scope", LimitDeclaration::scope, LimitDeclaration::scope),
            new Setting("confined", LimitDeclaration::confined, declaration -> String.valueOf(declaration.confined())));

    private final Reporter reporter;
    private final Elements elements;
    private final LimitedBeanRules beanRules;
    private final Map<String, LimitDeclaration> firstByGroup = new HashMap<>();
    private final Set<ExecutableElement> clean = new HashSet<>();

    LimitValidator(Reporter reporter, Elements elements) {
        this.reporter = reporter;
        this.elements = elements;
        this.beanRules = new LimitedBeanRules(reporter);
    }

    /** Reports every rule the {@code @Limited} annotation of {@code method}, and the method, break. */
    void validate(ExecutableElement method) {
        int before = reporter.errorCount();
        LimitDeclaration declaration = LimitDeclaration.read(method, elements);
        boolean settingsValid = checkSettings(declaration);
        if (!Annotations.has(method, Names.FRAGMENT)) {
            beanRules.check(method); // a fragment is called by generated code: the fragment rules apply
        }
        if (settingsValid) {
            checkSameAsFirst(declaration);
        }
        if (reporter.errorCount() == before) {
            clean.add(method);
        }
    }

    /** Whether {@link #validate} accepted the {@code @Limited} annotation of {@code method}. */
    boolean isClean(ExecutableElement method) {
        return clean.contains(method);
    }

    /** The first valid declaration of {@code group} seen so far in the compilation, if any. */
    Optional<LimitDeclaration> firstDeclaration(String group) {
        return Optional.ofNullable(firstByGroup.get(group));
    }

    private boolean checkSettings(LimitDeclaration declaration) {
        int before = reporter.errorCount();
        String place = declaration.place();
        if (declaration.permits() < 1) {
            report(ErrorMessages.limitedPermits(place, declaration.permits()), declaration, "permits");
        } else if (declaration.confined() && declaration.permits() != 1) {
            report(ErrorMessages.limitedConfinedPermits(place, declaration.permits()), declaration, "permits");
        }
        if (declaration.queue() < 0) {
            report(ErrorMessages.limitedQueue(place, declaration.queue()), declaration, "queue");
        }
        if (LimitTimeout.parse(declaration.timeout()).isEmpty()) {
            report(ErrorMessages.limitedTimeout(place, declaration.timeout()), declaration, "timeout");
        }
        if (declaration.confined() && declaration.scope().equals("SESSION")) {
            report(ErrorMessages.limitedConfinedSession(place), declaration, "scope");
        }
        if (!declaration.groupText().isEmpty() && !GroupNames.valid(declaration.groupText())) {
            report(ErrorMessages.limitedGroupName(place, declaration.groupText()), declaration, "group");
        }
        return reporter.errorCount() == before;
    }

    private void checkSameAsFirst(LimitDeclaration declaration) {
        LimitDeclaration first = firstByGroup.putIfAbsent(declaration.group(), declaration);
        if (first == null || first.method().equals(declaration.method())) {
            return;
        }
        for (Setting setting : SETTINGS) {
            if (!Objects.equals(
                    setting.value().apply(declaration), setting.value().apply(first))) {
                String message = ErrorMessages.limitedGroupConflict(
                        declaration.group(),
                        setting.attribute(),
                        declaration.place(),
                        setting.shown().apply(declaration),
                        first.place(),
                        setting.shown().apply(first));
                report(message, declaration, setting.attribute());
                return;
            }
        }
    }

    /** Reports on the value of {@code attribute} where it is written, else on the annotation. */
    private void report(String message, LimitDeclaration declaration, String attribute) {
        Optional<AnnotationValue> value = declaration.written(attribute);
        if (value.isPresent()) {
            reporter.error(message, declaration.method(), declaration.annotation(), value.get());
        } else {
            reporter.error(message, declaration.method(), declaration.annotation());
        }
    }

    /**
     * One setting of a group.
     *
     * @param attribute its attribute of {@code @Limited}
     * @param value what two declarations are compared by
     * @param shown how a message shows it
     */
    private record Setting(
            String attribute, Function<LimitDeclaration, Object> value, Function<LimitDeclaration, String> shown) {}
}
