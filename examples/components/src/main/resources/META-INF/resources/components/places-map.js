// A map of places drawn with ECharts' full build (the page's import map has it as 'echarts/full';
// 'echarts' is Weft's reduced build, which has no maps): the land is a small GeoJSON
// outline drawn by the map itself, so it works offline, without a tile server. Clicking a place sends
// {name, lat, lon}; the server reads it into the app's Place record and refuses anything else.
// Weft's component contract: export default function render(el, ctx) → { update(ctx), destroy() }.

import * as echarts from 'echarts/full';

const LAND = {
  type: 'FeatureCollection',
  features: [{
    type: 'Feature',
    properties: { name: 'Iberia' },
    geometry: {
      type: 'Polygon',
      coordinates: [[[-9.3, 43.2], [-8.0, 43.7], [-1.8, 43.4], [3.2, 42.4], [3.3, 41.9], [0.9, 41.0], [0.2, 39.9],
        [-0.3, 39.4], [-0.7, 38.0], [-2.1, 36.7], [-5.6, 36.0], [-6.4, 36.8], [-7.4, 37.2], [-8.9, 37.0],
        [-8.8, 38.7], [-9.5, 38.8], [-8.9, 40.2], [-8.8, 42.0], [-9.3, 43.2]]],
    },
  }],
};
echarts.registerMap('weft-example-iberia', LAND);

export default function render(el, ctx) {
  const box = document.createElement('div');
  box.className = 'places-map';
  box.style.height = '340px';
  box.style.width = '100%';
  el.append(box);
  const chart = echarts.init(box, null, { renderer: 'canvas' });
  chart.on('click', (event) => {
    if (event.seriesType !== 'scatter' || !event.data) return;
    const [lon, lat] = event.data.value;
    ctx.setValue({ name: event.data.name, lat, lon });
  });
  const observer = new ResizeObserver(() => chart.resize());
  observer.observe(box);

  function draw({ props, value, theme, disabled }) {
    const places = Array.isArray(props?.places) ? props.places : [];
    const picked = value?.name;
    const c = theme.colors;
    chart.setOption({
      backgroundColor: 'transparent',
      textStyle: { fontFamily: c.font },
      // Text from the app is set as text (ECharts draws it on a canvas), never as HTML.
      title: { text: String(props?.title ?? ''), left: 8, top: 4, textStyle: { color: c.text, fontSize: 14 } },
      geo: {
        map: 'weft-example-iberia', roam: false, silent: true, layoutCenter: ['50%', '56%'], layoutSize: '95%',
        itemStyle: { areaColor: theme.mode === 'dark' ? '#1f2937' : '#eef2f7', borderColor: c.border },
      },
      series: [{
        type: 'scatter', coordinateSystem: 'geo', clip: false, cursor: disabled ? 'default' : 'pointer',
        symbolSize: (v, p) => (p.name === picked ? 18 : 12),
        label: { show: true, position: 'right', formatter: '{b}', color: c.text },
        itemStyle: { color: (p) => (p.name === picked ? c.accent : c.muted) },
        data: places.map((p) => ({ name: String(p.name), value: [Number(p.lon), Number(p.lat)] })),
      }],
    }, true);
    box.dataset.picked = picked ?? '';
  }

  draw(ctx);
  return {
    update: draw,
    destroy() {
      observer.disconnect();
      chart.dispose();
    },
  };
}
