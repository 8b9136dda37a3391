// Charts, drawn with Apache ECharts in the theme's colours (CSS custom properties): line, area, bar
// and scatter charts from x values and named series, and `chart`, a whole ECharts option passed
// through (with the theme's colours where it sets none, and string formatters sanitized).

import { css, el } from '../dom.js';
import { DOMPurify, echarts, fullEcharts, librariesReady } from '../libs.js';
import { defineElement } from '../registry.js';
import { onThemeChange } from '../theme.js';

const MANY_POINTS = 50;
const KINDS = { line_chart: 'Line chart', area_chart: 'Area chart', bar_chart: 'Bar chart', scatter_chart: 'Scatter chart' };

/** Charts on the page, redrawn when the theme changes: chart -> function building its option. */
const live = new Map();

for (const [type, name] of Object.entries(KINDS)) {
  defineElement(type, {
    render(element, ctx) {
      const div = el('div', { class: 'weft-chart', role: 'img', 'aria-label': chartLabel(name, element), 'data-kind': type });
      if (Number.isInteger(element.height)) div.style.height = `${element.height}px`;
      // Charts need their final size, so they are drawn once the node is in the document.
      ctx.afterMount(() => drawChart(div, () => seriesOption(type, element), ctx));
      return div;
    },
  });
}

defineElement('chart', {
  render(element, ctx) {
    const title = element.option?.title;
    const text = (Array.isArray(title) ? title[0] : title)?.text;
    const div = el('div', { class: 'weft-chart', role: 'img', 'aria-label': typeof text === 'string' ? `Chart: ${text}` : 'Chart', 'data-kind': 'chart' });
    const option = () => passThrough(element.option);
    if (needsFullBuild(element.option)) {
      // The full build loads once, on the first such chart; the node may have left the page by then.
      ctx.afterMount(() => fullEcharts().then(
        (full) => div.isConnected && drawChart(div, option, ctx, full),
        (e) => {
          div.dataset.rendered = 'failed';
          div.replaceChildren(el('p', { class: 'weft-unsupported' }, `This chart could not be drawn: ${e.message}`));
        },
      ));
    } else {
      ctx.afterMount(() => drawChart(div, option, ctx));
    }
    return div;
  },
});

/**
 * Draws an ECharts chart into `div` (in the document) with the option `option()` returns; sets
 * data-rendered="true" once ECharts has finished drawing, follows the node's size (the page, a
 * column, a tab shown, the sidebar toggled), and is disposed when the node leaves the page.
 */
export function drawChart(div, option, ctx, library = echarts) {
  const chart = library.init(div, null, { renderer: 'canvas' });
  chart.on('finished', function markRendered() {
    div.dataset.rendered = 'true';
    chart.off('finished', markRendered);
  });
  try {
    chart.setOption(option());
  } catch (e) {
    div.dataset.rendered = 'failed';
    div.replaceChildren(el('p', { class: 'weft-unsupported' }, `This chart could not be drawn: ${e.message}`));
    throw e;
  }
  // A chart drawn in a hidden tab has no size yet: it is resized when the tab is shown. The observer
  // also reports the size the chart was just drawn at, and ECharts' resize() lays the whole chart out
  // and paints it again even when nothing changed: only a new size is drawn again.
  let size = `${div.clientWidth}x${div.clientHeight}`;
  const observer = new ResizeObserver(() => {
    const now = `${div.clientWidth}x${div.clientHeight}`;
    if (now === size) return;
    size = now;
    chart.resize();
  });
  observer.observe(div);
  live.set(chart, option);
  ctx.cleanup(div, () => {
    live.delete(chart);
    observer.disconnect();
    chart.dispose();
  });
  return chart;
}

