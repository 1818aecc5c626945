/*
 * Partner Cities KG — analyst explorer. One page, plain ES modules, no framework.
 * Every library is served by the product from /vendor/… (copied from npm at build time by
 * src/main/frontend/build.mjs); the page makes no request outside its own origin.
 *
 * URLs (History API, query parameters on "/"; `lang=en` switches labels and API answers to English):
 *   /?view=search&q=…                 full search results grouped by type
 *   /?view=entity&id=person/sitnova-elena-vladimirovna
 *   /?view=graph&id=school/ivanovo-56       (&limit=1…150, default 150 nodes per neighbourhood)
 *   /?view=paths&from=…&to=…
 *   /?view=timeline&city=city/ivanovo&kind=seminar&theme=practice/…
 *   /?view=map
 *   /?view=sparql&query=…             (the query text, URL-encoded)
 *
 * Stable hooks for the end-to-end tests:
 *   #search                      search input (role=combobox)
 *   #suggestions                 its listbox; items [data-testid=suggestion][data-id=<entity id>]
 *   [data-view=search|graph|paths|timeline|map|sparql]   navigation links
 *   [data-lang=ru|en]            language buttons (#lang-ru, #lang-en)
 *   [data-testid=search-result][data-id]                 full search results ([data-testid=result-group] per type)
 *   #entity-title                entity label in the entity view; [data-testid=rdf-format], [data-testid=html-page]
 *   a[data-entity=<id>]          every link that opens an entity inside the explorer
 *   #graph                       graph container; window.explorer.cy is its Cytoscape instance
 *   #graph-message               "показаны не все связи" when the API says truncated
 *   #graph-legend input[data-type]   hide/show a type; #graph-fit #graph-zoom-in #graph-zoom-out #graph-png #graph-graphml
 *   #path-from, #path-to         entity pickers (suggestions #path-from-suggestions, #path-to-suggestions), #path-go
 *   #paths                       path results; [data-testid=path] per path, [data-testid=path-step] per step
 *   #path-graph                  small Cytoscape view of the first path (window.explorer.pathCy)
 *   #timeline                    list; [data-testid=timeline-event][data-id] items contain the dateLabel
 *                                ([data-testid=event-date]); filters #timeline-city #timeline-kind #timeline-theme
 *   #map                         Leaflet map; marker icons [data-testid=city-marker][data-city=<city id>]
 *   #examples                    [data-testid=example-query] buttons; #yasgui holds YASGUI (results table inside)
 *   #sparql-share                puts a shareable link in #sparql-link
 *   #status                      loading / error messages; body[data-view] names the current view
 *   body[data-ready=<view>]      set when a view has finished rendering
 */
import { state, t, el, api, setStatus, errorText } from './util.js';
import { autocomplete } from './autocomplete.js';
import { renderEntity, renderSearch } from './entity.js';

const VIEWS = ['home', 'search', 'entity', 'graph', 'paths', 'timeline', 'map', 'sparql'];
const explorer = { cy: null, pathCy: null, map: null, yasgui: null, state, navigate, params: () => currentParams() };
window.explorer = explorer;

/** Query string with readable entity ids: "/" needs no escaping in a query. */
function query(p) {
  return p.toString().replace(/%2F/gi, '/');
}

function currentParams() {
  return new URLSearchParams(location.search);
}

function currentView(params) {
  const v = params.get('view');
  if (VIEWS.includes(v)) return v;
  if (params.get('id')) return 'entity';
  if (params.get('q')) return 'search';
  return 'home';
}

/** Goes to a URL of the explorer: `navigate({view: 'entity', id})`; keeps lang. */
export function navigate(params, { replace = false } = {}) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') p.set(k, v);
  if (state.lang === 'en') p.set('lang', 'en');
  const url = `/?${query(p)}`;
  if (url === location.pathname + location.search) { render(); return; }
  history[replace ? 'replaceState' : 'pushState'](null, '', url);
  render();
}
explorer.navigate = navigate;

function applyLanguage() {
  document.documentElement.lang = state.lang;
  document.querySelectorAll('[data-i18n]').forEach((n) => { n.textContent = t(n.dataset.i18n); });
  document.querySelectorAll('[data-i18n-placeholder]').forEach((n) => { n.placeholder = t(n.dataset.i18nPlaceholder); });
  document.querySelectorAll('[data-lang]').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.lang === state.lang)));
}

