// Bundles the SDK as one ES module, <out>/universo-client-sdk.js (and a source map), for the template engine to
// copy into published apps; nothing is fetched from the network at run time.
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';

const out = process.argv[2] ?? 'target/classes/UNIVERSO-INF/client';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: { 'universo-client-sdk': 'src/main/ts/index.ts' },
  bundle: true,
  minify: true,
  sourcemap: 'linked',
  format: 'esm',
  target: 'es2022',
  outdir: out,
  logLevel: 'warning',
});
console.log(`client-sdk: universo-client-sdk.js in ${out}`);
