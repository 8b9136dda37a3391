import { LitElement, html, svg, css } from 'lit';
import { apps } from 'build-time-data';

const WIDTH = 236;
const GAP_X = 104;
const GAP_Y = 26;
const PAD = 24;
const BADGE_H = 20;

const BADGES = {
    parallel: { colour: '#2563eb', tip: 'parallel = true: runs on its own thread as soon as its inputs are ready' },
    timer: { colour: '#b45309', tip: 'runEvery: reruns on a timer while the session is open' },
    limit: { colour: '#dc2626', tip: '@Limited: waits for a permit of its group' },
    cpu: { colour: '#7c3aed', tip: 'cpu = true: computes on a platform thread' },
    sidebar: { colour: '#64748b', tip: 'area = SIDEBAR' },
    value: { colour: '#0f766e', tip: 'no Ui parameter: a shared computed value that draws nothing' },
};

/**
 * Weft's fragment graph of each app, drawn as layered SVG: a node per fragment (its badges say
 * parallel, timer, limit, cpu, sidebar), an arrow per input from the fragment that provides it.
 */
export class QwcWeftGraph extends LitElement {

    static styles = css`
        :host {
            display: block;
            padding: 0 var(--lumo-space-l) var(--lumo-space-l);
            color: var(--lumo-body-text-color);
        }
        .app {
            margin-top: var(--lumo-space-m);
            border: 1px solid var(--lumo-contrast-10pct);
            border-radius: var(--lumo-border-radius-l);
            background: var(--lumo-base-color);
            overflow: hidden;
        }
        .head {
            display: flex;
            align-items: baseline;
            gap: var(--lumo-space-m);
            flex-wrap: wrap;
            padding: var(--lumo-space-s) var(--lumo-space-m);
            background: var(--lumo-contrast-5pct);
            border-bottom: 1px solid var(--lumo-contrast-10pct);
        }
        .head h3 { margin: 0; font-size: var(--lumo-font-size-l); }
        .path {
            font-family: var(--lumo-font-family-monospace, monospace);
            color: var(--lumo-primary-text-color);
        }
        .cls { color: var(--lumo-secondary-text-color); font-size: var(--lumo-font-size-s); }
        .counts { margin-left: auto; color: var(--lumo-secondary-text-color); font-size: var(--lumo-font-size-s); }
        .canvas { overflow-x: auto; padding: var(--lumo-space-s); }
        .legend {
            display: flex;
            flex-wrap: wrap;
            gap: var(--lumo-space-s) var(--lumo-space-l);
            margin-top: var(--lumo-space-m);
            font-size: var(--lumo-font-size-s);
            color: var(--lumo-secondary-text-color);
        }
        .legend span.badge {
            display: inline-block;
            padding: 0 8px;
            border-radius: 10px;
            color: white;
            font-size: 11px;
            line-height: 18px;
            margin-right: 6px;
            font-weight: 600;
        }
        .problem { color: var(--lumo-error-text-color); padding: var(--lumo-space-m); }
        .empty { padding: var(--lumo-space-l); color: var(--lumo-secondary-text-color); }
        svg text { font-family: var(--lumo-font-family); }
        .node rect.box { fill: var(--lumo-base-color); stroke: var(--lumo-contrast-40pct); stroke-width: 1.2; }
        .node.sidebar rect.box { stroke-dasharray: 5 3; }
        .node text.name { font-size: 14px; font-weight: 700; fill: var(--lumo-header-text-color); }
        .node text.sub { font-size: 12px; fill: var(--lumo-secondary-text-color); }
        .node text.idx { font-size: 11px; fill: var(--lumo-contrast-50pct); }
        .badge text { font-size: 11px; font-weight: 600; fill: white; }
        .edge path { fill: none; stroke: var(--lumo-contrast-50pct); stroke-width: 1.6; }
        .edge text {
            font-size: 11px;
            fill: var(--lumo-secondary-text-color);
            paint-order: stroke;
            stroke: var(--lumo-base-color);
            stroke-width: 4px;
            stroke-linejoin: round;
        }
        marker path { fill: var(--lumo-contrast-50pct); }
    `;

    render() {
        if (!apps || apps.length === 0) {
            return html`<div class="empty">No @App class in this application.</div>`;
        }
        return html`
            <div class="legend">
                ${Object.entries({ parallel: 'parallel', timer: 'every 5s', limit: 'gpu · 1 permit', cpu: 'cpu',
                    sidebar: 'sidebar', value: 'value' })
                    .map(([kind, text]) => html`<span title=${BADGES[kind].tip}>
                        <span class="badge" style="background:${BADGES[kind].colour}">${text}</span>${BADGES[kind].tip}</span>`)}
                <span>Arrows run from the fragment that provides a value to the fragments that take it, labelled with its type.</span>
            </div>
            ${apps.map(app => this._app(app))}`;
    }

    _app(app) {
        const edges = app.fragments.reduce((n, f) => n + f.inputs.length, 0);
        return html`
            <section class="app" data-app=${app.path}>
                <div class="head">
                    <h3>${app.title}</h3>
                    <span class="path">${app.path}</span>
                    <span class="cls">${app.appClass}</span>
                    <span class="counts">${app.fragments.length} fragments · ${edges} inputs</span>
                </div>
                ${app.problem
                    ? html`<div class="problem">${app.problem}</div>`
                    : html`<div class="canvas">${this._drawing(app)}</div>`}
            </section>`;
    }

