package dev.weft.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weft.processor.TestCompilations.warnings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.weft.runtime.AppDefinition;
import dev.weft.runtime.RowReader;
import dev.weft.runtime.rows.Rows;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The row readers generated into an app's definition: which row types get one, their source, and
 * what they read when loaded, compared with what the runtime reads by reflection.
 */
class RowReadersTest {

    private static final JavaFileObject[] TRIPS = {
        JavaFileObjects.forResource("good/com/acme/Trips.java"),
        JavaFileObjects.forResource("good/com/acme/Driver.java"),
        JavaFileObjects.forResource("good/com/acme/other/Place.java"),
        JavaFileObjects.forResource("good/com/acme/other/Ticket.java")
    };

    @Test
    void rowTypes_generateGoldenReadersNestedInTheDefinition() throws IOException {
        Compilation compilation = compile();

        assertThat(compilation).succeeded();
        assertEquals(List.of(), warnings(compilation));
        assertThat(compilation)
                .generatedSourceFile("com.acme.Trips_WeftApp")
                .contentsAsUtf8String()
                .isEqualTo(expected("expected/com/acme/Trips_WeftApp.java"));
    }

    @Test
    void readers_coverFragmentTypesMemberRecordsAndOwnBeans_only() throws Exception {
        AppDefinition app = load(compile());

        // Hidden is private, Attributes a map, Ticket a bean of another package: reflection reads those.
        assertEquals(
                List.of("com.acme.Driver", "com.acme.Trips$Pair", "com.acme.Trips$Trip", "com.acme.other.Place"),
                app.rowReaders().stream().map(reader -> reader.type().getName()).toList());
    }

    @Test
    void recordReader_readsWhatReflectionReads() throws Exception {
        AppDefinition app = load(compile());
        RowReader<Object> trips = reader(app, "com.acme.Trips$Trip");
        Object trip = trips.type().getDeclaredConstructors()[0].newInstance("north", 12.5, 2, LocalDate.of(2024, 5, 1));

        assertEquals(List.of("zone", "fare", "passengers", "day"), trips.names());
        assertEquals(List.of(String.class, Double.class, Integer.class, LocalDate.class), trips.types());
        assertEquals(Rows.fields(trip), read(trips, trip));
        assertThrows(IndexOutOfBoundsException.class, () -> trips.read(trip, 4));
    }

    @Test
    void recordReader_makesRecordsWithTheirCanonicalConstructor() throws Exception {
        AppDefinition app = load(compile());
        RowReader<Object> trips = reader(app, "com.acme.Trips$Trip");
        RowReader<Object> pairs = reader(app, "com.acme.Trips$Pair");

        Object trip = trips.create(new Object[] {"north", 12.5, 2, LocalDate.of(2024, 5, 1)});

        assertEquals(trips.type(), trip.getClass());
        assertEquals(
                Map.of("zone", "north", "fare", 12.5, "passengers", 2, "day", LocalDate.of(2024, 5, 1)),
                read(trips, trip));
        assertEquals(List.of(String.class, double.class, int.class, LocalDate.class), trips.declaredTypes());
        assertEquals(Map.of("first", 1, "second", "b"), read(pairs, pairs.create(new Object[] {1, "b"})));
        assertEquals(true, trips.creates());
    }

    @Test
    void beanReader_makesNoRows() throws Exception {
        RowReader<Object> drivers = reader(load(compile()), "com.acme.Driver");

        assertEquals(false, drivers.creates());
        assertEquals(drivers.types(), drivers.declaredTypes());
        assertThrows(UnsupportedOperationException.class, () -> drivers.create(new Object[] {true, 7, "Anna"}));
    }

    @Test
    void beanReader_readsItsGettersByNameAsReflectionDoes() throws Exception {
        AppDefinition app = load(compile());
        RowReader<Object> drivers = reader(app, "com.acme.Driver");
        Object driver = drivers.type().getDeclaredConstructor().newInstance();

        assertEquals(List.of("active", "id", "name"), drivers.names());
        assertEquals(Map.of("active", true, "id", 7, "name", "Anna"), read(drivers, driver));
        assertEquals(Rows.fields(driver), read(drivers, driver));
    }

    @Test
    void appWithoutRowTypes_keepsTheDefaultOfNoReaders() throws Exception {
        JavaFileObject plain = JavaFileObjects.forSourceString("com.acme.Plain", """
                package com.acme;
                @dev.weft.App
                public class Plain {
                    @dev.weft.Fragment
                    java.util.List<String> names() { return java.util.List.of(); }
                }
                """);
        Compilation compilation = javac().compile(plain);

        assertThat(compilation).succeeded();
        assertThat(compilation)
                .generatedSourceFile("com.acme.Plain_WeftApp")
                .contentsAsUtf8String()
                .doesNotContain("rowReaders");
    }

    private static Compilation compile() {
        return javac().compile(TRIPS);
    }

    private static com.google.testing.compile.Compiler javac() {
        return com.google.testing.compile.Compiler.javac()
                .withProcessors(new WeftProcessor())
                .withOptions("-Xlint:all", "-Xlint:-processing");
    }

    @SuppressWarnings("unchecked")
    private static RowReader<Object> reader(AppDefinition app, String type) {
        return (RowReader<Object>) app.rowReaders().stream()
                .filter(reader -> reader.type().getName().equals(type))
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, Object> read(RowReader<Object> reader, Object row) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int column = 0; column < reader.names().size(); column++) {
            values.put(reader.names().get(column), reader.read(row, column));
        }
        return values;
    }

    /** The compiled {@code Trips_WeftApp}, loaded from the compilation's class files. */
    private static AppDefinition load(Compilation compilation) throws Exception {
        Map<String, byte[]> classes = new HashMap<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                String name =
                        file.getName().replaceFirst("^/?CLASS_OUTPUT/", "").replaceFirst("\\.class$", "");
                try (InputStream in = file.openInputStream()) {
                    classes.put(name.replace('/', '.'), in.readAllBytes());
                }
            }
        }
        ClassLoader loader = new ClassLoader(RowReadersTest.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name + " (compiled: " + new ArrayList<>(classes.keySet()) + ")");
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
        var constructor = loader.loadClass("com.acme.Trips_WeftApp").getDeclaredConstructor();
        constructor.setAccessible(true); // the generated class is package-private
        return (AppDefinition) constructor.newInstance();
    }

    private static String expected(String resource) throws IOException {
        try (InputStream in = RowReadersTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("No test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
