// For working on the editor: serves the built app at /editor/ (as the platform does, index.html for routes) and
// passes everything else to a running platform. Usage: node build.mjs && node dev-server.mjs [port] [platform URL]
import { createServer, request } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';

const port = Number(process.argv[2] ?? 8282);
const platform = new URL(process.argv[3] ?? 'http://127.0.0.1:8181');
const dir = 'target/classes/UNIVERSO-INF/editor';
const types = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.map': 'application/json' };

createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path.startsWith('/editor/')) {
    const name = path.slice('/editor/'.length);
    const file = name && !name.includes('..') && existsSync(join(dir, name)) ? name : 'index.html';
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    res.end(readFileSync(join(dir, file)));
    return;
  }
  const upstream = request({ host: platform.hostname, port: platform.port, path: req.url, method: req.method,
    headers: { ...req.headers, host: platform.host } }, (r) => {
    res.writeHead(r.statusCode, r.headers);
    r.pipe(res);
  });
  upstream.on('error', (e) => res.writeHead(502).end(String(e)));
  req.pipe(upstream);
}).listen(port, () => console.log(`editor on http://127.0.0.1:${port}/editor/ (API: ${platform})`));
