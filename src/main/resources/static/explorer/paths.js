// Path finder: GET /api/paths?from=&to=&maxLength=4; steps listed, the first path drawn.
import { api, el, t, idPath, errorText } from './util.js';
import { picker } from './autocomplete.js';
import { entityLink } from './entity.js';
import { loadCytoscape, cyStyle } from './graph.js';

let fromPicker = null;
let toPicker = null;
let lastKey = null;

async function labelOf(id) {
  try { return (await api(`/api/entities/${idPath(id)}`)).label; } catch { return id; }
}

export async function show(params, explorer, { langChanged }) {
  if (!fromPicker) {
    fromPicker = picker(document.getElementById('path-from-picker'), { inputId: 'path-from', labelKey: 'paths.from', onChoose: () => {} });
    toPicker = picker(document.getElementById('path-to-picker'), { inputId: 'path-to', labelKey: 'paths.to', onChoose: () => {} });
    document.getElementById('path-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const from = document.getElementById('path-from').dataset.id;
      const to = document.getElementById('path-to').dataset.id;
      if (!from || !to) {
        document.getElementById('paths').replaceChildren(el('p', { class: 'error' }, t('paths.need')));
        return;
      }
      explorer.navigate({ view: 'paths', from, to });
    });
  }
  const from = params.get('from');
  const to = params.get('to');
  const key = `${from}|${to}|${document.documentElement.lang}`;
  if (key === lastKey && !langChanged) return;
  lastKey = key;
  if (from) fromPicker.set(from, await labelOf(from));
  if (to) toPicker.set(to, await labelOf(to));
  const out = document.getElementById('paths');
  const small = document.getElementById('path-graph');
  if (!from || !to) { out.replaceChildren(); small.hidden = true; return; }
  out.replaceChildren(el('p', { class: 'muted' }, t('loading')));
  let answer;
  try {
    answer = await api('/api/paths', { from, to, maxLength: 4 });
  } catch (e) {
    out.replaceChildren(el('p', { class: 'error' }, errorText(e)));
    small.hidden = true;
    return;
  }
  const paths = answer.paths || [];
  if (!paths.length) {
    out.replaceChildren(el('p', {}, t('paths.none')));
    small.hidden = true;
    return;
  }
  out.replaceChildren(...paths.map((p, i) => el('section', { class: 'path', 'data-testid': 'path' },
    el('h2', {}, `${t('paths.path')} ${i + 1} (${p.length})`),
    el('ol', {}, p.steps.map((s) => el('li', { 'data-testid': 'path-step' },
      entityLink(s.from), ' ', el('span', { class: 'rel' }, s.direction === 'in' ? `←${s.relation}—` : `—${s.relation}→`), ' ', entityLink(s.to)))))));
  small.hidden = false;
  const cytoscape = await loadCytoscape();
  const nodes = new Map();
  const edges = [];
  paths[0].steps.forEach((s, i) => {
    for (const n of [s.from, s.to]) nodes.set(n.id, { data: { ...n, short: n.label } });
    const [a, b] = s.direction === 'in' ? [s.to, s.from] : [s.from, s.to];
    edges.push({ data: { id: `p${i}`, source: a.id, target: b.id, label: s.relation } });
  });
  explorer.pathCy?.destroy();
  small.replaceChildren();
  explorer.pathCy = cytoscape({ container: small, elements: [...nodes.values(), ...edges], style: cyStyle(),
    layout: { name: 'breadthfirst', directed: false, padding: 20, roots: [paths[0].steps[0].from.id] }, userZoomingEnabled: false });
  explorer.pathCy.on('dbltap', 'node', (e) => explorer.navigate({ view: 'entity', id: e.target.id() }));
}
