package dev.weft.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.weft.processor.TestCompilations.compile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.weft.Area;
import dev.weft.Ui;
import dev.weft.runtime.AppDefinition;
import dev.weft.runtime.FragmentDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Loads the generated {@code AppDefinition} and runs it, as the runtime would. */
class DispatcherTest {

    private final List<String> drawn = new ArrayList<>();
    private final Ui ui =
            (Ui) Proxy.newProxyInstance(Ui.class.getClassLoader(), new Class<?>[] {Ui.class}, (proxy, method, args) -> {
                drawn.add(method.getName() + " " + args[0]);
                return null;
            });
    private AppDefinition definition;
    private Object app;

    @BeforeEach
    void loadDashboard() throws ReflectiveOperationException {
        load("Dashboard");
    }

    private void load(String appName) throws ReflectiveOperationException {
        Compilation compilation = compile(JavaFileObjects.forResource("good/com/acme/" + appName + ".java"));
        assertThat(compilation).succeeded();
        ClassLoader loader = new CompiledClassLoader(compilation);
        // The generated class is package-private, as everything generated next to user code is.
        Constructor<?> constructor =
                loader.loadClass("com.acme." + appName + "_WeftApp").getConstructor();
        constructor.setAccessible(true);
        definition = (AppDefinition) constructor.newInstance();
        Constructor<?> appConstructor = definition.appClass().getDeclaredConstructor();
        appConstructor.setAccessible(true);
        app = appConstructor.newInstance();
    }

    @Test
    void metadata_comesFromTheAppAnnotation() {
        assertEquals("com.acme.Dashboard", definition.appClass().getName());
        assertEquals("Parallel Fragments", definition.title());
        assertEquals("/", definition.path());
    }

    @Test
    void fragmentTable_listsFragmentsInDeclarationOrder() {
        assertEquals(
                List.of(
                        new FragmentDefinition("intro", false, true, false, List.of(), 0, Area.MAIN, null),
                        new FragmentDefinition("north", true, true, true, List.of(), 0, Area.MAIN, null),
                        new FragmentDefinition("total", false, false, true, List.of(), 0, Area.MAIN, null),
                        new FragmentDefinition("south", true, true, false, List.of(), 0, Area.MAIN, null, true)),
                definition.fragments());
    }

    @Test
    void voidFragment_drawsAndReturnsNull() throws Exception {
        assertNull(definition.invoke(app, 0, ui, new Object[0]));
        assertEquals(List.of("title Sales"), drawn);
    }

    @Test
    void valueFragments_returnTheirValueBoxedWhenPrimitive() throws Exception {
        assertEquals(List.of(1, 2, 3), definition.invoke(app, 1, ui, new Object[0]));
        assertEquals(6, definition.invoke(app, 2, ui, new Object[0]));
        assertEquals(List.of("lineChart [1, 2, 3]"), drawn, "the fragment without Ui draws nothing");
    }

    @Test
    void fragmentTable_bindsInputsAndTimers() throws ReflectiveOperationException {
        load("Sales");
        FragmentDefinition orders = definition.fragments().get(4);
        FragmentDefinition header = definition.fragments().get(11);

        assertEquals(
                new FragmentDefinition("orders", true, true, true, List.of(0, 2), 60_000, Area.MAIN, null), orders);
        assertEquals(new FragmentDefinition("header", false, true, false, List.of(10), 0, Area.MAIN, null), header);
    }

    @Test
    void inputs_arePassedInParameterOrderWithTheUiWhereDeclared() throws Exception {
        load("Sales");
        Object filters = definition.invoke(app, 0, ui, new Object[0]);
        Object products = definition.invoke(app, 1, null, new Object[0]);
        Object year = definition.invoke(app, 2, null, new Object[0]);
        drawn.clear();

        Object revenue = definition.invoke(app, 3, ui, new Object[] {filters, products});
        Object orders = definition.invoke(app, 4, ui, new Object[] {filters, year});
        Object summary = definition.invoke(app, 6, null, new Object[] {revenue, orders});

        assertEquals(List.of("text null [tea, cake]", "text null 2024"), drawn);
        assertEquals("Revenue[total=20.0]", revenue.toString());
        assertEquals("Orders[count=4]", orders.toString());
        assertEquals("Summary[perOrder=5.0]", summary.toString());
    }

    @Test
    void inputOfWrongType_failsWithClassCastException() throws Exception {
        load("Sales");
        assertThrows(ClassCastException.class, () -> definition.invoke(app, 4, ui, new Object[] {"north", 2024}));
    }

    @Test
    void unknownIndex_throwsIllegalArgumentException() {
        IllegalArgumentException thrown =
                assertThrows(IllegalArgumentException.class, () -> definition.invoke(app, 4, ui, new Object[0]));
        assertEquals("No fragment 4 in com.acme.Dashboard", thrown.getMessage());
    }

    /** Defines the classes a compilation wrote, delegating everything else to the test's loader. */
    private static final class CompiledClassLoader extends ClassLoader {
        private final Compilation compilation;

        CompiledClassLoader(Compilation compilation) {
            super(DispatcherTest.class.getClassLoader());
            this.compilation = compilation;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            String path = "/CLASS_OUTPUT/" + name.replace('.', '/') + ".class";
            for (JavaFileObject file : compilation.generatedFiles()) {
                if (file.getKind() == JavaFileObject.Kind.CLASS
                        && file.toUri().getPath().endsWith(path)) {
                    byte[] bytes = read(file);
                    return defineClass(name, bytes, 0, bytes.length);
                }
            }
            throw new ClassNotFoundException(name);
        }

        private static byte[] read(JavaFileObject file) {
            try (InputStream in = file.openInputStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
