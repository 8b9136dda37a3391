// The ECharts of Weft's page: its core with only the series, components and renderer that Weft's
// client draws (elements/chart.js, widgets/charts.js), bundled and minified by esbuild when the
// runtime is built (runtime/pom.xml). A chart passed through with anything else loads the full build
// (see needsFullBuild in elements/chart.js): keep REGISTERED below and that list in step.

import { use } from 'echarts/core';
import { BarChart, LineChart, PieChart, ScatterChart } from 'echarts/charts';
import {
  BrushComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([
  LineChart,
  BarChart,
  ScatterChart,
  PieChart,
  GridComponent,
  TooltipComponent,
  TitleComponent,
  LegendComponent,
  BrushComponent,
  CanvasRenderer,
]);

/**
 * The series types and the option's component keys this build draws (the tooltip brings the axis
 * pointer; the brush its toolbox feature, and the toolbox option is ignored without a toolbox).
 */
export const REGISTERED = Object.freeze({
  series: ['line', 'bar', 'scatter', 'pie'],
  components: ['grid', 'xAxis', 'yAxis', 'axisPointer', 'tooltip', 'title', 'legend', 'brush'],
});

// Weft's client calls init; getInstanceByDom finds a drawn chart (the browser tests read charts
// with it). Exporting no more lets esbuild leave the rest of the core out.
export { getInstanceByDom, init } from 'echarts/core';
