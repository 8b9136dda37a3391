package dev.weft.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.Collections;
import java.util.IdentityHashMap;
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
 * <p>Method bodies are attributed only after annotation processing, so this is a javac task
 * listener, called once each class has been analysed (as Error Prone's checks are), not a step of
 * {@link WeftProcessor}'s rounds. Under a compiler other than javac it is not installed, and the
 * runtime's check (an error in the fragment's slot) is what remains.
 */
final class PageTargets implements TaskListener {

    /** The {@code Ui} methods whose first argument is a page. */
    private static final Set<String> PAGE_METHODS = Set.of("switchPage", "pageLink");

    private final Trees trees;
    /** Calls already checked: a class analysed twice is reported once. */
    private final Set<MethodInvocationTree> checked = Collections.newSetFromMap(new IdentityHashMap<>());

    private PageTargets(Trees trees) {
        this.trees = trees;
    }

    /** Registers the check with the javac task behind {@code environment}, if there is one. */
    static void install(ProcessingEnvironment environment) {
        try {
            JavacTask.instance(environment).addTaskListener(new PageTargets(Trees.instance(environment)));
        } catch (IllegalArgumentException | IllegalStateException | LinkageError notJavac) {
            // Not javac (or wrapped by a build tool): the runtime checks the page instead.
        }
    }

    @Override
    public void finished(TaskEvent event) {
        if (event.getKind() != TaskEvent.Kind.ANALYZE || event.getTypeElement() == null) {
            return;
        }
        try {
            TreePath path = trees.getPath(event.getTypeElement());
            if (path != null) {
                new Calls(path.getCompilationUnit()).scan(path, null);
            }
        } catch (RuntimeException | LinkageError | AssertionError unexpected) {
            // Never fail a compilation over this check: the runtime checks the page too.
        }
    }

    /** Finds the page calls in one class and reports those naming a class that is not an app. */
    private final class Calls extends TreePathScanner<Void, Void> {
        private final CompilationUnitTree unit;

        Calls(CompilationUnitTree unit) {
            this.unit = unit;
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
            if (!call.getArguments().isEmpty() && checked.add(call)) {
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
