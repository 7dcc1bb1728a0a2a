// Bundles the SDK as one ES module, <out>/universo-client-sdk.js (and a source map), for the template engine to
// copy into published apps; nothing is fetched from the network at run time.
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';

const out = process.argv[2] ?? 'target/classes/UNIVERSO-INF/client';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const common = { bundle: true, minify: true, sourcemap: 'linked', target: 'es2022', outdir: out, logLevel: 'warning' };
// the SDK as an ES module for applications, and as a classic script (window.UniversoClient) for templates
await build({ ...common, entryPoints: { 'universo-client-sdk': 'src/main/ts/index.ts' }, format: 'esm' });
await build({ ...common, entryPoints: { 'universo-client-sdk.iife': 'src/main/ts/index.ts' }, format: 'iife',
  globalName: 'UniversoClient' });
// the MMOOMM layer, importing the SDK it extends
await build({ ...common, entryPoints: { 'universo-mmoomm-sdk': 'src/main/ts/mmoomm.ts' }, format: 'esm' });
// the PlayCanvas multiplayer runtime, self-contained, loaded after a template's game script
await build({ ...common, entryPoints: { 'universo-playcanvas': 'src/main/ts/playcanvas.ts' }, format: 'iife',
  sourcemap: false });
// the platform's sign-in for every published app, loaded before any template script
await build({ ...common, entryPoints: { 'universo-session': 'src/main/ts/session.ts' }, format: 'iife',
  sourcemap: false });
console.log(`client-sdk: universo-client-sdk.js (+ .iife.js), universo-mmoomm-sdk.js, universo-playcanvas.js, `
  + `universo-session.js in ${out}`);
