// Asks a SPARQL endpoint one SELECT query with Comunica and prints the bindings as JSON:
//   node query.mjs <endpoint> <query>
import { QueryEngine } from '@comunica/query-sparql';

const [endpoint, query] = process.argv.slice(2);
const engine = new QueryEngine();
const stream = await engine.queryBindings(query, { sources: [{ type: 'sparql', value: endpoint }] });
const rows = (await stream.toArray()).map(b => Object.fromEntries([...b].map(([v, term]) => [v.value, term.value])));
console.log(JSON.stringify(rows));
