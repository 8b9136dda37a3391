import { html, css } from 'lit';
import { QwcWeftPolling } from './qwc-weft-polling.js';
import { duration, ago, clock, stateColour } from './weft-format.js';

/**
 * The open Weft sessions of the running app, refreshed every second: per session its page, user,
 * connection, and each fragment's state, generation, runs and last run. Read-only.
 */
export class QwcWeftSessions extends QwcWeftPolling {

    static styles = [QwcWeftPolling.pageStyles, css`
        .session {
            margin-top: var(--lumo-space-m);
            border: 1px solid var(--lumo-contrast-10pct);
            border-radius: var(--lumo-border-radius-l);
            overflow: hidden;
        }
        .head {
            display: flex;
            flex-wrap: wrap;
            align-items: baseline;
            gap: var(--lumo-space-m);
            padding: var(--lumo-space-s) var(--lumo-space-m);
            background: var(--lumo-contrast-5pct);
            border-bottom: 1px solid var(--lumo-contrast-10pct);
        }
        .id { font-family: var(--lumo-font-family-monospace, monospace); font-weight: 700; }
        .title { font-weight: 600; }
        .path { font-family: var(--lumo-font-family-monospace, monospace); color: var(--lumo-primary-text-color); }
        .meta { color: var(--lumo-secondary-text-color); font-size: var(--lumo-font-size-s); }
        .conn { font-size: var(--lumo-font-size-s); font-weight: 600; }
        .conn.on { color: var(--lumo-success-text-color); }
        .conn.off { color: var(--lumo-secondary-text-color); }
        .conn::before { content: '●'; margin-right: 4px; }
        .right { margin-left: auto; }
        table { width: 100%; border-collapse: collapse; font-size: var(--lumo-font-size-s); }
        th {
            text-align: left;
            font-weight: 600;
            color: var(--lumo-secondary-text-color);
            padding: 6px var(--lumo-space-m);
            border-bottom: 1px solid var(--lumo-contrast-10pct);
        }
        td { padding: 6px var(--lumo-space-m); border-bottom: 1px solid var(--lumo-contrast-5pct); }
        tr:last-child td { border-bottom: none; }
        td.num { font-variant-numeric: tabular-nums; }
        .name { font-weight: 600; }
        .state {
            display: inline-block;
            min-width: 68px;
            text-align: center;
            padding: 1px 8px;
            border-radius: 10px;
            color: white;
            font-size: 11px;
            font-weight: 700;
            text-transform: uppercase;
            letter-spacing: 0.03em;
        }
        .failed-last { color: var(--lumo-error-text-color); font-weight: 600; }
        .group { font-family: var(--lumo-font-family-monospace, monospace); }
    `];

    _read() {
        return this.jsonRpc.getSessions();
    }

    render() {
        if (this._error) {
            return html`<div class="error">Could not read the sessions: ${this._error}</div>`;
        }
        if (!this._data) {
            return html`<div class="summary">Reading the sessions…</div>`;
        }
        const { now, sessions } = this._data;
        if (sessions.length === 0) {
            return html`<div class="empty">No session is open. Open one of the app's pages in a browser tab:
                each tab is a session.</div>`;
        }
        const connected = sessions.filter(s => s.connected).length;
        return html`
            <div class="summary">${sessions.length} open ${sessions.length === 1 ? 'session' : 'sessions'},
                ${connected} with a tab connected · refreshed every second</div>
            ${sessions.map(s => this._session(s, now))}`;
    }

    _session(s, now) {
        return html`
            <section class="session" data-session=${s.id}>
                <div class="head">
                    <span class="id" title="The first characters of the session's id">${s.id}</span>
                    <span class="title">${s.title}</span>
                    <span class="path">${s.app}</span>
                    <span class="conn ${s.connected ? 'on' : 'off'}">${s.connected ? 'tab connected' : 'no tab'}</span>
                    ${s.user ? html`<span class="meta">user ${s.user}</span>` : html`<span class="meta">anonymous</span>`}
                    <span class="meta right" title=${clock(s.openedAt)}>opened ${ago(s.openedAt, now)}</span>
                </div>
                <table>
                    <thead><tr>
                        <th>Fragment</th><th>State</th><th>Generation</th><th>Runs</th>
                        <th>Last run ended</th><th>Last run took</th><th>Now</th>
                    </tr></thead>
                    <tbody>${s.fragments.map(f => this._fragment(f, now))}</tbody>
                </table>
            </section>`;
    }

    _fragment(f, now) {
        return html`<tr data-fragment=${f.name} data-state=${f.state}>
            <td class="name">${f.name}${f.limitGroup
                ? html` <span class="meta">in <span class="group">${f.limitGroup}</span></span>` : ''}</td>
            <td><span class="state" style="background:${stateColour(f.state)}">${f.state}</span></td>
            <td class="num">${f.generation}</td>
            <td class="num">${f.runs}</td>
            <td class="num last-ended" title=${clock(f.lastEndedAt)}>${ago(f.lastEndedAt, now)}</td>
            <td class="num last-took ${f.lastFailed ? 'failed-last' : ''}">${f.lastDurationMillis >= 0
                ? html`${duration(f.lastDurationMillis)}${f.lastFailed ? ' (failed)' : ''}` : '–'}</td>
            <td class="meta">${this._now(f, now)}</td>
        </tr>`;
    }

    _now(f, now) {
        switch (f.state) {
            case 'running':
                return f.startedAt ? `running for ${duration(now - f.startedAt)}` : 'running';
            case 'queued':
                return `in line${f.position ? ` at place ${f.position}` : ''}${f.etaMillis >= 0
                    ? `, about ${duration(f.etaMillis)}` : ''}`;
            case 'waiting':
                return 'waits for its inputs';
            case 'placeholder':
                return 'not run yet';
            default:
                return 'idle';
        }
    }
}
customElements.define('qwc-weft-sessions', QwcWeftSessions);
