package dev.weft.processor;

import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Function;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * A check of method calls that needs them resolved. Method bodies are attributed only after
 * annotation processing, so such a check is a javac task listener, called once each class has been
 * analysed (as Error Prone's checks are), not a step of {@link WeftProcessor}'s rounds. Under a
 * compiler other than javac it is not installed, and the runtime's own check is what remains; a check
 * that fails unexpectedly never fails the compilation.
 */
abstract class AnalyzedClassChecks implements TaskListener {

    final Trees trees;
    /** Calls already checked: a class analysed twice is reported once. */
    private final Set<MethodInvocationTree> checked = Collections.newSetFromMap(new IdentityHashMap<>());

    AnalyzedClassChecks(Trees trees) {
        this.trees = trees;
    }

    /** Registers the check {@code create} makes with the javac task behind {@code environment}, if there is one. */
    static void install(ProcessingEnvironment environment, Function<Trees, AnalyzedClassChecks> create) {
        try {
            JavacTask.instance(environment).addTaskListener(create.apply(Trees.instance(environment)));
        } catch (IllegalArgumentException | IllegalStateException | LinkageError notJavac) {
            // Not javac (or wrapped by a build tool): the runtime checks instead.
        }
    }

    @Override
    public final void finished(TaskEvent event) {
        if (event.getKind() != TaskEvent.Kind.ANALYZE || event.getTypeElement() == null) {
            return;
        }
        try {
            TreePath path = trees.getPath(event.getTypeElement());
            if (path != null) {
                check(path);
            }
        } catch (RuntimeException | LinkageError | AssertionError unexpected) {
            // Never fail a compilation over this check: the runtime checks too.
        }
    }

    /** Whether {@code call} is seen for the first time (a class may be analysed twice). */
    final boolean firstTime(MethodInvocationTree call) {
        return checked.add(call);
    }

    /** Checks one analysed class. */
    abstract void check(TreePath path);
}
