// Charts, drawn with Apache ECharts in the theme's colours (CSS custom properties).

import { css, el } from '../dom.js';
import { echarts } from '../libs.js';
import { defineElement } from '../registry.js';
import { onThemeChange } from '../theme.js';

const MANY_POINTS = 50;

/** Charts on the page, redrawn when the theme changes: chart -> function building its option. */
const live = new Map();

defineElement('line_chart', {
  render(element, ctx) {
    const div = el('div', { class: 'weft-chart', role: 'img', 'aria-label': chartLabel(element) });
    // Charts need their final size, so they are drawn once the node is in the document.
    ctx.afterMount(() => drawChart(div, () => lineChartOption(element), ctx));
    return div;
  },
});

/**
 * Draws an ECharts chart into `div` (in the document) with the option `option()` returns; sets
 * data-rendered="true" once ECharts has finished drawing, follows the node's size, and is disposed
 * when the node leaves the page. For other chart types to share.
 */
export function drawChart(div, option, ctx) {
  const chart = echarts.init(div, null, { renderer: 'canvas' });
  chart.on('finished', function markRendered() {
    div.dataset.rendered = 'true';
    chart.off('finished', markRendered);
  });
  chart.setOption(option());
  // A chart drawn in a hidden tab has no size yet: it is resized when the tab is shown.
  const observer = new ResizeObserver(() => chart.resize());
  observer.observe(div);
  live.set(chart, option);
  ctx.cleanup(div, () => {
    live.delete(chart);
    observer.disconnect();
    chart.dispose();
  });
  return chart;
}

// Chart colours come from CSS variables, so redraw them when the theme changes.
onThemeChange(() => {
  for (const [chart, option] of live) chart.setOption(option(), { notMerge: true });
});

function chartLabel(element) {
  const names = (element.series ?? []).map((s) => s?.name).filter(Boolean);
  return names.length ? `Line chart: ${names.join(', ')}` : 'Line chart';
}

function lineChartOption(element) {
  const series = Array.isArray(element.series) ? element.series : [];
  const length = Math.max(0, ...series.map((s) => (Array.isArray(s?.data) ? s.data.length : 0)));
  const x = Array.isArray(element.x) ? element.x : Array.from({ length }, (_, i) => i);
  const numericX = x.length > 0 && x.every((v) => typeof v === 'number' && Number.isFinite(v));
  const points = Math.max(length, x.length);
  const text = css('--weft-text-muted');
  const grid = css('--weft-grid');
  const palette = Array.from({ length: 8 }, (_, i) => css(`--weft-series-${i + 1}`)).filter(Boolean);
  const axisCommon = {
    axisLine: { lineStyle: { color: grid } },
    axisTick: { show: false },
    axisLabel: { color: text },
    splitLine: { lineStyle: { color: grid } },
  };
  return {
    color: palette,
    backgroundColor: 'transparent',
    textStyle: { fontFamily: css('--weft-font') },
    // No entry animation: the data is shown the moment it arrives (and 'finished' fires at once).
    animation: false,
    // Side margins leave room for the first and last category labels, which are centred on their tick.
    grid: { left: 28, right: 28, top: series.length > 1 ? 40 : 16, bottom: 8, containLabel: true },
    legend: series.length > 1 ? { top: 0, textStyle: { color: text }, icon: 'roundRect', itemWidth: 14, itemHeight: 4 } : { show: false },
    tooltip: {
      trigger: 'axis',
      backgroundColor: css('--weft-surface'),
      borderColor: css('--weft-border'),
      textStyle: { color: css('--weft-text') },
    },
    xAxis: numericX
      ? { type: 'value', min: 'dataMin', max: 'dataMax', ...axisCommon, splitLine: { show: false } }
      : { type: 'category', data: x.map(String), boundaryGap: false, ...axisCommon },
    yAxis: { type: 'value', ...axisCommon, axisLine: { show: false } },
    series: series.map((s, i) => {
      const data = Array.isArray(s?.data) ? s.data : [];
      return {
        type: 'line',
        name: s?.name ?? `Series ${i + 1}`,
        smooth: false,
        showSymbol: points <= MANY_POINTS,
        symbolSize: 5,
        lineStyle: { width: 2 },
        emphasis: { focus: 'series' },
        // A value axis takes [x, y] pairs; null stays null so the line shows a gap.
        data: numericX ? x.map((xv, j) => [xv, data[j] ?? null]) : data,
      };
    }),
  };
}
