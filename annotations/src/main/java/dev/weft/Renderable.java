package dev.weft;

import java.util.Map;

/**
 * A type that offers its own renderings, by MIME type, to {@link Ui#display(Object)} (as IPython's
 * {@code _repr_mimebundle_} does). {@code display} draws the richest rendering the Weft client
 * supports, in this order:
 *
 * <ol>
 *   <li>{@value #ECHARTS}: an ECharts option ({@code Map} or JSON text), drawn as {@link
 *       Ui#chart(Map)};
 *   <li>{@value #HTML}: HTML ({@code String}), sanitized in the browser with DOMPurify (no script,
 *       event handler or {@code javascript:} URL survives);
 *   <li>{@value #SVG}: an SVG image ({@code String} or {@code byte[]}), shown as an image, never as
 *       live markup;
 *   <li>{@value #PNG}, then {@value #JPEG}: image bytes ({@code byte[]});
 *   <li>{@value #MARKDOWN}: Markdown ({@code String});
 *   <li>{@value #JSON}: any value, drawn as {@link Ui#json(Object)};
 *   <li>{@value #PLAIN}: text ({@code String}).
 * </ol>
 *
 * A Vega-Lite spec ({@value #VEGA_LITE}) is not drawn by this client: offer an ECharts option or an
 * image as well. With none of the above, {@code display} draws {@code String.valueOf(this)}.
 */
public interface Renderable {

    /** Plain text. */
    String PLAIN = "text/plain";

    /** Markdown. */
    String MARKDOWN = "text/markdown";

    /** HTML, sanitized in the browser. */
    String HTML = "text/html";

    /** PNG image bytes. */
    String PNG = "image/png";

    /** JPEG image bytes. */
    String JPEG = "image/jpeg";

    /** An SVG image. */
    String SVG = "image/svg+xml";

    /** JSON data: any value {@link Ui#json(Object)} takes. */
    String JSON = "application/json";

    /** An Apache ECharts option. */
    String ECHARTS = "application/vnd.echarts+json";

    /** A Vega-Lite spec (not drawn by this client). */
    String VEGA_LITE = "application/vnd.vegalite+json";

    /**
     * This value's renderings, by MIME type. Called once per {@code display}; may leave out any
     * type.
     */
    Map<String, Object> renderings();
}
