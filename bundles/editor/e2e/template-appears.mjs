// With the publish page open, a template bundle installed into the running server shows up with its settings form,
// and disappears when it is removed, without a reload. The server side is driven by whoever runs this script:
// it prints "READY" (install the template now), then "SEEN" (remove it now), then "GONE".
// Usage: node e2e/template-appears.mjs <base URL> <screenshot dir> <template id> <template name> <a settings field>
import { launch, page, step } from './browser.mjs';

const [base, dir, id, name, field] = process.argv.slice(2);
const api = async (path, body, token, method = 'POST') => {
  const r = await fetch(base + '/api/v1' + path, {
    method: body === undefined ? 'GET' : method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: 'Bearer ' + token } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!r.ok) {
    throw new Error(`${path}: ${r.status} ${await r.text()}`);
  }
  return r.json();
};
const browser = await launch();
try {
  step('a creator with a versioned space, through the API');
  const creator = { email: `tpl-${Date.now()}@example.org`, password: 'creator-password-1' };
  await api('/auth/register', creator); // 202 whether the email had an account or not: sign in next
  const pair = await api('/auth/login', creator);
  const unik = await api('/uniks', { name: 'Templates' }, pair.accessToken);
  const space = await api(`/uniks/${unik.id}/spaces`, { name: 'Any' }, pair.accessToken);
  await api(`/spaces/${space.id}/draft`, { revision: 0, graph: { canvases: [
    { id: 'main', name: 'Main', order: 0, nodes: [{ id: 'Space_0', type: 'Space', position: { x: 0, y: 0 }, data: {} }],
      edges: [] }] } }, pair.accessToken, 'PUT');
  await api(`/spaces/${space.id}/versions`, { label: 'empty' }, pair.accessToken);
  const p = await page(browser, dir);
  await p.addInitScript((t) => localStorage.setItem('universo.tokens', t),
    JSON.stringify({ accessToken: pair.accessToken, refreshToken: pair.refreshToken }));
  await p.goto(`${base}/editor/uniks/${unik.id}/spaces/${space.id}/publish`);
  await p.getByTestId('templates').waitFor();
  if (await p.locator(`input[name=template][value="${id}"]`).count() !== 0) {
    throw new Error(`${id} is already installed`);
  }
  console.log('READY');
  await p.locator(`input[name=template][value="${id}"]`).waitFor({ timeout: 60000 });
  await p.getByRole('radio', { name: new RegExp(name) }).check();
  await p.locator(`#settings_${field}`).waitFor();
  await p.shot('template-installed');
  console.log('SEEN');
  await p.locator(`input[name=template][value="${id}"]`).waitFor({ state: 'detached', timeout: 60000 });
  await p.getByTestId('settings-form').waitFor({ state: 'detached' });
  await p.shot('template-removed');
  if (p.errors.length) {
    throw new Error('page errors: ' + p.errors.join('; '));
  }
  console.log('GONE');
} catch (e) {
  console.error('[e2e] failed: ' + (e.stack ?? e));
  process.exitCode = 1;
} finally {
  await browser.close();
}
