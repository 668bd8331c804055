// `npm run test:stories`: opens every story of the static Storybook build (storybook-static) in Chromium and fails
// when a story shows Storybook's error display, logs an uncaught error or a console error, or its mg-* element
// has no rendered shadow root.
import { existsSync, readFileSync } from 'node:fs';
import { launchBrowser } from './lib/browser.mjs';
import { serve } from './lib/serve.mjs';

// `node scripts/test-stories.mjs [dir] [--filter text]`: another build folder, or only the stories whose id has `text`.
const args = process.argv.slice(2);
const filterAt = args.indexOf('--filter');
const filter = filterAt >= 0 ? args.splice(filterAt, 2)[1] : undefined;
const dir = args[0] ?? 'storybook-static';
if (!existsSync(`${dir}/index.json`)) {
  console.error(`No ${dir}/index.json: run \`npm run build-storybook\` first.`);
  process.exit(1);
}
const index = JSON.parse(readFileSync(`${dir}/index.json`, 'utf8'));
const stories = Object.values(index.entries).filter(
  (entry) => entry.type === 'story' && (!filter || entry.id.includes(filter)),
);
if (stories.length === 0) {
  console.error('The Storybook build has no stories.');
  process.exit(1);
}

const server = await serve(dir);
const browser = await launchBrowser();
const failures = [];
const started = Date.now();

for (const story of stories) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    // Failed requests are reported below with their URL.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (response.status() >= 400 && path !== '/favicon.ico') problems.push(`HTTP ${response.status()}: ${path}`);
  });
  try {
    await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
    // Either the story renders or Storybook shows its error display; wait for whichever comes first.
    await page.waitForSelector('body.sb-show-main, body.sb-show-errordisplay', { state: 'attached', timeout: 15000 });
    await page.waitForTimeout(50);
    const state = await page.evaluate(async () => {
      const error = document.body.classList.contains('sb-show-errordisplay')
        ? document.querySelector('#error-message')?.textContent?.trim() || 'Storybook error display'
        : undefined;
      const root = document.querySelector('#storybook-root');
      const elements = [...(root?.querySelectorAll('*') ?? [])].filter((el) => el.localName.startsWith('mg-'));
      await Promise.all(elements.map((el) => el.updateComplete));
      return {
        error,
        elements: elements.map((el) => ({
          tag: el.localName,
          upgraded: customElements.get(el.localName) !== undefined && el.matches(':defined'),
          shadow: Boolean(el.shadowRoot) && el.shadowRoot.childNodes.length > 0,
        })),
      };
    });
    if (state.error) problems.push(`error display: ${state.error}`);
    const own = state.elements.filter((el) => el.tag !== 'mg-reader-profile' || story.title.includes('Reader profile'));
    if (own.length === 0 && state.elements.length === 0) problems.push('no mg-* element rendered');
    for (const el of state.elements) {
      if (!el.upgraded) problems.push(`<${el.tag}> is not defined`);
      else if (!el.shadow) problems.push(`<${el.tag}> has no rendered shadow root`);
    }
  } catch (error) {
    problems.push(`did not load: ${error.message.split('\n')[0]}`);
  }
  await page.close();
  const status = problems.length ? '✖' : '✔';
  console.log(`${status} ${story.id}${problems.length ? `\n    ${problems.join('\n    ')}` : ''}`);
  if (problems.length) failures.push(story.id);
}

await browser.close();
await server.close();
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failures.length) {
  console.error(`\n${failures.length} of ${stories.length} stories failed (${seconds} s).`);
  process.exit(1);
}
console.log(`\nAll ${stories.length} stories rendered without errors (${seconds} s).`);
