// SPARQL editor: YASGUI (served from /vendor/yasgui) against this server's /sparql.
// Nothing is fetched from elsewhere: the prefix.cc and LOV autocompleters are switched off,
// nothing persists in localStorage, the endpoint catalogue holds only our endpoint.
import { el, loadScript, loadCss, t } from './util.js';

export const PREFIXES = {
  pck: 'https://w3id.org/partner-cities-kg/ontology#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  schema: 'https://schema.org/', // as in ontology/ and data/
  org: 'http://www.w3.org/ns/org#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  dcterms: 'http://purl.org/dc/terms/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  text: 'http://jena.apache.org/text#',
};

const DEFAULT_QUERY = `${Object.entries(PREFIXES).map(([p, iri]) => `PREFIX ${p}: <${iri}>`).join('\n')}

SELECT ?city ?label
WHERE {
  ?city a pck:City ; rdfs:label ?label .
  FILTER(LANG(?label) = "ru")
}
ORDER BY ?label
`;

let yasgui = null;

function tab() { return yasgui.getTab(); }

function shareUrl(query) {
  const p = new URLSearchParams({ view: 'sparql', query });
  if (document.documentElement.lang === 'en') p.set('lang', 'en');
  return `${location.origin}/?${p}`;
}

function remember(query) {
  const url = shareUrl(query);
  if (location.href !== url) history.replaceState(null, '', url);
  return url;
}

export async function show(params, explorer) {
  await Promise.all([loadCss('/vendor/yasgui/yasgui.min.css'), loadScript('/vendor/yasgui/yasgui.min.js')]);
  const Yasgui = window.Yasgui;
  const query = params.get('query') || DEFAULT_QUERY;
  if (!yasgui) {
    // No remote autocompleters (prefix.cc, LOV): only variable names.
    Yasgui.Yasqe.defaults.autocompleters = Yasgui.Yasqe.defaults.autocompleters.filter((a) => !['prefixes', 'property', 'class'].includes(a));
    const endpoint = `${location.origin}/sparql`;
    yasgui = new Yasgui(document.getElementById('yasgui'), {
      requestConfig: { endpoint, method: 'POST', acceptHeaderSelect: 'application/sparql-results+json,*/*;q=0.9' },
      copyEndpointOnNewTab: false,
      endpointCatalogueOptions: { getData: () => [{ endpoint }], keys: [] },
      persistenceId: null,
      populateFromUrl: false,
      autofocus: false,
      yasqe: { value: query, persistenceId: null, autocompleters: ['variables'], editorHeight: '260px' },
      yasr: { prefixes: PREFIXES, persistenceId: null, defaultPlugin: 'table' },
    });
    explorer.yasgui = yasgui;
    yasgui.on('query', (_, tb) => remember(tb.getQuery()));
    // The examples are the project's own .rq files (competency questions first), served by /api/examples.
    const examples = await fetch('/api/examples').then((r) => (r.ok ? r.json() : []));
    const box = document.getElementById('examples');
    box.replaceChildren(el('span', { class: 'muted' }, `${t('sparql.examples')}:`), ...examples.map((x) => el('button', {
      type: 'button', 'data-testid': 'example-query', 'data-example': x.id, title: x.title,
      onclick: () => { tab().setQuery(x.query); remember(x.query); tab().query(); },
    }, x.title.length > 60 ? `${x.title.slice(0, 58)}…` : x.title)));
    document.getElementById('sparql-share').addEventListener('click', () => {
      const url = remember(tab().getQuery());
      const out = document.getElementById('sparql-link');
      out.replaceChildren(el('a', { href: url }, url));
      navigator.clipboard?.writeText(url).catch(() => {});
    });
  }
  if (tab().getQuery() !== query) tab().setQuery(query);
  if (params.get('query')) tab().query();
}
