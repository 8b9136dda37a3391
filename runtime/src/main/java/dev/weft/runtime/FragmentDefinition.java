package dev.weft.runtime;

import dev.weft.Area;
import dev.weft.OnRerun;
import dev.weft.runtime.identity.Access;
import java.util.List;
import java.util.Objects;

/**
 * One {@link dev.weft.Fragment} method as generated code describes it to the runtime.
 *
 * @param name the method's name, unique within its app; also the slot id on the wire
 * @param parallel {@code @Fragment(parallel)}
 * @param drawsUi whether the method has a {@link dev.weft.Ui} parameter
 * @param returnsValue whether the method returns a value (is not {@code void}): only those can be inputs
 * @param inputs for each input parameter, in parameter order (the {@code Ui} skipped), the index in
 *     {@link AppDefinition#fragments()} of the fragment that provides it
 * @param runEveryMillis {@code @Fragment(runEvery)} in milliseconds, or 0 for no timer
 * @param area {@code @Fragment(area)}
 * @param limit the fragment's {@link dev.weft.Limited} declaration, or null when it has none
 * @param cpu {@code @Fragment(cpu)}: its runs compute, on a platform thread of the CPU pool
 * @param access who may run it: its own {@code @RolesAllowed}, {@code @Authenticated} or
 *     {@code @PermitAll}, else its app's
 * @param onRerun {@code @Fragment(onRerun)}: what a newer run does to a running one
 * @param maxBeside {@code @Fragment(maxBeside)}: with {@link OnRerun#BESIDE}, the most runs at once in
 *     one session; 1 otherwise
 */
public record FragmentDefinition(
        String name,
        boolean parallel,
        boolean drawsUi,
        boolean returnsValue,
        List<Integer> inputs,
        long runEveryMillis,
        Area area,
        LimitDefinition limit,
        boolean cpu,
        Access access,
        OnRerun onRerun,
        int maxBeside) {

    /** Copies {@code inputs}. */
    public FragmentDefinition {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(onRerun, "onRerun");
        if (onRerun == OnRerun.BESIDE ? maxBeside < 2 : maxBeside != 1) {
            throw new IllegalArgumentException("maxBeside " + maxBeside + " with " + onRerun);
        }
    }

    /** A fragment whose newer run supersedes a running one. */
    public FragmentDefinition(
            String name,
            boolean parallel,
            boolean drawsUi,
            boolean returnsValue,
            List<Integer> inputs,
            long runEveryMillis,
            Area area,
            LimitDefinition limit,
            boolean cpu,
            Access access) {
        this(
                name,
                parallel,
                drawsUi,
                returnsValue,
                inputs,
                runEveryMillis,
                area,
                limit,
                cpu,
                access,
                OnRerun.SUPERSEDE,
                1);
    }

    /**
     * This fragment with another {@link OnRerun} policy (generated code writes it only where the app
     * declares one).
     *
     * @param maxBeside the most runs at once with {@link OnRerun#BESIDE}; ignored otherwise
     */
    public FragmentDefinition onRerun(OnRerun policy, int maxBeside) {
        return new FragmentDefinition(
                name,
                parallel,
                drawsUi,
                returnsValue,
                inputs,
                runEveryMillis,
                area,
                limit,
                cpu,
                access,
                policy,
                policy == OnRerun.BESIDE ? maxBeside : 1);
    }

    /** A fragment anyone who may open its page may run. */
    public FragmentDefinition(
            String name,
            boolean parallel,
            boolean drawsUi,
            boolean returnsValue,
            List<Integer> inputs,
            long runEveryMillis,
            Area area,
            LimitDefinition limit,
            boolean cpu) {
        this(name, parallel, drawsUi, returnsValue, inputs, runEveryMillis, area, limit, cpu, Access.ANYONE);
    }

    /** A fragment that waits rather than computes: it runs on a virtual thread. */
    public FragmentDefinition(
            String name,
            boolean parallel,
            boolean drawsUi,
            boolean returnsValue,
            List<Integer> inputs,
            long runEveryMillis,
            Area area,
            LimitDefinition limit) {
        this(name, parallel, drawsUi, returnsValue, inputs, runEveryMillis, area, limit, false);
    }
}
