package dev.weft.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Checks the pages that {@code Ui.switchPage} and {@code Ui.pageLink} name, where they name a class
 * literal: the class must be an {@code @App} ({@code PageNotApp}).
 *
 * <p>An {@link AnalyzedClassChecks}: under a compiler other than javac, the runtime's check (an error
 * in the fragment's slot) is what remains.
 */
final class PageTargets extends AnalyzedClassChecks {

    /** The {@code Ui} methods whose first argument is a page. */
    private static final Set<String> PAGE_METHODS = Set.of("switchPage", "pageLink");

    private PageTargets(Trees trees) {
        super(trees);
    }

    /** Registers the check with the javac task behind {@code environment}, if there is one. */
    static void install(ProcessingEnvironment environment) {
        install(environment, PageTargets::new);
    }

    @Override
    void check(TreePath path) {
        new Calls(path.getCompilationUnit()).scan(path, null);
    }

    /** Finds the page calls in one class and reports those naming a class that is not an app. */
    private final class Calls extends TreePathScanner<Void, Void> {
        private final CompilationUnitTree unit;

        Calls(CompilationUnitTree unit) {
            this.unit = unit;
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
            if (!call.getArguments().isEmpty() && firstTime(call)) {
                check(call);
            }
            return super.visitMethodInvocation(call, unused);
        }

        private void check(MethodInvocationTree call) {
            Element method = trees.getElement(new TreePath(getCurrentPath(), call.getMethodSelect()));
            if (!(method instanceof ExecutableElement executable)
                    || !PAGE_METHODS.contains(executable.getSimpleName().toString())
                    || !(executable.getEnclosingElement() instanceof TypeElement owner)
                    || !owner.getQualifiedName().contentEquals(Names.UI)) {
                return;
            }
            ExpressionTree argument = call.getArguments().get(0);
            if (!(argument instanceof MemberSelectTree literal)
                    || !literal.getIdentifier().contentEquals("class")) {
                return; // a Class value: checked when the fragment runs
            }
            TreePath argumentPath = new TreePath(getCurrentPath(), argument);
            Element target = trees.getElement(new TreePath(argumentPath, literal.getExpression()));
            if (target instanceof TypeElement type && !Annotations.has(type, Names.APP)) {
                trees.printMessage(
                        Diagnostic.Kind.ERROR,
                        ErrorMessages.pageNotApp(
                                executable.getSimpleName().toString(),
                                type.getSimpleName().toString()),
                        argument,
                        unit);
            }
        }
    }
}