let renderSeq = 0;
const modules = {
  graph: () => import('./graph.js'),
  paths: () => import('./paths.js'),
  timeline: () => import('./timeline.js'),
  map: () => import('./map.js'),
  sparql: () => import('./sparql.js'),
};

async function render() {
  const seq = ++renderSeq;
  const params = currentParams();
  const lang = params.get('lang') === 'en' ? 'en' : 'ru';
  const langChanged = lang !== state.lang;
  state.lang = lang;
  applyLanguage();
  const view = currentView(params);
  document.body.dataset.view = view;
  delete document.body.dataset.ready;
  for (const section of document.querySelectorAll('[data-view-section]')) {
    section.hidden = section.dataset.viewSection !== view;
  }
  document.querySelectorAll('[data-view]').forEach((a) => {
    if (a.dataset.view === view) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  });
  closeNav();
  setStatus('');
  try {
    if (view === 'home') await renderHome(langChanged);
    else if (view === 'search') {
      document.getElementById('search').value = params.get('q') || '';
      document.title = `${params.get('q') || ''} — Partner Cities KG`;
      await renderSearch(document.getElementById('search-results'), params.get('q'));
    } else if (view === 'entity') {
      const e = await renderEntity(document.getElementById('entity'), params.get('id') || '');
      if (e) document.title = `${e.label} — Partner Cities KG`;
    } else {
      setStatus(t('loading'));
      const mod = await modules[view]();
      if (seq !== renderSeq) return;
      setStatus('');
      await mod.show(params, explorer, { langChanged });
      document.title = `${t(`nav.${view}`) === `nav.${view}` ? view.toUpperCase() : t(`nav.${view}`)} — Partner Cities KG`;
    }
  } catch (e) {
    console.warn(e);
    setStatus(errorText(e), 'error');
  }
  if (seq === renderSeq) document.body.dataset.ready = view;
}

let statsShown = null;
async function renderHome(langChanged) {
  document.title = 'Partner Cities KG';
  if (statsShown && !langChanged) return;
  const box = document.getElementById('stats');
  try {
    const stats = await api('/api/stats');
    statsShown = stats;
    const byType = stats.byType || stats.types || [];
    const rows = Array.isArray(byType) ? byType : Object.entries(byType).map(([k, v]) => ({ label: k, count: v }));
    box.replaceChildren(el('ul', { class: 'stat-list' }, rows.slice(0, 16).map((r) =>
      el('li', {}, el('strong', {}, String(r.count ?? r.total ?? '')), ' ', r.label || r.typeLabel || r.type || ''))));
  } catch {
    box.replaceChildren();
  }
}

function closeNav() {
  document.getElementById('nav').classList.remove('open');
  document.getElementById('nav-toggle').setAttribute('aria-expanded', 'false');
  const data = document.getElementById('data-menu');
  if (data) data.open = false;
}

function init() {
  // Links inside the explorer ("/?…") go through the router; everything else is a normal link.
  document.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = e.target.closest('a[href]');
    if (!a || a.target) return;
    const url = new URL(a.href, location.href);
    if (url.origin !== location.origin || url.pathname !== '/') return;
    e.preventDefault();
    const p = Object.fromEntries(url.searchParams);
    delete p.lang;
    navigate(p);
  });
  window.addEventListener('popstate', render);

  document.querySelectorAll('[data-lang]').forEach((b) => b.addEventListener('click', () => {
    const p = Object.fromEntries(currentParams());
    if (b.dataset.lang === 'en') p.lang = 'en'; else delete p.lang;
    history.pushState(null, '', `/?${query(new URLSearchParams(p))}`);
    render();
  }));

  const toggle = document.getElementById('nav-toggle');
  toggle.addEventListener('click', () => {
    const nav = document.getElementById('nav');
    const open = !nav.classList.contains('open');
    nav.classList.toggle('open', open);
    toggle.setAttribute('aria-expanded', String(open));
  });

  autocomplete(document.getElementById('search'), {
    listId: 'suggestions',
    onChoose: (hit) => navigate({ view: 'entity', id: hit.id }),
    onSubmit: (q) => { if (q) navigate({ view: 'search', q }); },
  });
  render();
}

init();
