// Tests of the built output (after `npm run build`), in Chromium and on disk:
// - the CDN bundle, loaded by a plain page on another origin and directory, defines every tag and renders;
// - its lazy chunks resolve against the script's own URL, never the page's, and nothing else is requested;
// - loading it twice (same URL, and a second copy under another URL) throws nothing and warns nothing;
// - every CDN file starts with V8's compile hint (a minifier must not drop it);
// - the npm build has every entry of package.json `exports`, with types and HTMLElementTagNameMap entries.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { launchBrowser } from './lib/browser.mjs';
import { serve } from './lib/serve.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const TAGS = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName);

let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    console.log(`✔ ${name}`);
  } catch (error) {
    failed += 1;
    console.log(`✖ ${name}\n    ${String(error.message).split('\n').join('\n    ')}`);
  }
}

// The page lives on one origin; the script on another, under a nested path.
const pageServer = await serve('test/dist');
const cdnServer = await serve('dist', { headers: { 'Access-Control-Allow-Origin': '*' } });
const scriptUrl = `${cdnServer.url}/cdn/mg-widgets.js`;
const browser = await launchBrowser();

async function openPage(scripts, { extraHtml = '' } = {}) {
  const page = await browser.newPage();
  const log = { errors: [], warnings: [], requests: [] };
  page.on('pageerror', (error) => log.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'warning') log.warnings.push(message.text());
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) log.errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) {
      log.errors.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  page.on('request', (request) => log.requests.push(request.url()));
  await page.goto(`${pageServer.url}/publisher-page.html`);
  await page.evaluate(
    async ({ scripts, extraHtml }) => {
      if (extraHtml) document.body.insertAdjacentHTML('beforeend', extraHtml);
      for (const src of scripts) {
        const script = document.createElement('script');
        script.type = 'module';
        script.src = src;
        const loaded = new Promise((resolve, reject) => {
          script.onload = resolve;
          script.onerror = () => reject(new Error(`could not load ${src}`));
        });
        document.head.append(script);
        await loaded;
      }
    },
    { scripts, extraHtml },
  );
  return { page, log };
}

await check('the CDN bundle defines every tag from another origin and directory', async () => {
  const { page, log } = await openPage([scriptUrl]);
  // Every tag should be defined once the script has run; wait a few seconds at most for each.
  const defined = await page.evaluate(
    (tags) =>
      Promise.all(
        tags.map((tag) =>
          Promise.race([customElements.whenDefined(tag).then(() => tag), new Promise((r) => setTimeout(r, 5000))]),
        ),
      ).then((found) => found.filter(Boolean)),
    TAGS,
  );
  assert.deepEqual(defined, TAGS);
  const legend = await page.evaluate(async () => {
    const el = document.querySelector('mg-reader-profile');
    await el.updateComplete;
    return el.shadowRoot.querySelector('legend')?.textContent;
  });
  assert.equal(legend, 'Personalize the numbers');
  assert.deepEqual(log.errors, []);
  await page.close();
});

await check('loading the CDN bundle twice (same URL, then a second copy) throws and warns nothing', async () => {
  const { page, log } = await openPage([scriptUrl, scriptUrl, `${scriptUrl}?copy=2`]);
  const requested = log.requests.filter((url) => url.startsWith(scriptUrl));
  assert.equal(requested.length, 2, `expected two module instances, saw ${requested.join(', ')}`);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.warnings, []);
  await page.close();
});

await check('chunks load relative to the script URL, and no other origin is contacted', async () => {
  const { page, log } = await openPage([scriptUrl]);
  // Give every widget time to ask for its data.
  await page.waitForTimeout(300);
  const scriptsLoaded = log.requests.filter((url) => url.endsWith('.js') || url.includes('.js?'));
  for (const url of scriptsLoaded) assert.ok(url.startsWith(`${cdnServer.url}/cdn/`), `script outside the CDN folder: ${url}`);
  for (const url of log.requests) {
    const origin = new URL(url).origin;
    assert.ok(origin === pageServer.url || origin === cdnServer.url, `unexpected request: ${url}`);
  }
  await page.close();
});

await check("every CDN file's first line is V8's compile hint", async () => {
  const files = ['mg-widgets.js', ...readdirSync('dist/cdn/chunks').map((name) => `chunks/${name}`)];
  for (const file of files) {
    const first = readFileSync(`dist/cdn/${file}`, 'utf8').split('\n', 1)[0];
    assert.equal(first, '//# allFunctionsCalledOnLoad', `dist/cdn/${file}`);
  }
});

await check('package.json exports point at built files', async () => {
  const targets = [];
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    if (subpath.includes('*')) continue;
    for (const file of typeof target === 'string' ? [target] : Object.values(target)) targets.push([subpath, file]);
  }
  for (const [subpath, file] of targets) assert.ok(existsSync(file), `${subpath} -> ${file} does not exist`);
  assert.ok(existsSync(pkg.types), `types: ${pkg.types}`);
  assert.ok(existsSync(pkg.customElements), `customElements: ${pkg.customElements}`);
});

await check('every tag has a class entry, a define entry and a HTMLElementTagNameMap entry', async () => {
  for (const tag of TAGS) {
    const name = tag.replace(/^mg-/, '');
    const classEntry = pkg.exports[`./${name}`];
    const defineEntry = pkg.exports[`./${name}/define`];
    assert.ok(classEntry && defineEntry, `exports for ./${name} and ./${name}/define`);
    const types = readFileSync(defineEntry.types, 'utf8');
    assert.match(types, new RegExp(`'${tag}':`), `${defineEntry.types} declares ${tag} in HTMLElementTagNameMap`);
    const code = readFileSync(classEntry.default, 'utf8');
    assert.doesNotMatch(code, /customElements\.define|defineElement\(/, `${classEntry.default} must not register anything`);
  }
});

await check('the npm build keeps Lit external', async () => {
  const code = readFileSync('dist/esm/components/reader-profile/reader-profile.js', 'utf8');
  assert.match(code, /from 'lit'/);
  assert.ok(!existsSync('dist/esm/node_modules'), 'no node_modules copied into dist/esm');
});

await browser.close();
await pageServer.close();
await cdnServer.close();
if (failed) {
  console.error(`\n${failed} check(s) of the built output failed.`);
  process.exit(1);
}
console.log('\nThe built output passed every check.');
