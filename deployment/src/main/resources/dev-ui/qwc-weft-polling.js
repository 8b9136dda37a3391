import { LitElement, css } from 'lit';
import { JsonRpc } from 'jsonrpc';

const REFRESH_MS = 1000;

/**
 * The base of Weft's live Dev UI pages: while the page is shown it reads a snapshot from the running
 * app through JSON-RPC every second, keeping the last one in {@code _data} and the reason a read
 * failed in {@code _error} (cleared by the next good read). A page extends it, names its JSON-RPC
 * call in {@code _read()} and renders from {@code _data}; its styles are added to {@link pageStyles}.
 */
export class QwcWeftPolling extends LitElement {

    jsonRpc = new JsonRpc(this);

    /** The layout every live page shares: the padding, the summary line, the empty box, an error. */
    static pageStyles = css`
        :host {
            display: block;
            padding: var(--lumo-space-m) var(--lumo-space-l) var(--lumo-space-l);
            color: var(--lumo-body-text-color);
        }
        .summary { color: var(--lumo-secondary-text-color); margin-bottom: var(--lumo-space-s); }
        .empty {
            padding: var(--lumo-space-xl);
            text-align: center;
            color: var(--lumo-secondary-text-color);
            border: 1px dashed var(--lumo-contrast-20pct);
            border-radius: var(--lumo-border-radius-l);
        }
        .error { color: var(--lumo-error-text-color); }
    `;

    static properties = {
        _data: { state: true },
        _error: { state: true },
    };

    connectedCallback() {
        super.connectedCallback();
        this._load();
        this._timer = setInterval(() => this._load(), REFRESH_MS);
    }

    disconnectedCallback() {
        clearInterval(this._timer);
        super.disconnectedCallback();
    }

    /** The JSON-RPC call that reads this page's snapshot: a promise of the response. */
    _read() {
        throw new Error(`${this.localName} does not say what to read`);
    }

    _load() {
        this._read()
            .then(response => {
                this._data = response.result;
                this._error = null;
            })
            .catch(error => (this._error = error?.error?.message || String(error)));
    }
}
