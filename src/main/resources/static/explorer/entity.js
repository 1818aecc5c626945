// The entity view (GET /api/entities/{kind}/{slug}) and the full search results (GET /api/search).
import { api, el, t, idPath, errorText } from './util.js';

/** A link that opens an entity inside the explorer (the router intercepts data-entity links). */
export function entityLink(e) {
  return el('a', { href: `/?view=entity&id=${encodeURIComponent(e.id)}`, 'data-entity': e.id, class: 'entity-link' }, e.label || e.id);
}

function formatValue(v) {
  if (v.entity) return entityLink(v.entity);
  if (v.id && v.label) return entityLink(v);
  const text = v.value ?? v.label ?? '';
  if (/^https?:\/\//.test(text)) return el('a', { href: text, rel: 'noopener' }, text);
  return el('span', { lang: v.lang || null }, text);
}

export async function renderEntity(container, id) {
  container.replaceChildren(el('p', { class: 'loading' }, t('loading')));
  let e;
  try {
    e = await api(`/api/entities/${idPath(id)}`);
  } catch (err) {
    container.replaceChildren(el('h1', { id: 'entity-title' }, id), el('p', { class: 'error' }, errorText(err)));
    return null;
  }
  const other = Object.entries(e.labels || {}).filter(([, v]) => v !== e.label).map(([lang, v]) => el('span', { lang }, v));
  const header = el('header', { class: 'entity-head' },
    el('p', { class: `type t-${e.type}` }, e.typeLabel, ' ', el('small', {}, (e.types || []).map((x) => x.label).filter((l) => l !== e.typeLabel).join(' · '))),
    el('h1', { id: 'entity-title' }, e.label),
    other.length ? el('p', { class: 'muted' }, other) : null,
    e.altLabels?.length ? el('p', { class: 'muted' }, `${t('entity.alt')}: ${e.altLabels.join('; ')}`) : null,
    e.description ? el('p', { class: 'description' }, e.description) : null,
    el('p', { class: 'actions' },
      el('a', { href: `/?view=graph&id=${encodeURIComponent(e.id)}`, 'data-route': '' }, t('entity.graph')), ' · ',
      el('a', { href: `/?view=paths&from=${encodeURIComponent(e.id)}`, 'data-route': '' }, t('entity.paths')), ' · ',
      el('a', { href: `/id/${idPath(e.id)}`, 'data-testid': 'html-page' }, t('entity.page')), ' · ',
      t('entity.formats'), ': ',
      ...['ttl', 'jsonld', 'rdf', 'nt'].flatMap((f, i) => [i ? ' ' : '', el('a', { href: `/id/${idPath(e.id)}?format=${f}`, 'data-testid': 'rdf-format' }, f)])));

  const facts = (e.facts || []).length ? el('section', { class: 'facts' },
    el('h2', {}, t('entity.facts')),
    el('dl', {}, e.facts.flatMap((f) => [
      el('dt', { title: f.property.iri }, f.property.label),
      el('dd', {}, f.values.flatMap((v, i) => [i ? '; ' : '', formatValue(v)])),
    ]))) : null;

  const relations = (e.relations || []).length ? el('section', { class: 'relations' },
    el('h2', {}, t('entity.relations')),
    el('dl', {}, e.relations.flatMap((r) => [
      el('dt', { title: r.property.iri, class: `dir-${r.direction}` },
        r.direction === 'in' ? `${t('entity.incoming')} ` : '', r.property.label, r.direction === 'out' ? ` ${t('entity.outgoing')}` : ''),
      el('dd', {}, el('ul', { class: 'rel-list' }, r.entities.map((x) => el('li', {}, entityLink(x), ' ', el('span', { class: `type t-${x.type}` }, x.typeLabel)))),
        r.total > r.entities.length ? el('p', { class: 'muted' }, `… ${r.total - r.entities.length} ${t('entity.more')}`) : null),
    ]))) : null;

  const sources = (e.sources || []).length ? el('section', { class: 'sources' },
    el('h2', {}, t('entity.sources')),
    el('ul', {}, e.sources.map((s) => el('li', {},
      el('a', { href: `/id/${idPath(s.id)}` }, s.title || s.label || s.id),
      el('ul', { class: 'passages' }, (s.passages || []).map((p) => el('li', {},
        el('blockquote', {}, '…', el('span', { class: 'ctx' }, p.prefix || ''), el('mark', {}, p.exact), el('span', { class: 'ctx' }, p.suffix || ''), '…')))))))) : null;

  container.replaceChildren(header, facts || '', relations || '', sources || '');
  return e;
}

export async function renderSearch(container, q) {
  container.replaceChildren(el('p', { class: 'loading' }, t('loading')));
  if (!q) { container.replaceChildren(); return; }
  let answer;
  try {
    answer = await api('/api/search', { q, limit: 100 });
  } catch (err) {
    container.replaceChildren(el('p', { class: 'error' }, errorText(err)));
    return;
  }
  const hits = answer.hits || [];
  if (!hits.length) { container.replaceChildren(el('p', {}, `${t('search.none')}: «${q}»`)); return; }
  const groups = new Map();
  for (const h of hits) {
    if (!groups.has(h.typeLabel)) groups.set(h.typeLabel, []);
    groups.get(h.typeLabel).push(h);
  }
  container.replaceChildren(el('p', { class: 'muted' }, `«${q}»: ${answer.total ?? hits.length}`),
    ...[...groups].map(([typeLabel, list]) => el('section', { class: 'group', 'data-testid': 'result-group' },
      el('h2', {}, typeLabel, ' ', el('small', {}, String(list.length))),
      el('ul', {}, list.map((h) => el('li', { 'data-testid': 'search-result', 'data-id': h.id },
        entityLink(h), h.snippet && h.snippet !== h.label ? el('span', { class: 'snippet' }, ` — ${h.snippet}`) : null))))));
}
