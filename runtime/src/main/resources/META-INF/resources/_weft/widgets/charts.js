// The charts family (server: ChartWidgets): a chart of rows the user selects in (`chart_select`). The
// chart is drawn as elements/chart.js draws a line, area, bar or scatter chart; a click on a point or
// bar, a brushed x range, a box or a lasso becomes the widget's value, which the server checks against
// the points it drew (docs/protocol.md). The value the server holds is shown on the chart: the
// selected points, or the brushed range.

import { css, el, sameValue } from '../dom.js';
import { echarts } from '../libs.js';
import { defineWidget } from '../registry.js';
import { chartName, followTheme, isNumericX, seriesOption } from '../elements/chart.js';
import { sendWidget } from './core.js';

const BRUSH = { x_range: 'lineX', box: 'rect', lasso: 'polygon' };
const HINTS = {
  point: 'Click a point to select it; click it again to clear.',
  points: 'Click points to add or remove them.',
  x_range: 'Drag across the chart to select a range; click to clear.',
  box: 'Drag a box around points to select them.',
  lasso: 'Draw around points to select them.',
};

defineWidget('chart_select', {
  create(w) {
    w.label = el('span', { class: 'weft-sr-only' });
    w.input = el('div', { class: 'weft-chart', id: w.inputId, role: 'img', 'data-weft-input': '' });
    w.hint = el('span', { class: 'weft-chart-hint' });
    w.clear = el('button', { type: 'button', class: 'weft-chart-clear', hidden: '' }, 'Clear selection');
    w.clear.addEventListener('click', () => choose(w, null));
    w.node.append(w.label, w.input, el('div', { class: 'weft-chart-bar' }, w.hint, w.clear));
    w.value = null;
    // ECharts needs the chart's size: it is drawn once the node is in the page and has one.
    w.observer = new ResizeObserver(() => (w.chart ? w.chart.resize() : draw(w)));
    w.observer.observe(w.input);
  },
  update(w, element) {
    const chart = element.chart && typeof element.chart === 'object' ? element.chart : {};
    w.input.style.height = Number.isInteger(chart.height) ? `${chart.height}px` : '';
    w.input.setAttribute('aria-label', `${chartName(chart.t, chart)} (selectable)`);
    w.input.dataset.kind = String(chart.t ?? '');
    w.input.dataset.select = String(element.select ?? '');
    const hint = HINTS[element.select] ?? '';
    w.hint.textContent = chart.t === 'bar_chart' ? hint.replace('a point', 'a bar').replace('points', 'bars') : hint;
    const drawn = JSON.stringify([chart, element.select]);
    if (drawn !== w.drawn) {
      w.drawn = drawn;
      if (w.chart) redraw(w);
    }
  },
  read: (w) => w.value,
  show(w, value) {
    w.value = value ?? null;
    w.clear.hidden = w.value === null || w.element.disabled === true;
    w.input.dataset.selected = w.value === null ? '' : JSON.stringify(w.value);
    if (w.chart) showSelection(w);
  },
  drop(w) {
    w.observer.disconnect();
    w.stopTheme?.();
    w.chart?.dispose();
    w.chart = null;
  },
});

function draw(w) {
  if (!w.input.isConnected || w.input.clientWidth === 0) return;
  const chart = echarts.init(w.input, null, { renderer: 'canvas' });
  w.chart = chart;
  chart.on('finished', () => { w.input.dataset.rendered = 'true'; });
  chart.on('click', (p) => clicked(w, p));
  chart.on('brushEnd', (p) => brushed(w, p.areas?.[0]));
  // A new option drops the brush cursor and the range shown: both are set again after a theme switch.
  w.stopTheme = followTheme(chart, () => option(w), () => afterDraw(w));
  redraw(w);
}

function redraw(w) {
  w.chart.setOption(option(w), { notMerge: true });
  afterDraw(w);
}

/** Takes the brush cursor (in a brush mode) and shows the selection held, after a new option. */
function afterDraw(w) {
  const brushType = BRUSH[w.element.select];
  if (brushType && w.element.disabled !== true) {
    w.chart.dispatchAction({ type: 'takeGlobalCursor', key: 'brush', brushOption: { brushType, brushMode: 'single' } });
  }
  showSelection(w);
}

/** The chart's option: elements/chart.js's, with points that can be selected or a brush. */
function option(w) {
  const chart = w.element.chart ?? {};
  const base = seriesOption(chart.t, chart);
  const mode = w.element.select;
  if (mode === 'point' || mode === 'points') {
    const mark = { itemStyle: { borderColor: css('--weft-text'), borderWidth: 2, shadowBlur: 6, shadowColor: css('--weft-text-muted') } };
    for (const s of base.series) Object.assign(s, { selectedMode: mode === 'point' ? 'single' : 'multiple', select: mark, cursor: 'pointer' });
  } else if (BRUSH[mode]) {
    base.brush = {
      xAxisIndex: 0,
      brushType: BRUSH[mode],
      brushMode: 'single',
      transformable: false,
      removeOnClick: true,
      brushStyle: { borderWidth: 1, color: 'rgba(120, 140, 180, 0.18)', borderColor: 'rgba(120, 140, 180, 0.8)' },
      outOfBrush: { colorAlpha: 0.35 },
    };
    base.toolbox = { show: false };
  }
  return base;
}

