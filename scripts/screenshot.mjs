// `node scripts/screenshot.mjs`: docs/screenshot.png, the demo article's food section at 1100 px, from the built
// CDN bundle (run `npm run build` first).
import { launchBrowser } from './lib/browser.mjs';
import { serve } from './lib/serve.mjs';

const server = await serve('.');
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1100, height: 1300 }, colorScheme: 'light' });
await page.goto(`${server.url}/demo/index.html`);
await page.waitForFunction(() =>
  [...document.querySelectorAll('mg-food-finder')].every((el) => el.shadowRoot && !el.shadowRoot.querySelector('[aria-busy="true"]')),
);
await page.evaluate(() => document.querySelector('mg-food-finder:not([static])').scrollIntoView({ block: 'start' }));
await page.evaluate(() => window.scrollBy(0, -180));
await page.waitForTimeout(300);
await page.screenshot({ path: 'docs/screenshot.png' });
await browser.close();
await server.close();
console.log('Wrote docs/screenshot.png');
