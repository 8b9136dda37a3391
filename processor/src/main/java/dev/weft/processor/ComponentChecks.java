package dev.weft.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * Checks every declaration of a {@link dev.weft.Component} whose arguments are literals: {@code
 * Component.module("/components/map.js", Place.class)} and {@code Component.streamlit(...)}, wherever
 * they are written (a {@code static final} field, as the README shows, or inline in a fragment).
 *
 * <ul>
 *   <li>The value type's class literal must name a type the runtime's strict Jackson reader can
 *       create ({@link ValueTypeRules}).
 *   <li>A URL string literal must be a path on the app's own server ({@code ComponentUrl}), and when
 *       it names a file of the app's own, that file must be among its resources ({@code
 *       ComponentModuleMissing}; a warning, {@code ComponentModuleUnchecked}, when the resources
 *       cannot be located; nothing for URLs that jars serve, see {@link ModuleResources}).
 * </ul>
 *
 * <p>A value type or URL given as a variable is checked by the runtime when the component is drawn.
 * An {@link AnalyzedClassChecks}, like {@link PageTargets}: run once each class has been analysed, so
 * that calls are resolved; under another compiler it is not installed.
 */
final class ComponentChecks extends AnalyzedClassChecks {

    /** The {@code Component} factories whose arguments are a URL and a value type. */
    private static final Set<String> FACTORIES = Set.of("module", "streamlit");

    private final ValueTypeRules valueTypes;
    private final ModuleResources resources;

    private ComponentChecks(Trees trees, ValueTypeRules valueTypes, ModuleResources resources) {
        super(trees);
        this.valueTypes = valueTypes;
        this.resources = resources;
    }

    /** Registers the checks with the javac task behind {@code environment}, if there is one. */
    static void install(ProcessingEnvironment environment) {
        install(
                environment,
                trees -> new ComponentChecks(
                        trees,
                        new ValueTypeRules(environment.getElementUtils(), environment.getTypeUtils()),
                        ModuleResources.of(
                                environment.getFiler(), environment.getOptions().get(ModuleResources.OPTION))));
    }

    @Override
    void check(TreePath path) {
        new Calls(path.getCompilationUnit()).scan(path, null);
    }

    /** Finds the component declarations in one class and checks their literal arguments. */
    private final class Calls extends TreePathScanner<Void, Void> {
        private final CompilationUnitTree unit;

        Calls(CompilationUnitTree unit) {
            this.unit = unit;
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
            if (call.getArguments().size() == 2 && firstTime(call) && isFactory(call)) {
                checkUrl(call.getArguments().get(0));
                checkValueType(call.getArguments().get(1));
            }
            return super.visitMethodInvocation(call, unused);
        }

        private boolean isFactory(MethodInvocationTree call) {
            Element method = trees.getElement(new TreePath(getCurrentPath(), call.getMethodSelect()));
            return method instanceof ExecutableElement executable
                    && FACTORIES.contains(executable.getSimpleName().toString())
                    && executable.getEnclosingElement() instanceof TypeElement owner
                    && owner.getQualifiedName().contentEquals(Names.COMPONENT);
        }

        private void checkUrl(ExpressionTree argument) {
            if (!(argument instanceof LiteralTree literal) || !(literal.getValue() instanceof String url)) {
                return; // not a literal: the runtime checks it when the class is initialised
            }
            if (!url.startsWith("/") || url.startsWith("//") || url.contains("\\") || url.contains("..")) {
                report(Diagnostic.Kind.ERROR, ErrorMessages.componentUrl(url), argument);
                return;
            }
            String file = ModuleResources.resourceName(url);
            switch (resources.find(url)) {
                case MISSING ->
                    report(Diagnostic.Kind.ERROR, ErrorMessages.componentModuleMissing(url, file), argument);
                case UNLOCATED ->
                    report(Diagnostic.Kind.WARNING, ErrorMessages.componentModuleUnchecked(url, file), argument);
                case PRESENT, NOT_CHECKED -> {}
            }
        }

        private void checkValueType(ExpressionTree argument) {
            if (!(argument instanceof MemberSelectTree literal)
                    || !literal.getIdentifier().contentEquals("class")) {
                return; // a Class value: the runtime checks it when the component is drawn
            }
            TreePath argumentPath = new TreePath(getCurrentPath(), argument);
            TypeMirror type = trees.getTypeMirror(new TreePath(argumentPath, literal.getExpression()));
            if (type == null) {
                return;
            }
            Optional<String> message = valueTypes.check(type);
            message.ifPresent(text -> report(Diagnostic.Kind.ERROR, text, argument));
        }

        private void report(Diagnostic.Kind kind, String message, Tree where) {
            trees.printMessage(kind, message, where, unit);
        }
    }
}
