// Map: Leaflet with no tile layer; countries from world-atlas (Natural Earth) via topojson-client,
// cities placed by GeoNames (cities-ru.json, built from cities1000 at build time).
import { api, el, t, idPath, loadScript, loadCss } from './util.js';

let map = null;
let builtFor = null;
let placesPromise = null;

function norm(s) {
  return String(s || '').toLowerCase().replace(/ё/g, 'е').replace(/[^\p{L}\p{N}]+/gu, '');
}

async function places() {
  if (!placesPromise) {
    placesPromise = fetch('/vendor/geonames/cities-ru.json').then((r) => r.json()).then((rows) => {
      const index = new Map();
      for (const c of rows) { // most populous first: the first match wins
        for (const n of [c.name, c.asciiname, ...(c.alternatenames || [])]) {
          const k = norm(n);
          if (k && !index.has(k)) index.set(k, c);
        }
      }
      return index;
    });
  }
  return placesPromise;
}

/** Finds a city by its Russian label, then English label, then other names. */
export function locate(index, entity) {
  const names = [entity.labels?.ru, entity.labels?.en, entity.label, ...(entity.altLabels || [])];
  for (const n of names) {
    const hit = index.get(norm(n));
    if (hit) return hit;
  }
  return null;
}

export async function show(params, explorer, { langChanged }) {
  const lang = document.documentElement.lang;
  if (map && builtFor === lang && !langChanged) { map.invalidateSize(); return; }
  await Promise.all([loadCss('/vendor/leaflet/leaflet.css'), loadScript('/vendor/leaflet/leaflet.js'), loadScript('/vendor/topojson-client/topojson-client.min.js')]);
  const L = window.L;
  const [topo, index, cities] = await Promise.all([
    fetch('/vendor/world-atlas/countries-50m.json').then((r) => r.json()), places(), api('/api/cities', { limit: 500 })]);
  if (map) { map.remove(); map = null; }
  const container = document.getElementById('map');
  container.replaceChildren();
  map = L.map(container, { zoomSnap: 0.5, worldCopyJump: false, attributionControl: true }).setView([56, 45], 4);
  explorer.map = map;
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('© <a href="/vendor/geonames/NOTICE">GeoNames</a> (CC BY), Natural Earth · Leaflet');
  const countries = window.topojson.feature(topo, topo.objects.countries);
  L.geoJSON(countries, {
    style: (f) => (f.id === '643' || f.properties?.name === 'Russia'
      ? { color: '#8a6d3b', weight: 1, fillColor: '#fbeecb', fillOpacity: 1 }
      : { color: '#999', weight: 0.5, fillColor: '#eef0f2', fillOpacity: 1 }),
    interactive: false,
  }).addTo(map);

  const entities = await Promise.all(cities.items.map((c) => api(`/api/entities/${idPath(c.id)}`).catch(() => null)));
  const placed = new Map();
  const missing = [];
  entities.forEach((e, i) => {
    if (!e) return;
    const p = locate(index, e);
    if (!p) { missing.push(e.label); return; }
    placed.set(e.id, { e, latlng: [p.lat, p.lon] });
  });

  // Partner cities (pck:partnerOf) as solid lines; cities of the same event as dashed lines.
  const drawn = new Set();
  const events = new Map();
  for (const { e } of placed.values()) {
    for (const r of e.relations || []) {
      const iri = r.property.iri;
      for (const x of r.entities) {
        if (iri.endsWith('#partnerOf') && placed.has(x.id)) {
          const key = [e.id, x.id].sort().join('|');
          if (drawn.has(key)) continue;
          drawn.add(key);
          L.polyline([placed.get(e.id).latlng, placed.get(x.id).latlng], { color: '#1f5fa8', weight: 3, opacity: 0.8 })
            .bindTooltip(`${e.label} — ${x.label}: ${r.property.label}`).addTo(map);
        } else if (/#city(TookPartIn|InvolvedIn)$/.test(iri) && x.id.startsWith('event/')) {
          if (!events.has(x.id)) events.set(x.id, new Set());
          events.get(x.id).add(e.id);
        }
      }
    }
  }
  const shared = new Map();
  for (const members of events.values()) {
    const list = [...members].sort();
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const key = `${list[i]}|${list[j]}`;
      shared.set(key, (shared.get(key) || 0) + 1);
    }
  }
  for (const [key, count] of shared) {
    if (drawn.has(key)) continue;
    const [a, b] = key.split('|');
    L.polyline([placed.get(a).latlng, placed.get(b).latlng], { color: '#c62828', weight: 1.5, dashArray: '6 6', opacity: 0.7 })
      .bindTooltip(`${placed.get(a).e.label} — ${placed.get(b).e.label}: ${count}`).addTo(map);
  }

  const markers = [];
  for (const { e, latlng } of placed.values()) {
    const icon = L.divIcon({ className: `city-marker ${e.id === 'city/moscow' ? 'moscow' : ''}`, iconSize: [16, 16] });
    const m = L.marker(latlng, { icon, title: e.label, alt: e.label, keyboard: true });
    const popup = el('div', {}, el('strong', {}, e.label), el('br'),
      el('a', { href: `/?view=entity&id=${encodeURIComponent(e.id)}`, 'data-entity': e.id }, e.typeLabel || e.label), ' · ',
      el('a', { href: `/?view=timeline&city=${encodeURIComponent(e.id)}` }, t('nav.timeline')), ' · ',
      el('a', { href: `/?view=graph&id=${encodeURIComponent(e.id)}` }, t('nav.graph')));
    m.bindPopup(popup).bindTooltip(e.label, { permanent: true, direction: 'right', className: 'city-label', offset: [8, 0] });
    m.addTo(map);
    const icn = m.getElement();
    icn.dataset.city = e.id;
    icn.dataset.testid = 'city-marker';
    markers.push(latlng);
  }
  if (markers.length) map.fitBounds(L.latLngBounds(markers).pad(0.35), { maxZoom: 6 });

  if (missing.length) document.getElementById('status').textContent = `${missing.join(', ')}: ${t('map.notFound')}`;
  builtFor = lang;
}