// A page's first charts cost ECharts several times what later ones do: its code runs cold, and V8
// compiles it to faster tiers only after it has run a number of times. On the 2-core test machine
// the first chart of a page took about 90 ms, the next ones 30-45, and ECharts settles at about 13 ms
// only after some ten charts; a page would pay that when its first data arrives. So on the page of an
// app that has drawn charts before (the server says so: data-charts on #weft), once the libraries are
// loaded and while the first fragments run, a line chart is drawn off screen and thrown away,
// WARM_UP_DRAWS times, one per idle period of the browser (the first after at most a second). It
// stops as soon as the page draws a chart of its own, and when the page is hidden. The page of an app
// that never drew a chart spends nothing on it.
const WARM_UP_DRAWS = 8;
let warmUps = 0;
if (document.getElementById('weft')?.dataset.charts === 'true') librariesReady.then(() => nextWarmUp(1000), () => {});

function nextWarmUp(timeout) {
  if (window.requestIdleCallback) window.requestIdleCallback(warmUp, timeout ? { timeout } : undefined);
  else setTimeout(warmUp, 50);
}

function warmUp() {
  if (live.size > 0 || document.hidden || warmUps >= WARM_UP_DRAWS) return;
  warmUps++;
  const div = el('div', { 'aria-hidden': 'true', style: 'position:fixed;left:-10000px;top:0;width:640px;height:320px;visibility:hidden' });
  document.body.append(div);
  try {
    const chart = echarts.init(div, null, { renderer: 'canvas' });
    const x = Array.from({ length: 60 }, (_, i) => `2026-${String(1 + Math.floor(i / 30)).padStart(2, '0')}-${String((i % 30) + 1).padStart(2, '0')}`);
    const series = ['a', 'b'].map((name, k) => ({ name, data: x.map((_, i) => 40 + k * 20 + ((i * 7 + warmUps) % 13)) }));
    chart.setOption(seriesOption('line_chart', { x, series }));
    chart.dispose();
  } catch (e) {
    console.debug('[weft] chart warm-up', e);
    warmUps = WARM_UP_DRAWS;
  } finally {
    div.remove();
  }
  if (warmUps < WARM_UP_DRAWS) nextWarmUp(250);
}

// Chart colours come from CSS variables, so redraw them when the theme changes.
onThemeChange(() => {
  for (const [chart, option] of live) {
    chart.setOption(option(), { notMerge: true });
    redrawn.get(chart)?.();
  }
});

/** What to do again after a chart is redrawn for a new theme: chart -> function. */
const redrawn = new Map();

/**
 * Redraws `chart` with `option()` when the theme changes, then calls `after` (if given: state that a
 * new option drops, such as the brush cursor), until the returned function is called.
 */
export function followTheme(chart, option, after) {
  live.set(chart, option);
  if (after) redrawn.set(chart, after);
  return () => {
    live.delete(chart);
    redrawn.delete(chart);
  };
  return () => live.delete(chart);
}

/** Option keys that need an ECharts component: those the reduced build has not are drawn by the full one. */
const COMPONENT_KEYS = ['grid', 'xAxis', 'yAxis', 'polar', 'radiusAxis', 'angleAxis', 'radar', 'geo', 'singleAxis',
  'parallel', 'parallelAxis', 'calendar', 'matrix', 'graphic', 'toolbox', 'tooltip', 'axisPointer', 'brush', 'title',
  'timeline', 'legend', 'dataZoom', 'visualMap', 'dataset', 'aria', 'thumbnail'];
const SERIES_MARKS = ['markPoint', 'markLine', 'markArea'];

/**
 * Whether a passed-through option uses a series type, a component or a mark the reduced build
 * (the `echarts` module's REGISTERED) does not draw.
 */
export function needsFullBuild(option) {
  const registered = echarts.REGISTERED;
  if (!registered || !option || typeof option !== 'object') return false;
  if (COMPONENT_KEYS.some((k) => option[k] !== undefined && !registered.components.includes(k))) return true;
  const series = Array.isArray(option.series) ? option.series : option.series ? [option.series] : [];
  return series.some((s) => !s || typeof s !== 'object' || !registered.series.includes(s.type ?? 'line')
    || SERIES_MARKS.some((k) => s[k] !== undefined));
}

