package dev.weft.deployment;

import dev.weft.runtime.RowReader;
import io.quarkus.gizmo.BytecodeCreator;
import io.quarkus.gizmo.ClassCreator;
import io.quarkus.gizmo.ClassOutput;
import io.quarkus.gizmo.FieldDescriptor;
import io.quarkus.gizmo.Gizmo;
import io.quarkus.gizmo.MethodCreator;
import io.quarkus.gizmo.MethodDescriptor;
import io.quarkus.gizmo.ResultHandle;
import io.quarkus.gizmo.Switch;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jboss.jandex.ArrayType;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.ClassType;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.PrimitiveType;
import org.jboss.jandex.RecordComponentInfo;
import org.jboss.jandex.Type;

/**
 * Writes, as bytecode, the {@link RowReader} of one record of the application that the annotation
 * processor wrote no reader for: what {@code processor/RowReaderWriter} writes as source, with the same
 * contract. Its columns are the record's components in declaration order; it reads each with a direct
 * call of the accessor and makes rows with a direct call of the canonical constructor.
 *
 * <p>The reader is a public class in the record's own package (so a package-private record, or one
 * nested in a private class, can be named), with a public no-argument constructor, and refers to no
 * class by name at run time: its {@code type()}, {@code types()} and {@code declaredTypes()} are class
 * constants, resolved only when called, so making a reader loads neither its record nor the types of
 * its components.
 */
final class RecordReaderClasses {

    /** Suffix of a generated reader: {@code com.acme.Outer$Row} gives {@code com.acme.Outer_Row_WeftRowReader}. */
    static final String SUFFIX = "_WeftRowReader";

    private static final MethodDescriptor LIST_OF =
            MethodDescriptor.ofMethod(List.class, "of", List.class, Object[].class);

    /** Each primitive's box and the method that unboxes it. */
    private static final Map<PrimitiveType.Primitive, Class<?>> BOXES = Map.of(
            PrimitiveType.Primitive.BOOLEAN, Boolean.class,
            PrimitiveType.Primitive.BYTE, Byte.class,
            PrimitiveType.Primitive.CHAR, Character.class,
            PrimitiveType.Primitive.SHORT, Short.class,
            PrimitiveType.Primitive.INT, Integer.class,
            PrimitiveType.Primitive.LONG, Long.class,
            PrimitiveType.Primitive.FLOAT, Float.class,
            PrimitiveType.Primitive.DOUBLE, Double.class);

    private RecordReaderClasses() {}

    /**
     * Whether generated code in the record's package can read and make rows of {@code record}: it
     * has components, and its canonical constructor is not private (a private record's is, and only
     * the record's nest may call it).
     */
    static boolean readable(ClassInfo record) {
        if (!record.isRecord() || record.unsortedRecordComponents().isEmpty()) {
            return false;
        }
        MethodInfo constructor = record.canonicalRecordConstructor();
        return constructor != null && !Modifier.isPrivate(constructor.flags());
    }

    /** The name of the reader of {@code record}: in its package, nested names joined by {@code _}. */
    static String readerName(ClassInfo record) {
        String name = record.name().toString();
        int dot = name.lastIndexOf('.');
        String pkg = dot < 0 ? "" : name.substring(0, dot + 1);
        return pkg + name.substring(dot + 1).replace('$', '_') + SUFFIX;
    }

