// Framework tests: the React 19 and Vue 3 example apps (examples/) are built with Vite against the npm package, as an
// app would install it (its `exports`, resolved to dist/esm), then driven in Chromium: properties, events, children.
// Run after `npm run build`.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { launchBrowser } from './lib/browser.mjs';
import { serve } from './lib/serve.mjs';

if (!existsSync('dist/esm/define.js')) {
  console.error('No dist/esm: run `npm run build` first.');
  process.exit(1);
}

// `import 'mg-widgets/define'` in the examples resolves through node_modules/mg-widgets, like an installed package.
// The link is made here (and ignored by git): the package is this folder.
const link = resolve('examples/node_modules/mg-widgets');
rmSync(link, { recursive: true, force: true });
mkdirSync(resolve('examples/node_modules'), { recursive: true });
symlinkSync(resolve('.'), link, 'dir');

const out = resolve('examples/dist');
rmSync(out, { recursive: true, force: true });
for (const app of ['react', 'vue']) {
  await build({
    root: resolve('examples', app),
    base: './',
    logLevel: 'warn',
    build: { outDir: resolve(out, app), emptyOutDir: true },
    // Only what an app would do: production mode, nothing aliased.
    mode: 'production',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
}

const server = await serve(out);
const browser = await launchBrowser();
let failed = 0;

async function check(name, fn) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) errors.push(`HTTP ${response.status()} ${response.url()}`);
  });
  try {
    await fn(page);
    assert.deepEqual(errors, [], 'no error in the page');
    console.log(`✔ ${name}`);
  } catch (error) {
    failed += 1;
    console.log(`✖ ${name}\n    ${String(error.message).split('\n').join('\n    ')}`);
  } finally {
    await page.close();
  }
}

for (const app of ['react', 'vue']) {
  const url = `${server.url}/${app}/index.html`;

  await check(`${app}: attributes and state flow into the elements`, async (page) => {
    await page.goto(url);
    await page.waitForFunction(() => customElements.get('mg-reader-profile') && document.querySelector('mg-reader-profile'));
    const picked = await page.evaluate(async () => {
      const profile = document.querySelector('mg-reader-profile');
      await profile.updateComplete;
      return profile.shadowRoot.querySelector('select[name="life-stage"]').value;
    });
    assert.equal(picked, 'female-31-50');
    await page.click('#set-life-stage');
    const after = await page.evaluate(async () => {
      const profile = document.querySelector('mg-reader-profile');
      await profile.updateComplete;
      return profile.profile.lifeStage;
    });
    assert.equal(after, 'male-51-plus');
  });

  await check(`${app}: our events reach the app's handlers`, async (page) => {
    await page.goto(url);
    await page.waitForFunction(() => document.querySelector('mg-reader-profile')?.shadowRoot?.querySelector('select'));
    await page.locator('mg-reader-profile select[name="units"]').selectOption('metric');
    await page.waitForSelector('#log li');
    const entry = await page.textContent('#log li');
    assert.match(entry, /^mg-profile-change .*"units":"metric"/);
    await page.locator('mg-disclaimer-banner').getByRole('button', { name: /dismiss|hide/i }).click();
    await page.waitForFunction(() => document.querySelectorAll('#log li').length >= 2);
    assert.match(await page.textContent('#log li:nth-child(2)'), /^mg-dismiss /);
  });

  await check(`${app}: children stay in the light DOM and fill slots`, async (page) => {
    await page.goto(url);
    await page.waitForFunction(() => document.querySelector('mg-disclaimer-banner')?.shadowRoot);
    const state = await page.evaluate(async () => {
      const banner = document.querySelector('mg-disclaimer-banner');
      await banner.updateComplete;
      const wording = document.querySelector('#publisher-wording');
      return {
        childInProfile: document.querySelector('mg-reader-profile > #child') !== null,
        slotted: wording.assignedSlot?.name ?? null,
        visible: wording.getBoundingClientRect().height > 0,
      };
    });
    assert.deepEqual(state, { childInProfile: true, slotted: 'medical', visible: true });
  });

  await check(`${app}: number and boolean props reach the element as properties`, async (page) => {
    await page.goto(url);
    await page.waitForFunction(() => document.querySelector('mg-food-finder')?.shadowRoot);
    const state = await page.evaluate(async () => {
      const finder = document.querySelector('mg-food-finder');
      await finder.updateComplete;
      for (let i = 0; i < 50 && finder.shadowRoot.querySelector('[aria-busy="true"]'); i++) {
        await new Promise((r) => setTimeout(r, 20));
        await finder.updateComplete;
      }
      return {
        limit: finder.limit,
        limitAttribute: finder.getAttribute('limit'),
        rows: finder.shadowRoot.querySelectorAll('tbody tr').length,
        search: finder.shadowRoot.querySelector('input[type="search"]') !== null,
      };
    });
    // Set as a property, the number arrives as a number and no attribute is written.
    assert.equal(state.limit, 3);
    assert.equal(state.limitAttribute, null);
    assert.equal(state.rows, 3);
    assert.equal(state.search, false, 'static: no search box');
  });
}

await browser.close();
await server.close();
if (failed) {
  console.error(`\n${failed} framework check(s) failed.`);
  process.exit(1);
}
console.log('\nReact 19 and Vue 3 apps passed every check.');
