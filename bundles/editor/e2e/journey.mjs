// The creator's journey in a real browser against a running platform:
// sign up → unik → space → draw a small MMOOMM scene → version → publish with playcanvas-core through its generated
// form → open the published app and screenshot it → second version → roll back.
// Usage: node e2e/journey.mjs <base URL> <screenshot dir>. Prints "RESULT {json}" last; exits non-zero on failure.
import { launch, page, step } from './browser.mjs';

const [base, dir] = [process.argv[2] ?? 'http://127.0.0.1:8181', process.argv[3] ?? 'target/e2e'];
/** Every visible form control has a label a screen reader can announce. */
async function unlabelled(p, where) {
  const missing = await p.evaluate(() => [...document.querySelectorAll('input, select, textarea')]
    .filter((e) => e.type !== 'hidden' && e.offsetParent !== null && !(e.labels && e.labels.length)
      && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
    .map((e) => e.outerHTML.slice(0, 120)));
  if (missing.length) {
    throw new Error(`controls without a label on ${where}: ${missing.join(' | ')}`);
  }
}

const browser = await launch();
const result = {};
try {
  const p = await page(browser, dir);
  step('sign up');
  await p.goto(base + '/editor/');
  await p.getByRole('link', { name: 'Create account' }).click();
  const email = `creator-${Date.now()}@example.org`;
  await p.getByLabel('Email').fill(email);
  await p.getByLabel('Display name').fill('Creator');
  await p.getByLabel('Password').fill('creator-password-1');
  await p.shot('sign-up');
  await p.getByRole('button', { name: 'Create account' }).click();
  await p.getByRole('heading', { name: 'Uniks' }).waitFor();
  await p.shot('home');

  step('unik and space');
  await p.getByLabel('Name').first().fill('Kubio studio');
  await p.getByRole('button', { name: 'New unik' }).click();
  await p.getByRole('heading', { name: 'Kubio studio' }).waitFor();
  await p.shot('unik');
  await p.getByLabel('Name').first().fill('Sector Kubio');
  await p.getByRole('button', { name: 'New space' }).click();
  await p.getByTestId('canvas').waitFor();
  const spaceUrl = p.url();
  const spaceId = spaceUrl.split('/spaces/')[1];

  step('draw a scene');
  const add = async (type) => {
    await p.locator(`.palette-item[data-type="${type}"]`).click();
  };
  for (const type of ['Space', 'Entity', 'Component', 'Camera']) {
    await add(type);
  }
  // the keyboard way: a palette button and the selected node's connection form
  await p.locator('.palette-item[data-type="Light"]').focus();
  await p.keyboard.press('Enter');
  await p.locator('#connect-to').focus();
  await p.locator('#connect-to').selectOption({ label: 'light → Space.lights' });
  await p.getByRole('button', { name: 'Connect', exact: true }).focus();
  await p.keyboard.press('Enter');
  await p.getByRole('button', { name: 'Remove' }).first().waitFor();
  // moving a node is an edit like any other (saved, undoable)
  const head = await p.locator('.react-flow__node[data-id="Light_0"] .updl-node-head').boundingBox();
  await p.mouse.move(head.x + 20, head.y + 8);
  await p.mouse.down();
  await p.mouse.move(head.x + 60, head.y + 40, { steps: 5 });
  await p.mouse.up();
  await p.getByRole('button', { name: 'fit view' }).click();
  // fit view animates the viewport: read handle positions only once they stop moving
  const settled = async (selector) => {
    let last = null;
    for (let i = 0; i < 50; i++) {
      const box = await p.locator(selector).boundingBox();
      if (last && box && Math.abs(box.x - last.x) < 0.5 && Math.abs(box.y - last.y) < 0.5) {
        return box;
      }
      last = box;
      await p.waitForTimeout(50);
    }
    return last;
  };
  const connect = async (from, out, to, input) => {
    const a = await settled(`.react-flow__node[data-id="${from}"] .react-flow__handle.source[data-handleid="${out}"]`);
    const b = await settled(`.react-flow__node[data-id="${to}"] .react-flow__handle.target[data-handleid="${input}"]`);
    await p.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await p.mouse.down();
    await p.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
    await p.mouse.up();
  };
  await connect('Component_0', 'component', 'Entity_0', 'components');
  await connect('Entity_0', 'entity', 'Space_0', 'entities');
  await connect('Camera_0', 'camera', 'Space_0', 'cameras');
  await p.shot('connected');
  const edges = await p.locator('.react-flow__edge').count();
  if (edges !== 4) {
    throw new Error(`expected 4 edges on the canvas, found ${edges}`);
  }
  step('edit node data through the schema form');
  await p.locator('.react-flow__node[data-id="Component_0"]').click();
  await p.locator('#node-Component_0_componentType').selectOption('render').catch(async () => {
    await p.locator('#node-Component_0_componentType').fill('render');
  });
  await p.locator('#node-Component_0_color').fill('#ff8800');
  await p.locator('.react-flow__node[data-id="Entity_0"]').click();
  await p.locator('#node-Entity_0_entityType').selectOption('ship').catch(async () => {
    await p.locator('#node-Entity_0_entityType').fill('ship');
  });
  await p.getByTestId('save-state').filter({ hasText: 'Saved' }).waitFor();
  await p.shot('scene');

  await unlabelled(p, 'the canvas page');

  step('a value the server refuses is kept, marked on its node, and saved once fixed');
  await p.locator('.react-flow__node[data-id="Camera_0"]').click();
  await p.locator('#node-Camera_0_fieldOfView').fill('500');
  await p.getByTestId('save-state').filter({ hasText: 'Not saved' }).waitFor();
  await p.locator('.react-flow__node[data-id="Camera_0"] .updl-node.invalid').waitFor();
  await p.locator('.problems-panel').filter({ hasText: 'Camera_0' }).waitFor();
  await p.shot('problem');
  if (await p.locator('#node-Camera_0_fieldOfView').inputValue() !== '500') {
    throw new Error('the refused value was lost');
  }
  await p.locator('#node-Camera_0_fieldOfView').fill('60');
  await p.getByTestId('save-state').filter({ hasText: 'Saved' }).waitFor();
  await p.locator('.react-flow__node[data-id="Camera_0"] .updl-node.invalid').waitFor({ state: 'detached' });

  step('diagram layer: shapes, text, arrow, anchor, group, layers, export and import');
  const shapeAt = (id) => p.locator(`.react-flow__node[data-id="shape:${id}"]`);
  await p.locator('[data-shape-kind="rectangle"]').click();
  await p.locator('#shape-text').fill('Mining zone');
  await p.locator('#shape-anchor').selectOption('Entity_0');
  await p.locator('[data-shape-kind="text"]').click();
  await p.locator('#shape-text').fill('Kubio belt');
  await p.getByRole('button', { name: 'fit view' }).click();
  const from = await settled('.react-flow__node[data-id="shape:rectangle-1"] .react-flow__handle.source');
  const to = await settled('.react-flow__node[data-id="shape:text-1"] .react-flow__handle.target');
  await p.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await p.mouse.down();
  await p.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
  await p.mouse.up();
  await p.locator('.react-flow__edge[data-id="shape:arrow-1"]').waitFor();
  await p.locator('.react-flow__edge[data-id="shape:rectangle-1:anchor"]').waitFor();
  await shapeAt('rectangle-1').click();
  await shapeAt('text-1').click({ modifiers: ['Control'] });
  await p.getByRole('button', { name: 'Group', exact: true }).click();
  await shapeAt('group-1').waitFor();
  await p.getByRole('button', { name: '+ Layer' }).click();
  await p.getByRole('checkbox', { name: 'visible' }).last().uncheck();
  await shapeAt('rectangle-1').waitFor({ state: 'hidden' });
  await p.getByRole('checkbox', { name: 'visible' }).last().check();
  await shapeAt('rectangle-1').waitFor();
  await p.getByTestId('save-state').filter({ hasText: 'Saved' }).waitFor();
  await p.shot('diagram');
  const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Export diagram' }).click()]);
  const exported = JSON.parse(await (await import('node:fs/promises')).readFile(await download.path(), 'utf8'));
  const kinds = exported.shapes.map((x) => x.kind).sort().join(',');
  if (kinds !== 'arrow,group,rectangle,text' || exported.layers.length !== 2) {
    throw new Error('exported diagram: ' + JSON.stringify(exported));
  }
  await p.getByLabel('Import diagram').setInputFiles({ name: 'diagram.json', mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ layers: exported.layers, shapes: [{ id: 'note', kind: 'ellipse',
      layerId: exported.layers[0].id, geometry: { x: 0, y: -200, width: 120, height: 80 }, text: 'Imported' }] })) });
  await shapeAt('note').waitFor();
  await shapeAt('rectangle-1').waitFor({ state: 'detached' });
  await p.getByTestId('save-state').filter({ hasText: 'Saved' }).waitFor();
  await p.getByRole('button', { name: 'Undo' }).click();
  await shapeAt('rectangle-1').waitFor();
  await p.getByTestId('save-state').filter({ hasText: 'Saved' }).waitFor();

  step('undo and redo, by button and by keyboard');
  await p.getByRole('button', { name: 'Undo' }).click();
  await p.getByRole('button', { name: 'Redo' }).click();
  await p.locator('.react-flow__pane').click();
  await p.keyboard.press('Control+z');
  await p.keyboard.press('Control+Shift+z');
  await p.getByTestId('save-state').filter({ hasText: 'Saved' }).waitFor();

  step('version 1');
  await p.getByLabel('Version label').fill('first light');
  await p.getByRole('button', { name: 'Make version' }).click();
  await p.getByTestId('versions').getByText('v1').waitFor();

  step('publish v1 with playcanvas-core');
  await p.getByRole('link', { name: 'Publish' }).click();
  await p.getByTestId('templates').waitFor();
  await p.getByRole('radio', { name: /PlayCanvas/ }).first().check();
  await p.getByTestId('settings-form').waitFor();
  await p.locator('#settings_title').fill('x'.repeat(300));
  await p.getByRole('button', { name: 'Build', exact: true }).click();
  await p.getByRole('alert').filter({ hasText: 'do not fit the template' }).filter({ hasText: '/settings/title' }).waitFor();
  await p.locator('#settings_title').fill('Kubio v1');
  await p.locator('#settings_cameraControls').selectOption('none');
  await p.getByRole('button', { name: 'Build', exact: true }).click();
  await p.getByTestId('build-status').filter({ hasText: 'succeeded' }).waitFor({ timeout: 60000 });
  await unlabelled(p, 'the publish page');
  await p.shot('built');
  await p.getByLabel('Address (slug)').fill(`kubio-${Date.now().toString(36)}`);
  await p.getByRole('button', { name: 'Create publication' }).click();
  await p.getByRole('button', { name: 'Publish this build' }).click();
  await p.getByTestId('publication-versions').getByText('v1 (active)').waitFor();
  const url = await p.getByTestId('app-link').getAttribute('href');
  result.appUrl = new URL(url, base).toString();
  await p.shot('published');

  step('play signed in: the editor opens the app in a new tab with a one-time code');
  const [played] = await Promise.all([p.context().waitForEvent('page'), p.getByTestId('play').click()]);
  await played.waitForFunction(() => window.UNIVERSO_SESSION && window.UNIVERSO_SESSION.accessToken() !== null);
  result.played = await played.evaluate((creator) => ({ signedInAsCreator: window.UNIVERSO_SESSION.user()?.email === creator,
    hash: location.hash, form: !!document.getElementById('universo-sign-in') }), email);
  result.playedErrors = played.errors ?? [];
  await played.close();

  step('open the published app');
  const app = await page(browser, dir, { width: 800, height: 600 });
  await app.goto(result.appUrl);
  await app.waitForFunction(() => document.title.includes('Kubio v1'));
  await app.waitForTimeout(1500);
  result.appShotV1 = await app.shot('app-v1');
  result.appErrors = app.errors;

  step('version 2, published and active');
  await p.getByRole('link', { name: /Sector Kubio/ }).click();
  await p.getByTestId('canvas').waitFor();
  await p.locator('.palette-item[data-type="Object"]').click();
  await p.getByTestId('save-state').filter({ hasText: 'Saved' }).waitFor();
  await p.getByLabel('Version label').fill('second');
  await p.getByRole('button', { name: 'Make version' }).click();
  await p.getByTestId('versions').getByText('v2').waitFor();
  await p.getByRole('link', { name: 'Publish' }).click();
  await p.getByRole('radio', { name: /PlayCanvas/ }).first().check();
  await p.locator('#space-version').selectOption('2');
  await p.locator('#settings_title').fill('Kubio v2');
  await p.locator('#settings_cameraControls').selectOption('none');
  await p.getByRole('button', { name: 'Build', exact: true }).click();
  await p.getByTestId('build-status').filter({ hasText: 'succeeded' }).waitFor({ timeout: 60000 });
  await p.getByRole('button', { name: 'Publish this build' }).click();
  await p.getByTestId('publication-versions').getByText('v2 (active)').waitFor();
  await app.goto(result.appUrl);
  await app.waitForFunction(() => document.title.includes('Kubio v2'));
  result.activeAfterPublish = 2;

  step('compare published versions, preview, copy a preview link');
  await p.getByTestId('publication-versions').locator('tr', { hasText: 'v2' }).getByRole('button', { name: 'Compare' }).click();
  await p.getByTestId('publication-comparison').filter({ hasText: 'space: v1 → v2' }).waitFor();
  await p.getByRole('button', { name: 'Preview', exact: true }).click();
  const preview = await p.getByTestId('preview-link').getAttribute('href');
  await app.goto(new URL(preview, base).toString());
  await app.waitForFunction(() => document.title.includes('Kubio v2'));
  await p.getByTestId('publication-versions').locator('tr', { hasText: 'v1' }).getByRole('button', { name: 'Copy preview link' }).click();
  await p.getByTestId('publication-versions').locator('tr', { hasText: 'v1' }).getByRole('button', { name: 'Copied' }).waitFor();
  const copiedLink = await p.evaluate(() => navigator.clipboard.readText());
  await app.goto(copiedLink);
  await app.waitForFunction(() => document.title.includes('Kubio v1'));

  step('roll back');
  await p.getByRole('button', { name: 'Roll back' }).click();
  await p.getByTestId('publication-versions').getByText('v1 (active)').waitFor();
  await app.goto(result.appUrl);
  await app.waitForFunction(() => document.title.includes('Kubio v1'));
  result.activeAfterRollback = 1;
  await p.shot('rolled-back');
  await p.getByTestId('publication-versions').locator('tr', { hasText: 'v2' }).getByRole('button', { name: 'Activate' }).click();
  await p.getByTestId('publication-versions').getByText('v2 (active)').waitFor();
  await app.goto(result.appUrl);
  await app.waitForFunction(() => document.title.includes('Kubio v2'));

  step('restore version 1 as the draft');
  await p.getByRole('link', { name: /Sector Kubio/ }).click();
  await p.getByTestId('canvas').waitFor();
  if (await p.locator('.react-flow__node[data-id="Object_0"]').count() !== 1) {
    throw new Error('the draft should hold the Object added for version 2');
  }
  await p.getByTestId('versions').locator('li', { hasText: 'first light' }).getByRole('button', { name: 'Restore' }).click();
  await p.locator('.react-flow__node[data-id="Object_0"]').waitFor({ state: 'detached' });
  await p.locator('.react-flow__node[data-id="Component_0"]').waitFor();
  await p.shot('restored');

  step('compare versions, a second canvas, an upstream canvas file');
  await p.getByTestId('versions').locator('li', { hasText: 'second' }).getByRole('button', { name: 'Compare' }).click();
  await p.locator('pre.diff').filter({ hasText: 'Object_0' }).waitFor();
  await p.getByRole('button', { name: 'New canvas' }).click();
  await p.getByRole('tab', { name: 'Canvas 2', selected: true }).waitFor();
  await p.locator('.palette-item[data-type="Data"]').click();
  await p.getByTestId('save-state').filter({ hasText: 'Saved' }).waitFor();
  await p.getByLabel('Import canvas JSON').setInputFiles('../updl/src/test/resources/fixtures/upstream-quiz.json');
  await p.getByRole('tab', { name: 'upstream-quiz' }).click();
  await p.locator('.react-flow__node-updl').first().waitFor();
  const imported = await p.locator('.react-flow__node-updl').count();
  if (imported < 3) {
    throw new Error(`the imported quiz canvas shows ${imported} nodes`);
  }
  await p.getByRole('tab', { name: 'Canvas 2' }).click();
  await p.locator('.react-flow__node[data-id="Data_0"]').waitFor();
  await p.shot('imported');

  step('a Space link node opens the space it includes');
  await p.getByRole('link', { name: '←', exact: true }).click();
  await p.getByLabel('Name').first().fill('Station Kubio');
  await p.getByRole('button', { name: 'New space' }).click();
  await p.getByTestId('canvas').waitFor();
  const stationId = p.url().split('/spaces/')[1];
  await p.locator('.palette-item[data-type="Space"]').click();
  await p.getByTestId('save-state').filter({ hasText: 'Saved' }).waitFor();
  await p.getByLabel('Version label').fill('station');
  await p.getByRole('button', { name: 'Make version' }).click();
  await p.getByTestId('versions').getByText('v1').waitFor();
  await p.goto(spaceUrl);
  await p.getByRole('tab', { name: 'Canvas 2' }).click();
  await p.locator('.palette-item[data-type="SpaceLink"]').click();
  // a link without its target is refused and marked until the target is filled in
  await p.locator('.react-flow__node[data-id="SpaceLink_0"] .updl-node.invalid').waitFor();
  await p.locator('#node-SpaceLink_0_spaceId').fill(stationId);
  await p.getByTestId('save-state').filter({ hasText: 'Saved' }).waitFor();
  await p.getByRole('button', { name: 'Open linked space' }).click();
  await p.waitForURL(`**/spaces/${stationId}`);
  await p.locator('.react-flow__node[data-id="Space_0"]').waitFor();
  await p.goto(spaceUrl);
  await p.getByTestId('canvas').waitFor();

  step('metaverses: create, edit, link, list a space');
  await p.getByRole('link', { name: 'Universo Platformo' }).click();
  await p.getByLabel('Name').nth(1).fill('Outer ring');
  await p.getByRole('button', { name: 'New metaverse' }).click();
  await p.getByRole('heading', { name: 'Outer ring' }).waitFor();
  const outerId = p.url().split('/metaverses/')[1];
  await p.getByRole('link', { name: /Metaverses/ }).click();
  await p.getByLabel('Name').nth(1).fill('Kubio sector');
  await p.locator('#mv-visibility').selectOption('public');
  await p.getByRole('button', { name: 'New metaverse' }).click();
  await p.getByRole('heading', { name: 'Kubio sector' }).waitFor();
  await p.getByText('Edit', { exact: true }).click();
  await p.locator('#f-mv-edit-name').fill('Kubio sector prime');
  await p.getByRole('button', { name: 'Save' }).click();
  await p.getByRole('heading', { name: 'Kubio sector prime' }).waitFor();
  await p.locator('#f-link-target').fill(outerId);
  await p.locator('#link-kind').selectOption('partner');
  await p.getByRole('button', { name: 'Link', exact: true }).click();
  await p.getByRole('link', { name: outerId }).waitFor();
  await p.locator('#f-list-space').fill(spaceId);
  await p.getByRole('button', { name: 'List a space (id)' }).click();
  await p.getByRole('link', { name: 'Sector Kubio' }).waitFor();
  await p.shot('metaverse');

  step('lists on a phone-width screen');
  const tokens = await p.evaluate(() => localStorage.getItem('universo.tokens'));
  const phone = await page(browser, dir, { width: 390, height: 844 });
  await phone.addInitScript((t) => localStorage.setItem('universo.tokens', t), tokens);
  await phone.goto(base + '/editor/');
  await phone.getByTestId('uniks').getByText('Kubio studio').waitFor();
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  if (overflow > 1) {
    throw new Error(`the home page scrolls sideways by ${overflow}px on a phone`);
  }
  await phone.shot('phone-home');
  await phone.locator('#lang').selectOption('ru');
  await phone.getByRole('heading', { name: 'Юники' }).waitFor();
  await phone.getByRole('button', { name: 'Выйти' }).waitFor();

  result.failedRequests = [...p.failures];
  step('a stale access token is renewed without the user noticing');
  const real = JSON.parse(tokens);
  await p.evaluate((r) => localStorage.setItem('universo.tokens', JSON.stringify({ accessToken: 'stale', refreshToken: r })),
    real.refreshToken);
  await p.goto(base + '/editor/');
  await p.getByTestId('uniks').getByText('Kubio studio').waitFor();
  const renewed = JSON.parse(await p.evaluate(() => localStorage.getItem('universo.tokens')));
  if (renewed.accessToken === 'stale' || renewed.refreshToken === real.refreshToken) {
    throw new Error('the tokens were not renewed');
  }
  result.renewed = true;

  step('an expired session asks to sign in again');
  result.refusals = [...new Set(p.refusals.map((x) => x.replace(/"traceId":"[0-9a-f]+"/, '')))];
  await p.evaluate(() => localStorage.setItem('universo.tokens',
    JSON.stringify({ accessToken: 'expired', refreshToken: 'revoked' })));
  await p.goto(base + '/editor/');
  await p.getByText('Your session has expired').waitFor();
  await p.shot('session-expired');

  step('sign in again, then sign out');
  await p.getByLabel('Email').fill(email);
  await p.getByLabel('Password').fill('creator-password-1');
  await p.getByRole('button', { name: 'Sign in' }).click();
  await p.getByTestId('uniks').getByText('Kubio studio').waitFor();
  await p.getByRole('button', { name: 'Sign out' }).click();
  await p.getByRole('heading', { name: 'Sign in' }).waitFor();
  if (await p.evaluate(() => localStorage.getItem('universo.tokens')) !== null) {
    throw new Error('signing out left tokens behind');
  }
  // the console names the failed requests again; they are checked one by one in failedRequests
  result.editorErrors = p.errors.filter((e) => !/Failed to load resource/.test(e));
  console.log('RESULT ' + JSON.stringify(result));
} catch (e) {
  console.error('[e2e] failed: ' + (e.stack ?? e));
  process.exitCode = 1;
} finally {
  await browser.close();
}