    /** Writes the reader of a {@link #readable} {@code record} as {@code className} to {@code output}. */
    static void write(ClassInfo record, String className, ClassOutput output) {
        String recordName = record.name().toString();
        List<RecordComponentInfo> components = record.recordComponentsInDeclarationOrder();
        List<Type> declared = new ArrayList<>();
        for (RecordComponentInfo component : components) {
            declared.add(erased(component.type()));
        }
        try (ClassCreator reader = ClassCreator.builder()
                .classOutput(output)
                .className(className)
                .interfaces(RowReader.class)
                .setFinal(true)
                .build()) {
            FieldDescriptor names = reader.getFieldCreator("NAMES", List.class)
                    .setModifiers(Modifier.PRIVATE | Modifier.STATIC | Modifier.FINAL)
                    .getFieldDescriptor();
            try (MethodCreator init = reader.getMethodCreator("<clinit>", void.class)) {
                init.setModifiers(Modifier.STATIC);
                ResultHandle array = init.newArray(Object.class, components.size());
                for (int i = 0; i < components.size(); i++) {
                    init.writeArrayValue(array, i, init.load(components.get(i).name()));
                }
                init.writeStaticField(names, init.invokeStaticInterfaceMethod(LIST_OF, array));
                init.returnVoid();
            }
            try (MethodCreator type = reader.getMethodCreator("type", Class.class)) {
                type.returnValue(type.loadClass(recordName));
            }
            try (MethodCreator method = reader.getMethodCreator("names", List.class)) {
                method.returnValue(method.readStaticField(names));
            }
            try (MethodCreator method = reader.getMethodCreator("types", List.class)) {
                method.returnValue(classList(
                        method,
                        declared.stream().map(RecordReaderClasses::boxed).toList()));
            }
            try (MethodCreator method = reader.getMethodCreator("declaredTypes", List.class)) {
                method.returnValue(classList(method, declared));
            }
            try (MethodCreator method = reader.getMethodCreator("creates", boolean.class)) {
                method.returnValue(method.load(true));
            }
            writeRead(reader, record, components, declared);
            writeCreate(reader, recordName, declared);
        }
    }

    /**
     * Writes {@code className}, a {@code Function<String, RowReader<?>>} whose {@code apply(name)}
     * makes, by a direct {@code new}, the reader of the record of that binary name: {@code readers}
     * maps each record's name to its reader's class name. Any other name gives null.
     */
    static void writeFactory(String className, Map<String, String> readers, ClassOutput output) {
        try (ClassCreator factory = ClassCreator.builder()
                .classOutput(output)
                .className(className)
                .interfaces(Function.class)
                .setFinal(true)
                .build()) {
            try (MethodCreator apply = factory.getMethodCreator("apply", Object.class, Object.class)) {
                Switch.StringSwitch names = apply.stringSwitch(apply.checkCast(apply.getMethodParam(0), String.class));
                readers.forEach((record, reader) -> names.caseOf(
                        record, match -> match.returnValue(match.newInstance(MethodDescriptor.ofConstructor(reader)))));
                apply.returnNull();
            }
        }
    }

    /** {@code read(row, column)}: the accessor of that column, boxed; else IndexOutOfBoundsException. */
    private static void writeRead(
            ClassCreator reader, ClassInfo record, List<RecordComponentInfo> components, List<Type> declared) {
        String recordName = record.name().toString();
        try (MethodCreator read = reader.getMethodCreator("read", Object.class, Object.class, int.class)) {
            ResultHandle row = read.checkCast(read.getMethodParam(0), recordName);
            ResultHandle column = read.getMethodParam(1);
            for (int i = 0; i < components.size(); i++) {
                BytecodeCreator match =
                        read.ifIntegerEqual(column, read.load(i)).trueBranch();
                Type type = declared.get(i);
                ResultHandle value = match.invokeVirtualMethod(
                        MethodDescriptor.ofMethod(recordName, components.get(i).name(), descriptor(type)), row);
                match.returnValue(box(match, value, type));
            }
            ResultHandle message = Gizmo.newStringBuilder(read)
                    .append("No column ")
                    .append(column)
                    .append(" in " + record.simpleName())
                    .callToString();
            read.throwException(read.newInstance(
                    MethodDescriptor.ofConstructor(IndexOutOfBoundsException.class, String.class), message));
        }
    }