/** The name screen readers hear for a chart of this element type. */
export function chartName(type, element) {
  return chartLabel(KINDS[type] ?? 'Chart', element);
}

function chartLabel(name, element) {
  if (typeof element.title === 'string') name = `${name}: ${element.title}`;
  const names = (element.series ?? []).map((s) => s?.name).filter(Boolean);
  return names.length ? `${name}: ${names.join(', ')}` : name;
}

/** What every chart shares: the theme's palette, font, tooltip and axis colours. */
function theme() {
  const text = css('--weft-text-muted');
  const grid = css('--weft-grid');
  return {
    text,
    grid,
    palette: Array.from({ length: 8 }, (_, i) => css(`--weft-series-${i + 1}`)).filter(Boolean),
    tooltip: { backgroundColor: css('--weft-surface'), borderColor: css('--weft-border'), textStyle: { color: css('--weft-text') } },
    axis: {
      axisLine: { lineStyle: { color: grid } },
      axisTick: { show: false },
      axisLabel: { color: text },
      splitLine: { lineStyle: { color: grid } },
      nameTextStyle: { color: text },
    },
    font: css('--weft-font'),
  };
}

/**
 * The ECharts option of a line, area, bar or scatter chart element: x values and named series (each
 * with an optional colour), and optionally a title, axis titles and stacking.
 */
export function seriesOption(type, element) {
  const t = theme();
  const series = Array.isArray(element.series) ? element.series : [];
  const length = Math.max(0, ...series.map((s) => (Array.isArray(s?.data) ? s.data.length : 0)));
  const x = Array.isArray(element.x) ? element.x : Array.from({ length }, (_, i) => i);
  // Bars stand on categories; the other kinds use a value axis when every x is a number.
  const numericX = isNumericX(type, x);
  const points = Math.max(length, x.length);
  const kind = { line_chart: 'line', area_chart: 'line', bar_chart: 'bar', scatter_chart: 'scatter' }[type];
  const title = typeof element.title === 'string' ? element.title : null;
  const xTitle = typeof element.xTitle === 'string' ? element.xTitle : null;
  const yTitle = typeof element.yTitle === 'string' ? element.yTitle : null;
  // Area charts without a word on stacking (ui.areaChart) are stacked, as they always were.
  const stacked = typeof element.stacked === 'boolean' ? element.stacked : type === 'area_chart';
  const legendTop = title ? 28 : 0;
  const top = legendTop + (series.length > 1 ? 40 : 16) + (yTitle ? 18 : 0);
  const axisName = { color: t.text, fontWeight: 600 };
  return {
    color: t.palette,
    backgroundColor: 'transparent',
    textStyle: { fontFamily: t.font },
    // No entry animation: the data is shown the moment it arrives (and 'finished' fires at once).
    animation: false,
    title: title ? { text: title, left: 0, top: 0, textStyle: { color: css('--weft-text'), fontSize: 15, fontWeight: 600 } } : { show: false },
    // Side margins leave room for the first and last category labels, which are centred on their tick.
    grid: { left: 28, right: 28, top, bottom: xTitle ? 28 : 8, containLabel: true },
    legend: series.length > 1 ? { top: legendTop, textStyle: { color: t.text }, icon: 'roundRect', itemWidth: 14, itemHeight: type === 'bar_chart' ? 10 : 4 } : { show: false },
    tooltip: { trigger: kind === 'scatter' ? 'item' : 'axis', ...t.tooltip, axisPointer: { type: kind === 'bar' ? 'shadow' : 'line' } },
    xAxis: {
      ...(numericX
        ? (kind === 'scatter'
          ? { type: 'value', scale: true, ...t.axis }
          : { type: 'value', min: 'dataMin', max: 'dataMax', ...t.axis, splitLine: { show: false } })
        : { type: 'category', data: x.map(String), boundaryGap: kind === 'bar' || kind === 'scatter', ...t.axis }),
      ...(xTitle ? { name: xTitle, nameLocation: 'middle', nameGap: 30, nameTextStyle: axisName } : {}),
    },
    yAxis: {
      type: 'value', ...t.axis, axisLine: { show: false }, scale: kind === 'scatter',
      ...(yTitle ? { name: yTitle, nameLocation: 'end', nameGap: 12, nameTextStyle: { ...axisName, align: 'left' } } : {}),
    },
    series: series.map((s, i) => {
      const data = Array.isArray(s?.data) ? s.data : [];
      const one = {
        type: kind,
        name: s?.name ?? `Series ${i + 1}`,
        emphasis: { focus: 'series' },
        // A value axis takes [x, y] pairs; null stays null so a line shows a gap.
        data: numericX ? x.map((xv, j) => [xv, data[j] ?? null]) : data,
      };
      if (typeof s?.color === 'string' && /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(s.color)) one.itemStyle = { color: s.color };
      if (kind === 'line') {
        Object.assign(one, { smooth: false, showSymbol: points <= MANY_POINTS, symbolSize: 5, lineStyle: { width: 2 } });
      }
      if (type === 'area_chart') Object.assign(one, { areaStyle: { opacity: 0.35 } });
      if (stacked && kind !== 'scatter') one.stack = 'total';
      if (kind === 'bar') Object.assign(one, { barMaxWidth: 36, itemStyle: { ...one.itemStyle, borderRadius: [3, 3, 0, 0] } });
      if (kind === 'scatter') Object.assign(one, { symbolSize: 8, itemStyle: { opacity: 0.8, ...one.itemStyle } });
      return one;
    }),
  };
}

