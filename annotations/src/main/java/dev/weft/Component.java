package dev.weft;

import java.util.Objects;

/**
 * An element or widget of the app's own, drawn by {@link Ui#component}: an ES module that the app
 * serves (or a Streamlit component's built frontend), and the Java type of the value it sends back.
 *
 * <pre>{@code
 * record Place(String name, double lat, double lon) {}
 *
 * static final Component<Place> MAP = Component.module("/maps/places-map.js", Place.class);
 *
 * Place picked = ui.component(MAP, "Places", Map.of("places", PLACES)); // null until one is clicked
 * }</pre>
 *
 * <p>Every value a browser sends is checked on the server before the app sees it: it is read with
 * Jackson into the declared type, strictly (a field the type does not have, a missing record
 * component, a string where a number belongs or a fraction where a whole number belongs is refused),
 * and a value longer than {@link #maxValueBytes} in JSON is refused. A refused value changes nothing
 * and the browser is told why. The properties go to the browser as JSON data, never as HTML.
 *
 * <p>A module component's module is a URL the app serves (from {@code
 * src/main/resources/META-INF/resources}, or a web jar), starting with {@code /}; it exports {@code
 * default function render(el, ctx)}, described in the README ("Your own components"). A {@linkplain
 * #streamlit Streamlit component} is the {@code index.html} of its built frontend, shown in an iframe
 * and spoken to with Streamlit's v1 component protocol.
 *
 * <p>The annotation processor checks each {@code module} and {@code streamlit} call whose arguments
 * are literals, reporting on the argument:
 *
 * <ul>
 *   <li>{@code ComponentValueAbstract}: the value type (or a type inside a record value type) is an
 *       interface or abstract class that is not a collection, a map, a number or annotated {@code
 *       @JsonTypeInfo};
 *   <li>{@code ComponentValuePrimitive}: the value type is a primitive class literal ({@code
 *       int.class}); declare its box ({@code Integer.class});
 *   <li>{@code ComponentValueGeneric}: the value type declares type parameters, which a class literal
 *       leaves unknown (collections and maps excepted);
 *   <li>{@code ComponentValueInner}: the value type (or a type inside it) is an inner class;
 *   <li>{@code ComponentValueConstructor}: the value type (or a type inside it) is a class with neither
 *       a constructor without parameters nor a {@code @JsonCreator};
 *   <li>{@code ComponentUrl}: the URL is not a path on the app's own server;
 *   <li>{@code ComponentModuleMissing}: the URL names no file under {@code META-INF/resources} among
 *       the app's resources (URLs under {@code /_...}, {@code /webjars}, {@code /static} and {@code /q},
 *       which jars serve or Quarkus builds, are not looked for; where the resources cannot be located,
 *       {@code ComponentModuleUnchecked} is a warning).
 * </ul>
 *
 * <p>The value type of every {@code Component<V>} field is registered for reflection when Quarkus
 * builds the app, so that a native executable reads values as the JVM does.
 *
 * @param <V> the type of the value the component sends back
 */
public final class Component<V> {

    /** The longest value a component may send unless its declaration says otherwise: 16 KiB of JSON. */
    public static final int DEFAULT_MAX_VALUE_BYTES = 16 * 1024;

    private final boolean streamlit;
    private final String url;
    private final Class<V> valueType;
    private final V initialValue;
    private final int maxValueBytes;
    private final int height;

    private Component(
            boolean streamlit, String url, Class<V> valueType, V initialValue, int maxValueBytes, int height) {
        this.streamlit = streamlit;
        this.url = url;
        this.valueType = valueType;
        this.initialValue = initialValue;
        this.maxValueBytes = maxValueBytes;
        this.height = height;
    }

    /**
     * A component drawn by the ES module at {@code url}, sending values of {@code valueType}.
     *
     * @throws IllegalArgumentException if {@code url} is not a path on the app's own server (it must
     *     start with a single {@code /})
     */
    public static <V> Component<V> module(String url, Class<V> valueType) {
        return new Component<>(false, path(url), Objects.requireNonNull(valueType), null, DEFAULT_MAX_VALUE_BYTES, 0);
    }

    /**
     * A Streamlit (v1) component: the {@code index.html} of its built frontend at {@code url} on the
     * app's own server, in an iframe, sending values of {@code valueType}.
     *
     * @throws IllegalArgumentException if {@code url} is not a path on the app's own server
     */
    public static <V> Component<V> streamlit(String url, Class<V> valueType) {
        return new Component<>(true, path(url), Objects.requireNonNull(valueType), null, DEFAULT_MAX_VALUE_BYTES, 0);
    }

    /** This component, whose value is {@code value} until the browser sends one (null: none). */
    public Component<V> initial(V value) {
        return new Component<>(streamlit, url, valueType, value, maxValueBytes, height);
    }

    /**
     * This component, refusing values longer than {@code bytes} in JSON.
     *
     * @throws IllegalArgumentException if {@code bytes} is not positive or above 1 MiB
     */
    public Component<V> maxValueBytes(int bytes) {
        if (bytes < 1 || bytes > 1024 * 1024) {
            throw new IllegalArgumentException("A component's largest value is 1 to 1048576 bytes, not " + bytes + ".");
        }
        return new Component<>(streamlit, url, valueType, initialValue, bytes, height);
    }

    /**
     * This component with {@code pixels} of height before it reports its own (a Streamlit component's
     * iframe, until {@code setFrameHeight}; a module's element, as its minimum height).
     */
    public Component<V> height(int pixels) {
        if (pixels < 0 || pixels > 10_000) {
            throw new IllegalArgumentException("A component's height is 0 to 10000 pixels, not " + pixels + ".");
        }
        return new Component<>(streamlit, url, valueType, initialValue, maxValueBytes, pixels);
    }

    /** Whether this is a Streamlit component (an iframe) rather than an ES module. */
    public boolean isStreamlit() {
        return streamlit;
    }

    /** The URL of the module, or of the Streamlit component's {@code index.html}. */
    public String url() {
        return url;
    }

    /** The type the browser's values are read into. */
    public Class<V> valueType() {
        return valueType;
    }

    /** The value before the browser sends one, or null. */
    public V initialValue() {
        return initialValue;
    }

    /** The longest value, in bytes of JSON, the browser may send. */
    public int maxValueBytes() {
        return maxValueBytes;
    }

    /** The height in pixels before the component reports its own, or 0 for its natural height. */
    public int height() {
        return height;
    }

    private static String path(String url) {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("/") || url.startsWith("//") || url.contains("\\") || url.contains("..")) {
            throw new IllegalArgumentException(
                    "A component is served by the app itself: its URL is a path starting with"
                            + " a single '/' (such as '/maps/map.js' for src/main/resources/META-INF/resources/maps/map.js), not '"
                            + url + "'.");
        }
        return url;
    }
}