    /** {@code create(values)}: the canonical constructor, each value cast (or unboxed) to its component's type. */
    private static void writeCreate(ClassCreator reader, String recordName, List<Type> declared) {
        try (MethodCreator create = reader.getMethodCreator("create", Object.class, Object[].class)) {
            ResultHandle values = create.getMethodParam(0);
            ResultHandle[] arguments = new ResultHandle[declared.size()];
            String[] parameters = new String[declared.size()];
            for (int i = 0; i < arguments.length; i++) {
                Type type = declared.get(i);
                ResultHandle value = create.readArrayValue(values, i);
                parameters[i] = descriptor(type);
                if (type.kind() == Type.Kind.PRIMITIVE) {
                    Class<?> box = BOXES.get(type.asPrimitiveType().primitive());
                    arguments[i] = create.invokeVirtualMethod(
                            MethodDescriptor.ofMethod(box, type.name().toString() + "Value", descriptor(type)),
                            create.checkCast(value, box));
                } else if (type.name().toString().equals(Object.class.getName())) {
                    arguments[i] = value;
                } else {
                    arguments[i] = create.checkCast(value, descriptor(type));
                }
            }
            create.returnValue(
                    create.newInstance(MethodDescriptor.ofConstructor(recordName, (Object[]) parameters), arguments));
        }
    }

    /** {@code List.of(...)} of each type's class constant. */
    private static ResultHandle classList(BytecodeCreator method, List<Type> types) {
        ResultHandle array = method.newArray(Object.class, types.size());
        for (int i = 0; i < types.size(); i++) {
            method.writeArrayValue(array, i, loadClass(method, types.get(i)));
        }
        return method.invokeStaticInterfaceMethod(LIST_OF, array);
    }

    private static ResultHandle loadClass(BytecodeCreator method, Type type) {
        return switch (type.kind()) {
            case PRIMITIVE -> method.loadClass(type.name().toString());
            case ARRAY -> method.loadClass(descriptor(type).replace('/', '.'));
            default -> method.loadClass(type.name().toString());
        };
    }

    private static ResultHandle box(BytecodeCreator method, ResultHandle value, Type type) {
        if (type.kind() != Type.Kind.PRIMITIVE) {
            return value;
        }
        Class<?> box = BOXES.get(type.asPrimitiveType().primitive());
        return method.invokeStaticMethod(
                MethodDescriptor.ofMethod(box, "valueOf", box.descriptorString(), descriptor(type)), value);
    }

    /** A component's declared type, erased: a class, a primitive, or an array of either. */
    static Type erased(Type type) {
        return switch (type.kind()) {
            case PRIMITIVE, CLASS -> type;
            case PARAMETERIZED_TYPE -> ClassType.create(type.name());
            case ARRAY -> {
                ArrayType array = type.asArrayType();
                yield ArrayType.create(erased(array.elementType()), array.deepDimensions());
            }
            case TYPE_VARIABLE -> {
                List<Type> bounds = type.asTypeVariable().bounds();
                yield bounds.isEmpty() ? ClassType.OBJECT_TYPE : erased(bounds.get(0));
            }
            case TYPE_VARIABLE_REFERENCE ->
                erased(type.asTypeVariableReference().follow());
            default -> ClassType.OBJECT_TYPE;
        };
    }

    /** The boxed form of an erased type, as {@link RowReader#types()} lists it. */
    private static Type boxed(Type type) {
        return type.kind() == Type.Kind.PRIMITIVE ? PrimitiveType.box(type.asPrimitiveType()) : type;
    }

    /** The JVM descriptor of an erased type. */
    static String descriptor(Type type) {
        return switch (type.kind()) {
            case PRIMITIVE ->
                String.valueOf(
                        switch (type.asPrimitiveType().primitive()) {
                            case BOOLEAN -> 'Z';
                            case BYTE -> 'B';
                            case CHAR -> 'C';
                            case SHORT -> 'S';
                            case INT -> 'I';
                            case LONG -> 'J';
                            case FLOAT -> 'F';
                            case DOUBLE -> 'D';
                        });
            case ARRAY ->
                "[".repeat(type.asArrayType().deepDimensions())
                        + descriptor(type.asArrayType().elementType());
            default -> "L" + type.name().toString().replace('.', '/') + ";";
        };
    }
}