function clicked(w, p) {
  const mode = w.element.select;
  if ((mode !== 'point' && mode !== 'points') || p.componentType !== 'series' || !Number.isInteger(p.dataIndex)) return;
  const x = w.element.chart?.x ?? [];
  const index = p.dataIndex;
  const picked = new Set(w.value?.indices ?? []);
  let next;
  if (mode === 'point') {
    next = picked.has(index) ? [] : [index];
  } else if (picked.has(index)) {
    // A bar stands for its whole category, so taking it away takes the category's rows away.
    const bar = w.element.chart?.t === 'bar_chart';
    next = [...picked].filter((i) => i !== index && !(bar && x[i] === x[index]));
  } else {
    next = [...picked, index];
  }
  next.sort((a, b) => a - b);
  choose(w, next.length ? { indices: next, series: p.seriesName } : null);
}

/** The selection a brushed area makes: an x range, or the points inside a box or a lasso. */
function brushed(w, area) {
  const range = area?.coordRange;
  if (!Array.isArray(range)) return choose(w, null);
  const chart = w.element.chart ?? {};
  const x = Array.isArray(chart.x) ? chart.x : [];
  const numeric = isNumericX(chart.t, x);
  if (w.element.select === 'x_range') {
    let [from, to] = [Math.min(...range), Math.max(...range)];
    if (!Number.isFinite(from) || !Number.isFinite(to)) return choose(w, null);
    if (!numeric) [from, to] = [clamp(Math.round(from), x.length), clamp(Math.round(to), x.length)];
    return choose(w, { from, to });
  }
  const inside = w.element.select === 'box'
    ? ([px, py]) => px >= Math.min(...range[0]) && px <= Math.max(...range[0]) && py >= Math.min(...range[1]) && py <= Math.max(...range[1])
    : (point) => inPolygon(point, range);
  const indices = [];
  for (let i = 0; i < x.length; i++) {
    const px = numeric ? x[i] : i;
    if ((chart.series ?? []).some((s) => typeof s?.data?.[i] === 'number' && inside([px, stackedY(chart, s, i)]))) indices.push(i);
  }
  return choose(w, indices.length ? { indices } : null);
}

/** A point's height as drawn: stacked series stand on the ones before them. */
function stackedY(chart, series, i) {
  const stacked = typeof chart.stacked === 'boolean' ? chart.stacked : chart.t === 'area_chart';
  if (!stacked || chart.t === 'scatter_chart') return series.data[i];
  let y = 0;
  for (const s of chart.series) {
    y += typeof s?.data?.[i] === 'number' ? s.data[i] : 0;
    if (s === series) break;
  }
  return y;
}

const clamp = (i, n) => Math.max(0, Math.min(n - 1, i));

function inPolygon([px, py], polygon) {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    if ((yi > py) !== (yj > py) && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The user selected `value` (null: nothing): shown at once, and sent if it changed. */
function choose(w, value) {
  if (w.element.disabled === true || sameValue(value, w.value)) return;
  w.value = value;
  w.clear.hidden = value === null;
  w.input.dataset.selected = value === null ? '' : JSON.stringify(value);
  if (value === null && w.chart) showSelection(w);
  sendWidget(w, value);
}

/** Shows the selection held: the selected points, or the brushed range. */
function showSelection(w) {
  const chart = w.chart;
  const mode = w.element.select;
  const value = w.value;
  const series = w.element.chart?.series ?? [];
  if (mode === 'point' || mode === 'points') {
    const all = series.map((_, i) => i);
    const length = Math.max(0, ...series.map((s) => s?.data?.length ?? 0));
    chart.dispatchAction({ type: 'unselect', seriesIndex: all, dataIndex: Array.from({ length }, (_, i) => i) });
    const s = series.findIndex((one) => one?.name === value?.series);
    if (value && s >= 0) chart.dispatchAction({ type: 'select', seriesIndex: s, dataIndex: value.indices });
  } else if (mode === 'x_range') {
    const areas = value && Number.isFinite(value.from) ? [{ brushType: 'lineX', xAxisIndex: 0, coordRange: [value.from, value.to] }] : [];
    chart.dispatchAction({ type: 'brush', areas });
  } else if (value === null && BRUSH[mode]) {
    chart.dispatchAction({ type: 'brush', areas: [] });
  }
}
