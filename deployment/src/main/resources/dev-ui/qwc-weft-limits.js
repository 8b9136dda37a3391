import { html, css } from 'lit';
import { limitGroups } from 'build-time-data';
import { QwcWeftPolling } from './qwc-weft-polling.js';
import { duration } from './weft-format.js';

/**
 * Each @Limited group of the app (declared at build time) with its line now: permits held, callers
 * waiting, the mean run time and the wait a newcomer would be told, and which session fragments
 * hold or wait for a permit. Refreshed every second; read-only.
 */
export class QwcWeftLimits extends QwcWeftPolling {

    static styles = [QwcWeftPolling.pageStyles, css`
        .group {
            margin-top: var(--lumo-space-m);
            border: 1px solid var(--lumo-contrast-10pct);
            border-radius: var(--lumo-border-radius-l);
            overflow: hidden;
        }
        .head {
            display: flex;
            flex-wrap: wrap;
            align-items: center;
            gap: var(--lumo-space-s) var(--lumo-space-m);
            padding: var(--lumo-space-s) var(--lumo-space-m);
            background: var(--lumo-contrast-5pct);
            border-bottom: 1px solid var(--lumo-contrast-10pct);
        }
        .name { font-family: var(--lumo-font-family-monospace, monospace); font-weight: 700; font-size: var(--lumo-font-size-l); }
        .chip {
            font-size: 11px;
            padding: 1px 8px;
            border-radius: 10px;
            background: var(--lumo-contrast-10pct);
            color: var(--lumo-body-text-color);
        }
        .figures {
            display: grid;
            grid-template-columns: repeat(auto-fit, minmax(150px, 1fr));
            gap: var(--lumo-space-m);
            padding: var(--lumo-space-m);
        }
        .figure .label { font-size: var(--lumo-font-size-xs); color: var(--lumo-secondary-text-color); text-transform: uppercase; letter-spacing: 0.04em; }
        .figure .value { font-size: var(--lumo-font-size-xxl); font-weight: 600; font-variant-numeric: tabular-nums; }
        .figure .of { font-size: var(--lumo-font-size-s); color: var(--lumo-secondary-text-color); }
        .bar { height: 6px; border-radius: 3px; background: var(--lumo-contrast-10pct); margin-top: 4px; overflow: hidden; }
        .bar > div { height: 100%; }
        .declared { padding: 0 var(--lumo-space-m) var(--lumo-space-s); font-size: var(--lumo-font-size-s); color: var(--lumo-secondary-text-color); }
        .declared code { font-size: var(--lumo-font-size-xs); }
        table { width: 100%; border-collapse: collapse; font-size: var(--lumo-font-size-s); }
        th { text-align: left; font-weight: 600; color: var(--lumo-secondary-text-color); padding: 6px var(--lumo-space-m);
             border-top: 1px solid var(--lumo-contrast-10pct); border-bottom: 1px solid var(--lumo-contrast-10pct); }
        td { padding: 6px var(--lumo-space-m); border-bottom: 1px solid var(--lumo-contrast-5pct); }
        .mono { font-family: var(--lumo-font-family-monospace, monospace); }
        .idle { padding: 0 var(--lumo-space-m) var(--lumo-space-m); color: var(--lumo-secondary-text-color); font-size: var(--lumo-font-size-s); }
        .state { display: inline-block; min-width: 64px; text-align: center; padding: 1px 8px; border-radius: 10px;
                 color: white; font-size: 11px; font-weight: 700; text-transform: uppercase; }
    `];

    _read() {
        return this.jsonRpc.getLines();
    }

