// Timeline: GET /api/timeline?city=&kind=&theme=, filters from /api/cities and /api/practices?kind=theme.
import { api, el, t, errorText } from './util.js';
import { entityLink } from './entity.js';

let filledFor = null;
let wired = false;

function options(select, items, selected) {
  select.replaceChildren(el('option', { value: '' }, `— ${t('timeline.all')} —`),
    ...items.map(([value, label]) => el('option', { value, selected: value === selected }, label)));
  select.value = selected || '';
}

export async function show(params, explorer) {
  let city = params.get('city') || '';
  if (city && !city.includes('/')) city = `city/${city}`; // ?city=ivanovo means city/ivanovo
  const kind = params.get('kind') || '';
  const theme = params.get('theme') || '';
  const citySel = document.getElementById('timeline-city');
  const kindSel = document.getElementById('timeline-kind');
  const themeSel = document.getElementById('timeline-theme');
  const lang = document.documentElement.lang;
  if (filledFor !== lang) {
    const [cities, themes] = await Promise.all([api('/api/cities', { limit: 500 }), api('/api/practices', { kind: 'theme', limit: 500 })]);
    options(citySel, cities.items.map((c) => [c.id, c.label]), city);
    options(kindSel, t('kinds').split('|').map((p) => p.split(':')), kind);
    options(themeSel, themes.items.map((x) => [x.id, x.label]), theme);
    filledFor = lang;
  }
  citySel.value = city; kindSel.value = kind; themeSel.value = theme;
  if (!wired) {
    wired = true;
    document.getElementById('timeline-filters').addEventListener('change', () => explorer.navigate({
      view: 'timeline', city: citySel.value, kind: kindSel.value, theme: themeSel.value }));
  }
  const list = document.getElementById('timeline');
  list.setAttribute('aria-busy', 'true');
  try {
    // The API takes a city slug or id; send what the URL says.
    const answer = await api('/api/timeline', { city, kind, theme });
    const events = Array.isArray(answer) ? answer : (answer.items || answer.events || []);
    list.replaceChildren(...(events.length ? events.map((e) => el('li', { 'data-testid': 'timeline-event', 'data-id': e.id },
      el('span', { class: 'date', 'data-testid': 'event-date' }, e.dateLabel || e.date || ''), ' ',
      entityLink(e), ' ', el('span', { class: `type t-${e.type}` }, e.typeLabel),
      e.eventFormat ? el('span', { class: 'muted' }, ` · ${e.eventFormat.label}`) : null))
      : [el('li', { class: 'none' }, t('timeline.none'))]));
  } catch (e) {
    list.replaceChildren(el('li', { class: 'error' }, errorText(e)));
  }
  list.removeAttribute('aria-busy');
}
