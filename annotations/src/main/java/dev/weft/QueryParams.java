package dev.weft;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The query parameters of the page's URL (Streamlit's {@code st.query_params}), as a fragment sees
 * them through {@link Ui#queryParams()}.
 *
 * <p><b>Reading is a dependency.</b> A fragment that reads a parameter reruns when it changes: when
 * another fragment writes it, when a widget bound to it ({@link Ui#queryParam(String)}) changes, or
 * when the user goes back or forward in the browser's history to a URL where it differs. Nothing
 * else reruns. {@link #toMap()} reads every parameter.
 *
 * <p><b>Writing</b> changes the address bar at once and replaces the current entry of the browser's
 * history (the browser's {@code history.replaceState}): code that keeps the URL up to date does not
 * fill the back button with steps. A user's change of a bound widget adds an entry ({@code
 * pushState}), so back and forward move between views. A write does not rerun the fragment that
 * made it; it reruns the other fragments that read the parameter.
 *
 * <p>Values come from the address bar: untrusted text. Parse and check them as you would any
 * input. A parameter may be given several times ({@code ?tag=a&tag=b}); {@link #get} gives its last
 * value, as Streamlit does, and {@link #getAll} every one. Names and values are plain text (written
 * to the URL percent-encoded). Thread-safe; calls after the run has ended are ignored.
 */
public interface QueryParams {

    /** The parameter's last value, if the URL has it. */
    Optional<String> get(String name);

    /** Every value of the parameter, in the URL's order; empty if the URL does not have it. */
    List<String> getAll(String name);

    /** Every parameter and its values, in the URL's order; this fragment then depends on all of them. */
    Map<String, List<String>> toMap();

    /** Sets the parameter to one value, replacing any it had. */
    void set(String name, String value);

    /** Sets the parameter to these values ({@code ?name=a&name=b}); an empty list removes it. */
    void set(String name, List<String> values);

    /** Removes the parameter from the URL. */
    void remove(String name);
}