    render() {
        const declared = limitGroups || [];
        const lines = this._data ? this._data.lines : [];
        const names = [...new Set([...declared.map(g => g.limit.group), ...lines.map(l => l.group)])].sort();
        if (names.length === 0) {
            return html`<div class="empty">No method of this application is @Limited.</div>`;
        }
        return html`
            <div class="summary">${names.length} @Limited ${names.length === 1 ? 'group' : 'groups'} ·
                figures of this server, refreshed every second</div>
            ${this._error ? html`<div class="error">Could not read the lines: ${this._error}</div>` : ''}
            ${names.map(name => this._group(name, declared.find(g => g.limit.group === name),
                lines.find(l => l.group === name)))}`;
    }

    _group(name, declared, line) {
        const limit = line || declared.limit;
        const holders = this._data ? this._data.holders.filter(h => h.group === name) : [];
        const running = line ? line.running : 0;
        const waiting = line ? line.waiting : 0;
        const timeout = line ? (line.timeoutMillis > 0 ? duration(line.timeoutMillis) : '') : declared.limit.timeout;
        return html`
            <section class="group" data-group=${name}>
                <div class="head">
                    <span class="name">${name}</span>
                    <span class="chip">${limit.permits} ${limit.permits === 1 ? 'permit' : 'permits'}</span>
                    <span class="chip">queue ${limit.queue}</span>
                    <span class="chip">timeout ${timeout || 'none'}</span>
                    <span class="chip">scope ${limit.scope}</span>
                    ${limit.confined ? html`<span class="chip">confined thread</span>` : ''}
                </div>
                <div class="figures">
                    ${this._figure('Running', running, `of ${limit.permits}`, running / limit.permits, 'var(--lumo-primary-color)', 'running')}
                    ${this._figure('Waiting', waiting, `of ${limit.queue} places`, limit.queue ? waiting / limit.queue : 0, '#d97706', 'waiting')}
                    ${this._figure('Mean run', line && line.meanRunMillis >= 0 ? duration(line.meanRunMillis) : '–',
                        'last 20 runs', null, null, 'mean')}
                    ${this._figure('A newcomer waits', !line ? '–' : line.nextWaitMillis === 0 ? 'no wait'
                        : line.nextWaitMillis > 0 ? `≈ ${duration(line.nextWaitMillis)}` : 'unknown',
                        'estimated', null, null, 'estimate')}
                </div>
                ${holders.length ? html`
                    <table>
                        <thead><tr><th>Session</th><th>Page</th><th>Fragment</th><th>State</th><th>Place</th><th>Wait</th></tr></thead>
                        <tbody>${holders.map(h => html`<tr data-holder=${h.fragment} data-state=${h.state}>
                            <td class="mono">${h.session}</td>
                            <td class="mono">${h.app}</td>
                            <td>${h.fragment}</td>
                            <td><span class="state" style="background:${h.state === 'running'
                                ? 'var(--lumo-primary-color)' : '#d97706'}">${h.state}</span></td>
                            <td>${h.position || (h.state === 'running' ? 'has a permit' : '–')}</td>
                            <td>${h.state === 'running'
                                ? (h.startedAt && this._data ? `running for ${duration(this._data.now - h.startedAt)}` : 'running')
                                : h.etaMillis >= 0 ? duration(h.etaMillis) : '–'}</td>
                        </tr>`)}</tbody>
                    </table>`
                    : html`<div class="idle">${line ? 'Nobody holds a permit or waits right now.'
                        : 'Not used since the app started.'}</div>`}
                ${declared ? html`<div class="declared">Declared on ${declared.methods.map((m, i) =>
                    html`${i ? ', ' : ''}<code>${m}</code>${declared.fragments[i] ? ' (fragment)' : ''}`)}</div>` : ''}
            </section>`;
    }

    _figure(label, value, of, share, colour, key) {
        return html`<div class="figure" data-figure=${key}>
            <div class="label">${label}</div>
            <div class="value">${value} <span class="of">${of}</span></div>
            ${share !== null ? html`<div class="bar"><div style="width:${Math.min(100, Math.round(share * 100))}%;background:${colour}"></div></div>` : ''}
        </div>`;
    }
}
customElements.define('qwc-weft-limits', QwcWeftLimits);
