// The graph explorer: Cytoscape.js over GET /api/graph/{kind}/{slug}?depth=1&limit=150.
import { api, el, t, idPath, loadScript, setStatus, errorText } from './util.js';
import { picker } from './autocomplete.js';

const MAX_LIMIT = 150;
let LIMIT = MAX_LIMIT; // ?limit=n (1–150) in the URL asks for fewer nodes
const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf',
  '#bcbd22', '#7f7f7f', '#393b79', '#637939', '#8c6d31', '#843c39', '#7b4173', '#3182bd', '#e6550d', '#31a354'];
const SHAPES = ['ellipse', 'round-rectangle', 'diamond', 'triangle', 'hexagon', 'star', 'pentagon', 'octagon',
  'vee', 'rhomboid', 'tag', 'barrel', 'round-triangle', 'concave-hexagon', 'round-diamond', 'cut-rectangle'];
const FIXED = {
  city: ['#c62828', 'star'], school: ['#1f5fa8', 'round-rectangle'], person: ['#2e7d32', 'ellipse'],
  authority: ['#6a1b9a', 'hexagon'], agreement: ['#ef6c00', 'diamond'], practice: ['#00838f', 'triangle'],
  theme: ['#00695c', 'round-triangle'], source: ['#616161', 'tag'], post: ['#558b2f', 'barrel'],
};

function hash(s) { let h = 0; for (const c of s) h = (h * 31 + c.codePointAt(0)) >>> 0; return h; }
/** Colour and shape of a type: fixed for the main kinds, derived from the name for the rest. */
export function typeStyle(type) {
  if (FIXED[type]) return { color: FIXED[type][0], shape: FIXED[type][1] };
  const h = hash(type || '');
  return { color: PALETTE[h % PALETTE.length], shape: SHAPES[(h >>> 5) % SHAPES.length] };
}

