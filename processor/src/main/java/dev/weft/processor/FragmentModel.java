package dev.weft.processor;

import java.util.List;
import java.util.Optional;
import javax.lang.model.type.TypeMirror;

/**
 * One fragment method, as the writer needs it.
 *
 * @param name the method's name, unique within its app
 * @param parallel {@code @Fragment(parallel)}
 * @param drawsUi whether the method takes its {@link dev.weft.Ui}
 * @param returnsValue whether the method returns something rather than {@code void}
 * @param parameters the method's parameters in declaration order
 * @param inputs for each input parameter in order, the index of the fragment that provides it
 * @param runEveryMillis {@code @Fragment(runEvery)} in milliseconds, 0 for no timer
 * @param area the name of the {@code dev.weft.Area} constant of {@code @Fragment(area)}
 * @param limit its {@code @Limited} declaration, empty when it has none
 * @param cpu {@code @Fragment(cpu)}
 * @param access who may run it besides its page's check: its own {@code @RolesAllowed} or
 *     {@code @Authenticated}; anyone (who may open the page) otherwise
 * @param onRerun the name of the {@code dev.weft.OnRerun} constant of {@code @Fragment(onRerun)}
 * @param maxBeside {@code @Fragment(maxBeside)}, 0 when unset
 */
record FragmentModel(
        String name,
        boolean parallel,
        boolean drawsUi,
        boolean returnsValue,
        List<Parameter> parameters,
        List<Integer> inputs,
        long runEveryMillis,
        String area,
        Optional<LimitModel> limit,
        boolean cpu,
        AccessModel access,
        String onRerun,
        int maxBeside) {

    FragmentModel {
        parameters = List.copyOf(parameters);
        inputs = List.copyOf(inputs);
    }

    /**
     * One parameter of a fragment method.
     *
     * @param inputType the declared type of an input, empty for the {@link dev.weft.Ui}
     */
    record Parameter(Optional<TypeMirror> inputType) {}
}
