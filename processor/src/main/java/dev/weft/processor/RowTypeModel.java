package dev.weft.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * One row type an app's tables and charts may show, whose columns generated code reads with direct
 * calls.
 *
 * @param qualifiedName the type's canonical name; readers are generated in this order
 * @param rawType the type itself, for its class literal
 * @param rowType the type as generated code casts to it: generic types with wildcard arguments
 * @param readerName the simple name of its reader, unique within the app's generated rows class
 * @param columns its columns, in the order the runtime reads them by reflection
 * @param record whether it is a record, whose rows the reader can also make with its canonical
 *     constructor
 */
record RowTypeModel(
        String qualifiedName,
        ClassName rawType,
        TypeName rowType,
        String readerName,
        List<Column> columns,
        boolean record) {

    RowTypeModel {
        columns = List.copyOf(columns);
    }

    /**
     * One column of a row type.
     *
     * @param name the field's name: a record component's, or a getter's without {@code get}/{@code is}
     * @param accessor the method that reads it
     * @param type its declared type, erased and boxed, for its class literal
     * @param declared its declared type, erased (a primitive as it is): a record constructor's
     *     parameter type
     */
    record Column(String name, String accessor, TypeName type, TypeName declared) {}
}
