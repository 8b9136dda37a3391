// A map of places drawn with Leaflet, from the WebJar org.webjars.npm:leaflet (a dependency of this
// app: Quarkus serves a jar's META-INF/resources, so Leaflet's ESM build is at /webjars/leaflet/...).
// No tile server: the land is a small GeoJSON outline, so it works offline. Clicking a place (or
// focusing it and pressing Enter) sends {name, lat, lon}; the server reads it into the app's Place
// record and refuses anything else.
// Weft's component contract: export default function render(el, ctx) → { update(ctx), destroy() }.

import * as L from '/webjars/leaflet/1.9.4/dist/leaflet-src.esm.js';

const LEAFLET_CSS = '/webjars/leaflet/1.9.4/dist/leaflet.css';

const LAND = {
  type: 'Feature',
  properties: { name: 'Iberia' },
  geometry: {
    type: 'Polygon',
    coordinates: [[[-9.3, 43.2], [-8.0, 43.7], [-1.8, 43.4], [3.2, 42.4], [3.3, 41.9], [0.9, 41.0], [0.2, 39.9],
      [-0.3, 39.4], [-0.7, 38.0], [-2.1, 36.7], [-5.6, 36.0], [-6.4, 36.8], [-7.4, 37.2], [-8.9, 37.0],
      [-8.8, 38.7], [-9.5, 38.8], [-8.9, 40.2], [-8.8, 42.0], [-9.3, 43.2]]],
  },
};

export default function render(el, ctx) {
  const css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = LEAFLET_CSS;
  const look = document.createElement('style'); // the labels and zoom buttons in the page's colours
  look.textContent = `.places-map-label { background: var(--weft-surface); color: var(--weft-text);
    border-color: var(--weft-border); box-shadow: none; }
    .places-map-label.leaflet-tooltip-right::before { border-right-color: var(--weft-border); }
    .places-map .leaflet-bar { border-color: var(--weft-border); }
    .places-map .leaflet-bar a { background: var(--weft-surface); color: var(--weft-text);
      border-bottom-color: var(--weft-border); }`;
  const title = document.createElement('p');
  title.className = 'places-map-title';
  title.style.margin = '0 0 6px';
  title.style.fontWeight = '600';
  const box = document.createElement('div');
  box.className = 'places-map';
  box.style.height = '320px';
  box.style.width = '100%';
  el.append(css, look, title, box);

  // No tile layer: nothing is fetched from the network. Scrolling the page never zooms the map. No
  // animations: a view is set at once, so a resize in the middle of one never leaves the map half-moved.
  const map = L.map(box, {
    zoomSnap: 0, scrollWheelZoom: false, attributionControl: false,
    zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false,
  });
  const land = L.geoJSON(LAND, { interactive: false }).addTo(map);
  const places = L.layerGroup().addTo(map);
  let size = '';
  const fit = () => {
    const now = `${box.clientWidth}x${box.clientHeight}`;
    if (now === size || box.clientWidth === 0 || box.clientHeight === 0) return; // not laid out yet, or unchanged
    size = now;
    map.invalidateSize({ animate: false });
    map.fitBounds(land.getBounds(), { padding: [12, 12], animate: false });
  };
  const observer = new ResizeObserver(fit);
  observer.observe(box);
  map.setView([40, -4], 5); // a first view until the box has its size
  fit();

  let current = ctx;
  function pick(p) {
    if (!current.disabled) current.setValue({ name: String(p.name), lat: Number(p.lat), lon: Number(p.lon) });
  }

  function draw(next) {
    current = next;
    const { props, value, theme, disabled } = next;
    const c = theme.colors;
    const picked = value?.name;
    // Text from the app is set as text, never as HTML (Leaflet would take a string as HTML).
    title.textContent = String(props?.title ?? '');
    title.style.color = c.text;
    box.style.background = c.surface;
    box.style.fontFamily = c.font;
    land.setStyle({ color: c.border, weight: 1, fillColor: theme.mode === 'dark' ? '#1f2937' : '#eef2f7', fillOpacity: 1 });
    places.clearLayers();
    for (const p of Array.isArray(props?.places) ? props.places : []) {
      const isPicked = p.name === picked;
      const marker = L.circleMarker([Number(p.lat), Number(p.lon)], {
        radius: isPicked ? 9 : 6, color: c.surface, weight: 2, fillOpacity: 1,
        fillColor: isPicked ? c.accent : c.muted, interactive: !disabled,
      });
      const label = document.createElement('span');
      label.textContent = String(p.name);
      marker.bindTooltip(label, { permanent: true, direction: 'right', offset: [8, 0], className: 'places-map-label' });
      marker.on('click', () => pick(p));
      marker.addTo(places);
      // A place is a button for a keyboard and a screen reader too.
      const path = marker.getElement();
      path.setAttribute('role', 'button');
      path.setAttribute('aria-label', String(p.name));
      path.setAttribute('aria-pressed', String(isPicked));
      if (!disabled) path.setAttribute('tabindex', '0');
      path.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          pick(p);
        }
      });
    }
    box.dataset.picked = picked ?? '';
  }

  draw(ctx);
  return {
    update: draw,
    destroy() {
      observer.disconnect();
      map.remove();
    },
  };
}