    _drawing(app) {
        const fragments = app.fragments;
        const index = new Map(fragments.map((f, i) => [f.name, i]));
        const depth = new Array(fragments.length).fill(-1);
        const depthOf = (i, seen = new Set()) => {
            if (depth[i] >= 0) return depth[i];
            if (seen.has(i)) return 0;
            seen.add(i);
            const inputs = fragments[i].inputs.map(e => index.get(e.from)).filter(j => j !== undefined);
            depth[i] = inputs.length === 0 ? 0 : 1 + Math.max(...inputs.map(j => depthOf(j, seen)));
            return depth[i];
        };
        fragments.forEach((_, i) => depthOf(i));

        const badges = fragments.map(f => this._badges(f));
        const rows = badges.map(list => this._badgeRows(list));
        const height = 58 + Math.max(1, ...rows.map(r => r.count)) * (BADGE_H + 4);
        const columns = [];
        fragments.forEach((f, i) => (columns[depth[i]] = columns[depth[i]] || []).push(i));
        const at = new Array(fragments.length);
        columns.forEach((column, c) => column.forEach((i, r) => {
            at[i] = { x: PAD + c * (WIDTH + GAP_X), y: PAD + r * (height + GAP_Y) };
        }));
        const tallest = Math.max(...columns.map(column => column.length));
        const w = PAD * 2 + columns.length * WIDTH + (columns.length - 1) * GAP_X;
        const h = PAD * 2 + tallest * height + (tallest - 1) * GAP_Y;

        const edges = [];
        fragments.forEach((f, i) => f.inputs.forEach((edge, k) => {
            const j = index.get(edge.from);
            if (j !== undefined) edges.push({ from: j, to: i, type: edge.type, k, of: f.inputs.length });
        }));

        return html`<svg width=${w} height=${h} viewBox="0 0 ${w} ${h}" role="img"
                aria-label="Fragment graph of ${app.title}">
            <defs>
                <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8"
                        orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z"></path></marker>
            </defs>
            ${edges.map(e => this._edge(e, at, height, fragments))}
            ${fragments.map((f, i) => this._node(f, i, at[i], height, rows[i]))}
        </svg>`;
    }

    _edge(e, at, height, fragments) {
        const from = at[e.from];
        const to = at[e.to];
        const x1 = from.x + WIDTH;
        const y1 = from.y + height / 2;
        const x2 = to.x - 2;
        const spread = e.of > 1 ? (e.k - (e.of - 1) / 2) * 14 : 0;
        const y2 = to.y + height / 2 + spread;
        const dx = Math.max(40, (x2 - x1) / 2);
        const d = `M ${x1} ${y1} C ${x1 + dx} ${y1}, ${x2 - dx} ${y2}, ${x2} ${y2}`;
        const name = `${fragments[e.from].name}->${fragments[e.to].name}`;
        return svg`<g class="edge" data-edge=${name}>
            <title>${fragments[e.to].name} takes ${e.type || 'the value'} from ${fragments[e.from].name}</title>
            <path d=${d} marker-end="url(#arrow)"></path>
            ${e.type ? svg`<text x=${(x1 + x2) / 2} y=${(y1 + y2) / 2 - 6} text-anchor="middle">${e.type}</text>` : ''}
        </g>`;
    }

    _node(f, i, p, height, rows) {
        const sub = f.drawsUi
            ? (f.returns ? `draws · returns ${f.returns}` : 'draws')
            : `computes ${f.returns}`;
        return svg`<g class="node ${f.area === 'SIDEBAR' ? 'sidebar' : ''}" data-fragment=${f.name}
                transform="translate(${p.x} ${p.y})">
            <title>${f.name}${f.inputs.length ? ` (takes ${f.inputs.map(e => e.from).join(', ')})` : ''}</title>
            <rect class="box" width=${WIDTH} height=${height} rx="10"></rect>
            <text class="name" x="14" y="24">${f.name}</text>
            <text class="idx" x=${WIDTH - 12} y="22" text-anchor="end">#${i + 1}</text>
            <text class="sub" x="14" y="43">${this._clip(sub, 32)}</text>
            ${rows.placed.map(b => svg`<g class="badge" data-badge=${b.kind} transform="translate(${b.x} ${b.y})">
                <title>${BADGES[b.kind].tip}</title>
                <rect width=${b.w} height=${BADGE_H} rx="10" fill=${BADGES[b.kind].colour}></rect>
                <text x=${b.w / 2} y="14" text-anchor="middle">${b.text}</text>
            </g>`)}
        </g>`;
    }

    _badges(f) {
        const list = [];
        if (f.parallel) list.push({ kind: 'parallel', text: 'parallel' });
        if (f.runEvery) list.push({ kind: 'timer', text: `every ${f.runEvery}` });
        if (f.limit) {
            const permits = f.limit.permits === 1 ? '1 permit' : `${f.limit.permits} permits`;
            list.push({ kind: 'limit', text: `${this._clip(f.limit.group, 18)} · ${permits}` });
        }
        if (f.cpu) list.push({ kind: 'cpu', text: 'cpu' });
        if (f.area === 'SIDEBAR') list.push({ kind: 'sidebar', text: 'sidebar' });
        if (!f.drawsUi) list.push({ kind: 'value', text: 'value' });
        return list;
    }

    _badgeRows(list) {
        let x = 14;
        let row = 0;
        const placed = [];
        for (const b of list) {
            const w = b.text.length * 6.6 + 18;
            if (x + w > WIDTH - 10 && x > 14) {
                row++;
                x = 14;
            }
            placed.push({ ...b, w, x, y: 54 + row * (BADGE_H + 4) });
            x += w + 6;
        }
        return { placed, count: list.length ? row + 1 : 0 };
    }

    _clip(text, max) {
        return text.length > max ? text.substring(0, max - 1) + '…' : text;
    }
}
customElements.define('qwc-weft-graph', QwcWeftGraph);