export function cyStyle() {
  return [
    { selector: 'node', style: {
      'background-color': (n) => typeStyle(n.data('type')).color,
      shape: (n) => typeStyle(n.data('type')).shape,
      label: 'data(short)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3,
      'text-wrap': 'ellipsis', 'text-max-width': 120, width: 22, height: 22, color: '#1d2430',
      'text-background-color': '#fff', 'text-background-opacity': 0.7, 'text-background-padding': 1 } },
    { selector: 'node.center', style: { width: 34, height: 34, 'border-width': 3, 'border-color': '#f0a000', 'font-weight': 'bold' } },
    { selector: 'node.expanded', style: { 'border-width': 2, 'border-color': '#333' } },
    { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f0a000' } },
    { selector: 'edge', style: {
      width: 1.3, 'line-color': '#9aa3b0', 'target-arrow-color': '#9aa3b0', 'target-arrow-shape': 'triangle',
      'curve-style': 'bezier', label: 'data(label)', 'font-size': 8, color: '#5b6472', 'text-rotation': 'autorotate',
      'text-background-color': '#fff', 'text-background-opacity': 0.6 } },
    { selector: '.hidden', style: { display: 'none' } },
  ];
}

function shortLabel(label) {
  return label && label.length > 40 ? `${label.slice(0, 38)}…` : label;
}

export async function loadCytoscape() {
  await loadScript('/vendor/cytoscape/cytoscape.min.js');
  return window.cytoscape;
}

let cy = null;
let centerId = null;
let centerLang = null;
let hiddenTypes = new Set();
let graphPicker = null;
let truncatedAny = false;

function prepare(elements) {
  for (const n of elements.nodes || []) n.data.short = shortLabel(n.data.label);
  return [...(elements.nodes || []), ...(elements.edges || [])];
}

function message() {
  const m = document.getElementById('graph-message');
  m.textContent = truncatedAny ? `${t('graph.truncated')} (≤ ${LIMIT})` : '';
}

function legend() {
  const box = document.getElementById('graph-legend');
  const types = new Map();
  cy.nodes().forEach((n) => types.set(n.data('type'), n.data('typeLabel') || n.data('type')));
  const items = [...types].sort((a, b) => a[1].localeCompare(b[1])).map(([type, label]) => {
    const s = typeStyle(type);
    const id = `legend-${type}`;
    const box = el('input', { type: 'checkbox', id, 'data-type': type });
    box.checked = !hiddenTypes.has(type);
    box.addEventListener('change', () => {
      if (box.checked) hiddenTypes.delete(type); else hiddenTypes.add(type);
      applyHidden();
    });
    const icon = el('span', { class: 'glyph', 'aria-hidden': 'true' });
    // Only our own constants go into this markup (shape name and colour), never data.
    icon.innerHTML = `<svg width="16" height="16" viewBox="0 0 16 16">${glyph(s.shape, s.color)}</svg>`;
    return el('li', {}, box, icon, el('label', { for: id }, label));
  });
  box.replaceChildren(el('h2', {}, t('graph.legend')), el('ul', {}, items));
}

function glyph(shape, color) {
  const polys = {
    diamond: '8,1 15,8 8,15 1,8', 'round-diamond': '8,1 15,8 8,15 1,8', triangle: '8,1 15,15 1,15', 'round-triangle': '8,1 15,15 1,15',
    hexagon: '4,1 12,1 15,8 12,15 4,15 1,8', 'concave-hexagon': '1,1 15,1 12,8 15,15 1,15 4,8',
    star: '8,1 10,6 15,6 11,9 13,15 8,11 3,15 5,9 1,6 6,6', pentagon: '8,1 15,6 12,15 4,15 1,6',
    octagon: '5,1 11,1 15,5 15,11 11,15 5,15 1,11 1,5', vee: '1,1 8,6 15,1 8,15', rhomboid: '4,2 15,2 12,14 1,14',
    tag: '1,2 11,2 15,8 11,14 1,14', 'cut-rectangle': '4,2 12,2 15,5 15,11 12,14 4,14 1,11 1,5',
  };
  const fill = `fill="${color}" stroke="#0005"`;
  if (shape === 'ellipse') return `<circle cx="8" cy="8" r="7" ${fill}/>`;
  if (polys[shape]) return `<polygon points="${polys[shape]}" ${fill}/>`;
  return `<rect x="1" y="2" width="14" height="12" rx="${shape.startsWith('round') || shape === 'barrel' ? 4 : 0}" ${fill}/>`;
}

function applyHidden() {
  cy.batch(() => {
    cy.nodes().forEach((n) => n.toggleClass('hidden', hiddenTypes.has(n.data('type'))));
  });
}

function layout(animate) {
  const l = cy.layout({ name: 'cose', animate, randomize: false, nodeDimensionsIncludeLabels: true, fit: true, padding: 30,
    idealEdgeLength: () => 90, nodeRepulsion: () => 9000, numIter: 600 });
  l.run();
}

async function expand(id) {
  const node = cy.getElementById(id);
  if (node.hasClass('expanded')) return;
  setStatus(t('loading'));
  try {
    const g = await api(`/api/graph/${idPath(id)}`, { depth: 1, limit: LIMIT });
    truncatedAny = truncatedAny || !!g.truncated;
    const fresh = prepare(g.elements).filter((e) => cy.getElementById(e.data.id).empty());
    const pos = node.position();
    cy.add(fresh.map((e) => (e.data.source ? e : { ...e, position: { x: pos.x + Math.random() * 40 - 20, y: pos.y + Math.random() * 40 - 20 } })));
    node.addClass('expanded');
    applyHidden();
    legend();
    message();
    layout(false);
    setStatus('');
  } catch (e) {
    setStatus(errorText(e), 'error');
  }
}

export async function show(params, explorer, { langChanged }) {
  const id = params.get('id');
  if (!graphPicker) {
    graphPicker = picker(document.getElementById('graph-picker'), {
      inputId: 'graph-entity', labelKey: 'graph.pick',
      onChoose: (hit) => explorer.navigate({ view: 'graph', id: hit.id }),
    });
    wireButtons();
  }
  const container = document.getElementById('graph');
  if (!id) {
    container.replaceChildren(el('p', { class: 'hint graph-empty' }, t('graph.empty')));
    document.getElementById('graph-legend').replaceChildren();
    if (cy) { cy.destroy(); cy = null; explorer.cy = null; }
    centerId = null;
    return;
  }
  const asked = Number.parseInt(params.get('limit'), 10);
  const limit = Number.isFinite(asked) ? Math.min(Math.max(asked, 1), MAX_LIMIT) : MAX_LIMIT;
  if (cy && centerId === id && centerLang === explorerLang() && limit === LIMIT && !langChanged) return;
  LIMIT = limit;
  const cytoscape = await loadCytoscape();
  const g = await api(`/api/graph/${idPath(id)}`, { depth: 1, limit: LIMIT });
  truncatedAny = !!g.truncated;
  hiddenTypes = new Set();
  if (cy) cy.destroy();
  container.replaceChildren();
  cy = cytoscape({ container, elements: prepare(g.elements), style: cyStyle(), minZoom: 0.1, maxZoom: 4 });
  explorer.cy = cy;
  centerId = id;
  centerLang = explorerLang();
  const center = cy.getElementById(id);
  center.addClass('center expanded');
  const label = center.data('label') || id;
  graphPicker.set(id, label);
  document.getElementById('graph-title').textContent = `${t('nav.graph')}: ${label}`;
  cy.on('tap', 'node', (e) => expand(e.target.id()));
  cy.on('dbltap', 'node', (e) => explorer.navigate({ view: 'entity', id: e.target.id() }));
  layout(false);
  legend();
  message();
}

function explorerLang() { return document.documentElement.lang; }

function download(name, blob) {
  const a = el('a', { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}

function xml(s) {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }[c]))
    // characters XML 1.0 does not allow
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

/** The visible part of the graph as GraphML (node label, type, typeLabel, iri; edge label, property). */
export function visibleGraphML(cyInstance) {
  const nodes = cyInstance.nodes().filter((n) => n.visible());
  const edges = cyInstance.edges().filter((e) => e.visible() && e.source().visible() && e.target().visible());
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="typeLabel" for="node" attr.name="typeLabel" attr.type="string"/>',
    '  <key id="iri" for="node" attr.name="iri" attr.type="string"/>',
    '  <key id="elabel" for="edge" attr.name="label" attr.type="string"/>',
    '  <key id="property" for="edge" attr.name="property" attr.type="string"/>',
    '  <graph id="G" edgedefault="directed">'];
  nodes.forEach((n) => {
    lines.push(`    <node id="${xml(n.id())}"><data key="label">${xml(n.data('label'))}</data><data key="type">${xml(n.data('type'))}</data>`
      + `<data key="typeLabel">${xml(n.data('typeLabel'))}</data><data key="iri">${xml(n.data('iri'))}</data></node>`);
  });
  edges.forEach((e, i) => {
    lines.push(`    <edge id="e${i}" source="${xml(e.data('source'))}" target="${xml(e.data('target'))}">`
      + `<data key="elabel">${xml(e.data('label'))}</data><data key="property">${xml(e.data('property'))}</data></edge>`);
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

function fileName(ext) {
  return `${(centerId || 'graph').replace(/[^\w-]+/g, '_')}.${ext}`;
}

function wireButtons() {
  const zoom = (f) => { if (!cy) return; cy.zoom({ level: cy.zoom() * f, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }); };
  document.getElementById('graph-fit').addEventListener('click', () => cy?.fit(cy.elements(':visible'), 30));
  document.getElementById('graph-zoom-in').addEventListener('click', () => zoom(1.25));
  document.getElementById('graph-zoom-out').addEventListener('click', () => zoom(0.8));
  document.getElementById('graph-png').addEventListener('click', () => {
    if (cy) download(fileName('png'), cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }));
  });
  document.getElementById('graph-graphml').addEventListener('click', () => {
    if (cy) download(fileName('graphml'), new Blob([visibleGraphML(cy)], { type: 'application/graphml+xml' }));
  });
}
