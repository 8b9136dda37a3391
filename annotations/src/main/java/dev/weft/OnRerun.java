package dev.weft;

/**
 * What a newer run of a fragment does to a run of it that is still going: {@link Fragment#onRerun()}.
 * A newer run is asked for by a widget change, a changed input, a timer, a push ({@link Reruns}) or
 * {@link Ui#rerun()}.
 */
public enum OnRerun {

    /**
     * The newer run supersedes the running one (the default): the older run's thread is interrupted,
     * its next {@code Ui} call throws, whatever it still draws is dropped, and the newer run starts as
     * soon as the older one has returned. Right for a section that only shows something.
     */
    SUPERSEDE,

    /**
     * The newer run waits for the running one: the running one finishes and its drawing is shown,
     * then one newer run starts, with the latest widget values and inputs. Requests that come while
     * it runs coalesce into that one run. Never two runs at once. Right for work that must not be cut
     * short (a write, a payment, a job that must finish).
     */
    WAIT,

    /**
     * The newer run starts beside the running one, which is not interrupted: it runs to its end
     * (its side effects happen), but only the newest run's drawing is shown. At most {@link
     * Fragment#maxBeside()} runs of the fragment go on at once in one session; a newer run beyond
     * that waits for one of them to end. Right for independent jobs a user submits one after another.
     */
    BESIDE
}
