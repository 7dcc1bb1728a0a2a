// Bundles the editor into <out>/: app-<hash>.js, app-<hash>.css and an index.html naming them. Content-hashed
// names let the server cache them for a year; index.html itself is never cached.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const out = process.argv[2] ?? 'target/classes/UNIVERSO-INF/editor';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const result = await build({
  entryPoints: { app: 'src/main/web/main.tsx' },
  bundle: true,
  minify: true,
  sourcemap: 'linked',
  format: 'esm',
  target: 'es2022',
  entryNames: '[name]-[hash]',
  outdir: out,
  metafile: true,
  legalComments: 'linked',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
const files = Object.keys(result.metafile.outputs).map((f) => basename(f));
const js = files.find((f) => f.startsWith('app-') && f.endsWith('.js'));
const css = files.find((f) => f.startsWith('app-') && f.endsWith('.css'));
const html = readFileSync('src/main/web/index.html', 'utf8')
  .replace('%APP_JS%', js)
  .replace('%APP_CSS%', css ?? '');
writeFileSync(join(out, 'index.html'), html);
console.log(`editor: ${files.filter((f) => !f.endsWith('.map')).join(', ')} in ${out}`);
