/** Small helpers shared by the Weft pages of the Dev UI. */

/** A duration in milliseconds as people read it: 850 ms, 1.2 s, 2 min 5 s. */
export function duration(ms) {
    if (ms == null || ms < 0) {
        return '–';
    }
    if (ms < 1000) {
        return `${Math.round(ms)} ms`;
    }
    if (ms < 60000) {
        return `${(ms / 1000).toFixed(ms < 10000 ? 1 : 0)} s`;
    }
    const minutes = Math.floor(ms / 60000);
    const seconds = Math.round((ms % 60000) / 1000);
    return seconds ? `${minutes} min ${seconds} s` : `${minutes} min`;
}

/** How long ago {@code at} was, on the server's clock {@code now}: "just now", "4 s ago". */
export function ago(at, now) {
    if (!at) {
        return '–';
    }
    const ms = Math.max(0, now - at);
    return ms < 1000 ? 'just now' : `${duration(ms)} ago`;
}

/** The clock time of {@code at}, e.g. 14:03:27. */
export function clock(at) {
    if (!at) {
        return '';
    }
    return new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

/** The colour (a Lumo variable) of a fragment state. */
export function stateColour(state) {
    switch (state) {
        case 'done': return 'var(--lumo-success-color)';
        case 'failed': return 'var(--lumo-error-color)';
        case 'running': return 'var(--lumo-primary-color)';
        case 'queued': return '#d97706';
        case 'waiting': return 'var(--lumo-contrast-50pct)';
        default: return 'var(--lumo-contrast-30pct)';
    }
}
