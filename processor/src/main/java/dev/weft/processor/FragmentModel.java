package dev.weft.processor;

/**
 * One fragment method, as the writer needs it.
 *
 * @param name the method's name, unique within its app
 * @param parallel {@code @Fragment(parallel)}
 * @param drawsUi whether the method takes its {@link dev.weft.Ui} (its only possible parameter)
 * @param returnsValue whether the method returns something rather than {@code void}
 */
record FragmentModel(String name, boolean parallel, boolean drawsUi, boolean returnsValue) {}