/** Whether a chart of this type over these x values has a value axis (else a category axis). */
export function isNumericX(type, x) {
  return type !== 'bar_chart' && x.length > 0 && x.every((v) => typeof v === 'number' && Number.isFinite(v));
}

/** The app's own option, over the theme's defaults; string formatters (HTML in tooltips) sanitized. */
function passThrough(option) {
  const t = theme();
  const given = sanitizeFormatters(structuredClone(option && typeof option === 'object' ? option : {}));
  const axes = (axis) => (axis === undefined ? axis
    : Array.isArray(axis) ? axis.map((a) => mergeDeep(t.axis, a)) : mergeDeep(t.axis, axis));
  const merged = {
    color: t.palette,
    backgroundColor: 'transparent',
    animation: false,
    ...given,
    textStyle: { fontFamily: t.font, color: t.text, ...(given.textStyle ?? {}) },
  };
  if (given.xAxis !== undefined) merged.xAxis = axes(given.xAxis);
  if (given.yAxis !== undefined) merged.yAxis = axes(given.yAxis);
  if (given.tooltip && typeof given.tooltip === 'object' && !Array.isArray(given.tooltip)) merged.tooltip = mergeDeep(t.tooltip, given.tooltip);
  if (given.legend && typeof given.legend === 'object' && !Array.isArray(given.legend)) merged.legend = mergeDeep({ textStyle: { color: t.text } }, given.legend);
  if (given.title && typeof given.title === 'object' && !Array.isArray(given.title)) {
    merged.title = mergeDeep({ textStyle: { color: css('--weft-text') }, subtextStyle: { color: t.text } }, given.title);
  }
  return merged;
}

/** Plain objects merged: `over` wins, nested objects merged too. */
function mergeDeep(base, over) {
  if (!over || typeof over !== 'object' || Array.isArray(over)) return over ?? base;
  const out = { ...base };
  for (const [k, v] of Object.entries(over)) {
    out[k] = v && typeof v === 'object' && !Array.isArray(v) && base?.[k] && typeof base[k] === 'object' ? mergeDeep(base[k], v) : v;
  }
  return out;
}

/** Every string `formatter` in the option: ECharts puts tooltip formatters into the page as HTML. */
function sanitizeFormatters(value) {
  if (Array.isArray(value)) {
    value.forEach(sanitizeFormatters);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'formatter' && typeof v === 'string') value[k] = DOMPurify.sanitize(v);
      else sanitizeFormatters(v);
    }
  }
  return value;
}
