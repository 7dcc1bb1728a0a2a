// Debian's Chromium driven by playwright-core: nothing is downloaded. Flags as for the published-app tests
// (software WebGL through SwiftShader, no sandbox inside containers).
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
      '--disable-background-networking', '--disable-component-update', '--no-first-run', '--mute-audio'],
  });
}

/** A page that records console errors and uncaught exceptions, and saves numbered screenshots into {@code dir}. */
let shots = 0;

export async function page(browser, dir, viewport = { width: 1280, height: 800 }) {
  mkdirSync(dir, { recursive: true });
  const context = await browser.newContext({ viewport, permissions: ['clipboard-read', 'clipboard-write'] });
  const p = await context.newPage();
  p.errors = [];
  p.on('console', (m) => m.type() === 'error' && p.errors.push('console: ' + m.text()));
  p.on('pageerror', (e) => p.errors.push('page: ' + e.message));
  p.failures = [];
  p.refusals = [];
  p.on('response', async (r) => r.status() === 422 && p.refusals.push(await r.text().catch(() => '')));
  p.on('response', (r) => r.status() >= 400 && p.failures.push(`${r.status()} ${r.request().method()} ${new URL(r.url()).pathname.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '{id}')}`));
  p.shot = async (name) => {
    const file = `${dir}/${String(++shots).padStart(2, '0')}-${name}.png`;
    await p.screenshot({ path: file });
    return file;
  };
  p.setDefaultTimeout(20000);
  return p;
}

export function step(message) {
  console.log(`[e2e] ${new Date().toISOString().slice(11, 23)} ${message}`);
}
