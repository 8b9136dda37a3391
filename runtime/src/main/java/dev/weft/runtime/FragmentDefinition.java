package dev.weft.runtime;

/**
 * One {@link dev.weft.Fragment} method as generated code describes it to the runtime.
 *
 * @param name the method's name, unique within its app; also the slot id on the wire
 * @param parallel {@code @Fragment(parallel)}
 * @param drawsUi whether the method has a {@link dev.weft.Ui} parameter
 */
public record FragmentDefinition(String name, boolean parallel, boolean drawsUi) {}
