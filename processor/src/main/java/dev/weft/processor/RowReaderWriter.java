package dev.weft.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the row readers of one app into its generated definition: one nested {@code
 * dev.weft.runtime.RowReader} per row type, which reads each column with a direct call of its
 * accessor, the list of them, and the {@code rowReaders()} method that hands that list to the runtime.
 * They are nested in the definition, not a class of their own, so that wherever the definition goes
 * (a test's application archive included), its readers go too.
 *
 * <p>The output depends only on the model, whose row types are sorted by name, so the same source
 * always produces the same bytes. This class reports nothing.
 */
final class RowReaderWriter {

    /** The field of the generated definition listing its readers. */
    static final String READERS = "ROW_READERS";

    private static final ClassName ROW_READER = ClassName.bestGuess(Names.ROW_READER);
    private static final ClassName LIST = ClassName.get(List.class);
    private static final TypeName CLASS_OF_ANYTHING =
            ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class));

    private RowReaderWriter() {}

    /** Adds {@code app}'s readers to its definition {@code type}, when it has row types. */
    static void addTo(TypeSpec.Builder type, AppModel app) {
        if (app.rowTypes().isEmpty()) {
            return;
        }
        type.addField(readersField(app))
                .addMethod(GeneratedClass.getter("rowReaders", readerList(), CodeBlock.of("$N", READERS)));
        for (RowTypeModel row : app.rowTypes()) {
            type.addType(reader(row));
        }
    }

    private static TypeName readerList() {
        return ParameterizedTypeName.get(
                LIST, ParameterizedTypeName.get(ROW_READER, WildcardTypeName.subtypeOf(Object.class)));
    }

    private static FieldSpec readersField(AppModel app) {
        CodeBlock readers = app.rowTypes().stream()
                .map(row -> CodeBlock.of("new $N()", row.readerName()))
                .collect(CodeBlock.joining(",\n"));
        return FieldSpec.builder(readerList(), READERS, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of(\n$>$>$L$<$<)", LIST, readers)
                .build();
    }

    private static TypeSpec reader(RowTypeModel row) {
        CodeBlock names = row.columns().stream()
                .map(column -> CodeBlock.of("$S", column.name()))
                .collect(CodeBlock.joining(", "));
        CodeBlock types = row.columns().stream()
                .map(column -> CodeBlock.of("$T.class", column.type()))
                .collect(CodeBlock.joining(", "));
        CodeBlock.Builder read = CodeBlock.builder().add("return switch (column) {\n$>");
        for (int index = 0; index < row.columns().size(); index++) {
            read.add("case $L -> row.$N();\n", index, row.columns().get(index).accessor());
        }
        read.add(
                        "default -> throw new $T($S + column + $S);\n",
                        IndexOutOfBoundsException.class,
                        "No column ",
                        " in " + row.rawType().simpleName())
                .add("$<};\n");
        TypeSpec.Builder reader = TypeSpec.classBuilder(row.readerName())
                .addJavadoc("Reads {@link $T} rows.\n", row.rawType())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(ROW_READER, row.rowType()))
                .addField(FieldSpec.builder(
                                ParameterizedTypeName.get(LIST, ClassName.get(String.class)),
                                "NAMES",
                                Modifier.PRIVATE,
                                Modifier.STATIC,
                                Modifier.FINAL)
                        .initializer("$T.of($L)", LIST, names)
                        .build())
                .addField(FieldSpec.builder(
                                ParameterizedTypeName.get(LIST, CLASS_OF_ANYTHING),
                                "TYPES",
                                Modifier.PRIVATE,
                                Modifier.STATIC,
                                Modifier.FINAL)
                        .initializer("$T.of($L)", LIST, types)
                        .build())
                .addMethod(GeneratedClass.getter("type", CLASS_OF_ANYTHING, CodeBlock.of("$T.class", row.rawType())))
                .addMethod(GeneratedClass.getter(
                        "names", ParameterizedTypeName.get(LIST, ClassName.get(String.class)), CodeBlock.of("NAMES")))
                .addMethod(GeneratedClass.getter(
                        "types", ParameterizedTypeName.get(LIST, CLASS_OF_ANYTHING), CodeBlock.of("TYPES")))
                .addMethod(MethodSpec.methodBuilder("read")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(Object.class)
                        .addParameter(row.rowType(), "row")
                        .addParameter(int.class, "column")
                        .addCode(read.build())
                        .build());
        if (row.record()) {
            addCreate(reader, row);
        }
        return reader.build();
    }

    /** A record's {@code creates}, {@code declaredTypes} and {@code create}: its canonical constructor. */
    private static void addCreate(TypeSpec.Builder reader, RowTypeModel row) {
        CodeBlock declared = row.columns().stream()
                .map(column -> CodeBlock.of("$T.class", column.declared()))
                .collect(CodeBlock.joining(", "));
        CodeBlock.Builder arguments = CodeBlock.builder();
        for (int index = 0; index < row.columns().size(); index++) {
            arguments.add(index == 0 ? "\n" : ",\n");
            TypeName type = row.columns().get(index).type();
            if (type.equals(ClassName.OBJECT)) {
                arguments.add("values[$L]", index);
            } else {
                arguments.add("($T) values[$L]", type, index);
            }
        }
        boolean generic = !row.rowType().equals(row.rawType());
        reader.addField(FieldSpec.builder(
                                ParameterizedTypeName.get(LIST, CLASS_OF_ANYTHING),
                                "DECLARED_TYPES",
                                Modifier.PRIVATE,
                                Modifier.STATIC,
                                Modifier.FINAL)
                        .initializer("$T.of($L)", LIST, declared)
                        .build())
                .addMethod(GeneratedClass.getter("creates", TypeName.BOOLEAN, CodeBlock.of("true")))
                .addMethod(GeneratedClass.getter(
                        "declaredTypes",
                        ParameterizedTypeName.get(LIST, CLASS_OF_ANYTHING),
                        CodeBlock.of("DECLARED_TYPES")))
                .addMethod(MethodSpec.methodBuilder("create")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(row.rowType())
                        .addParameter(Object[].class, "values")
                        .addStatement("return new $T$L($L)", row.rawType(), generic ? "<>" : "", arguments.build())
                        .build());
    }
}
