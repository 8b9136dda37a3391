package dev.weft.deployment.test;

import dev.weft.Area;
import dev.weft.Limited;
import dev.weft.runtime.AppDefinition;
import dev.weft.runtime.FragmentDefinition;
import dev.weft.runtime.LimitDefinition;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import java.util.List;

/**
 * An {@link AppDefinition} written by hand in the shape the annotation processor generates, for
 * tests that set a fragment's definition (its limit, its inputs) directly instead of through
 * annotations. A subclass is a bean ({@code @Singleton @Unremovable}) so that the server serves it at its path.
 */
abstract class HandWrittenApp implements AppDefinition {

    /** The app instance of every session: these apps keep no state of their own. */
    @Dependent
    @Unremovable
    public static class Stateless {}

    private final String path;
    private final List<FragmentDefinition> fragments;

    HandWrittenApp(String path, FragmentDefinition... fragments) {
        this.path = path;
        this.fragments = List.of(fragments);
    }

    /** A parallel fragment that draws, with no inputs, limited by {@code limit} (or not, when null). */
    static FragmentDefinition fragment(String name, LimitDefinition limit, Integer... inputs) {
        return new FragmentDefinition(name, true, true, false, List.of(inputs), 0, Area.MAIN, limit);
    }

    /** A sequential source fragment that draws and returns a value. */
    static FragmentDefinition source(String name) {
        return new FragmentDefinition(name, false, true, true, List.of(), 0, Area.MAIN, null);
    }

    static LimitDefinition limit(String group, int permits, int queue) {
        return new LimitDefinition(group, permits, queue, 0, Limited.Scope.SERVER, false);
    }

    @Override
    public Class<?> appClass() {
        return Stateless.class;
    }

    @Override
    public String title() {
        return getClass().getSimpleName();
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public List<FragmentDefinition> fragments() {
        return fragments;
    }
}
