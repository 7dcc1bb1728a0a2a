// Refreshes openapi.json from a running platform (default http://localhost:8181): its paths and schemas, keys sorted,
// so that the typed REST client follows the server. PostgresIT fails until this is done after an API change.
import { writeFileSync } from 'node:fs';

const base = process.argv[2] ?? 'http://localhost:8181';
const doc = await (await fetch(`${base}/api/v1/openapi.json`)).json();
const sorted = (v) => (Array.isArray(v) ? v.map(sorted) : v && typeof v === 'object'
  ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted(v[k])])) : v);
writeFileSync('openapi.json', `${JSON.stringify(sorted({ components: doc.components, paths: doc.paths }), null, 1)}\n`);
console.log(`openapi.json: ${Object.keys(doc.paths).length} paths from ${base}`);
