// Hostile-host tests of the built CDN bundle (dist/cdn/mg-widgets.js), loaded as a publisher loads it, in the
// system Chromium. Run after `npm run build`. Each scenario is a page under test/hostile/ (filled with a sample of
// every widget), served from a temporary folder with a copy of dist/cdn:
//   1. aggressive global CSS (resets, `!important` on every element type and `*`, 62.5% rem, dark, rtl): legible
//      text, 4.5:1 contrast, 24 x 24 px targets; host CSS reaches in only through documented properties and parts;
//   2. a strict Content-Security-Policy header with Trusted Types: every widget works, no violation;
//   3. the script twice, and beside a copy with another version: no exception, one warning naming both versions;
//   4. elements before the script, created after, moved, removed and re-added 100 times, 200 on one page: no error,
//      no leaked listener or observer, the same output;
//   5. storage that throws, and JavaScript disabled: widgets work, light-DOM fallback content is readable;
//   6. markup, `javascript:`/`data:` URLs and 10,000-character strings in attributes and slots: nothing runs, no
//      unsafe link, nothing wider than a 320 px viewport;
//   7. forced colors: every widget renders, controls keep an edge, focus stays visible;
//   8. the demo's network log: no request to another origin, no cookie;
//   9. Subresource Integrity: the documented script tag and import map load, and a wrong hash is refused.
// The widgets come from custom-elements.json; per-tag knowledge (a sample, an interaction) is in SAMPLES below.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from './lib/browser.mjs';
import { serve } from './lib/serve.mjs';

// MG_CDN_DIR tests another build of the CDN folder (for example one with a proposed fix); dist/cdn by default.
const CDN_DIR = process.env.MG_CDN_DIR ?? 'dist/cdn';
if (!existsSync(join(CDN_DIR, 'mg-widgets.js')) || !existsSync(join(CDN_DIR, 'integrity.json'))) {
  console.error(`No ${CDN_DIR}/mg-widgets.js: run \`npm run build\` first.`);
  process.exit(1);
}

const started = Date.now();
const { version: VERSION } = JSON.parse(readFileSync('package.json', 'utf8'));
const OTHER_VERSION = '0.0.0-hostile';
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const DECLARATIONS = new Map(
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => [declaration.tagName, declaration]),
);
const EVENT_NAMES = [...new Set([...DECLARATIONS.values()].flatMap((d) => (d.events ?? []).map((e) => e.name)))];

/**
 * Per-tag knowledge: the attributes of a typical instance, whether it wraps the others or sits in a sentence, and a
 * basic interaction (`run` on the host locator; then the `event` it fires and/or `done`, polled in the page).
 * A tag missing here still gets every generic check, as a bare element.
 */
const SAMPLES = {
  // Keys: attributes; wrapper (wraps the others); inline (sits in a sentence); inherits (computed properties the page
  // may change by design, besides the font); slotVariant (attributes with which the slots are shown); interaction
  // ({ what, host: a selector when the first instance is not the one to use, run, event, done, opens }).
  'mg-reader-profile': {
    attributes: { controls: '' },
    wrapper: true,
    interaction: {
      what: 'pick a life stage',
      event: 'mg-profile-change',
      run: (host) => host.locator('select[name="life-stage"]').first().selectOption('female-31-50'),
    },
  },
  'mg-disclaimer-banner': {
    attributes: {
      kind: 'medical affiliate supplement crisis',
      publisher: 'The Hostile Gazette',
      'policy-href': 'https://example.org/editorial-policy',
      dismissible: '',
    },
    interaction: {
      what: 'dismiss the notes',
      event: 'mg-dismiss',
      run: (host) => host.locator('button[part~="dismiss"]').click(),
    },
  },
  'mg-evidence-badge': {
    attributes: { claim: 'depression-treatment' },
    inline: true,
    // By design, the inline badge takes the line height of its sentence (evidence-badge.styles.ts).
    inherits: ['line-height'],
    // A publisher's own claim: the slots are shown.
    slotVariant: { level: 'low' },
    interaction: {
      what: 'open the details (loads the evidence chunks)',
      opens: true,
      event: 'mg-badge-toggle',
      run: (host) => host.locator('button[part~="pill"]').click(),
      done: (selector) => {
        const el = document.querySelector(selector);
        const panel = el?.shadowRoot?.querySelector('[part~="panel"]');
        return Boolean(el?.open && panel && !panel.querySelector('.skeleton') && panel.textContent.trim().length > 200);
      },
    },
  },
  'mg-food-finder': {
    attributes: { limit: '5' },
    interaction: {
      what: 'search for "pumpkin" (loads the foods chunk)',
      host: 'mg-food-finder:not([static])',
      run: (host) => host.locator('input[part~="search"]').fill('pumpkin'),
      done: (selector) => {
        const rows =
          document.querySelector(selector)?.shadowRoot?.querySelectorAll('[part~="table"] tbody tr[data-id]') ?? [];
        return rows.length > 0 && [...rows].every((row) => /pumpkin/i.test(row.textContent));
      },
    },
  },
  'mg-form-comparer': {
    attributes: { forms: 'oxide citrate glycinate', highlight: 'citrate' },
    interaction: {
      what: 'add a form (loads the forms chunk)',
      event: 'mg-forms-change',
      run: (host) => host.locator('[part~="add"] button').first().click(),
    },
  },
};

const attr = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const attributesOf = (tag) => Object.entries(SAMPLES[tag]?.attributes ?? {});
function sampleMarkup(tag) {
  const attributes = attributesOf(tag)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${attr(value)}"`))
    .join('');
  const element = `<${tag}${attributes}></${tag}>`;
  return SAMPLES[tag]?.inline ? `<p>Magnesium and low mood ${element} in a sentence of the article.</p>` : element;
}
/** A sample of every tag given (the wrapper, if any, around the others). */
function widgetsMarkup(tags) {
  const wrapper = tags.find((tag) => SAMPLES[tag]?.wrapper);
  const inner = tags
    .filter((tag) => tag !== wrapper)
    .map(sampleMarkup)
    .join('\n');
  if (!wrapper) return inner;
  const open = sampleMarkup(wrapper).replace(new RegExp(`</${wrapper}>$`), '');
  return `${open}\n<p class="mg-twin">The page's own paragraph, inside the wrapper.</p>\n${inner}\n</${wrapper}>`;
}

/* Results ---------------------------------------------------------------------------------------------------- */
/**
 * Widget bugs these checks found, reported with a proposed fix: printed under a matching failure, so that it reads
 * as what it is. Remove an entry once its fix has landed.
 */
/** Known widget issues: [pattern of a check name, what to fix]. Empty when every widget passes. */
const WIDGET_ISSUES = [];

let failed = 0;
let passed = 0;
async function check(name, fn) {
  const t0 = Date.now();
  try {
    const notes = await fn();
    passed += 1;
    console.log(`✔ ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    for (const note of [notes].flat().filter(Boolean)) console.log(`    · ${note}`);
  } catch (error) {
    failed += 1;
    console.log(`✖ ${name}\n    ${String(error.message).split('\n').join('\n    ')}`);
    for (const [pattern, issue] of WIDGET_ISSUES) if (pattern.test(name)) console.log(`    ⚑ ${issue}`);
  }
}
/** Asserts a list is empty, showing its first items. */
function none(list, what, limit = 12) {
  if (list.length === 0) return;
  const shown = list.slice(0, limit).map((item) => (typeof item === 'string' ? item : JSON.stringify(item)));
  assert.fail(`${what} (${list.length}):\n  ${shown.join('\n  ')}${list.length > limit ? '\n  ...' : ''}`);
}

/* The site: a copy of dist/cdn, a copy with another version, the demo, and the scenario pages ------------------ */
const site = mkdtempSync(join(tmpdir(), 'mg-hostile-'));
// HOSTILE_KEEP=1 keeps the served folder (its path is printed) to open the pages by hand.
if (process.env.HOSTILE_KEEP) console.log(`Pages kept in ${site}`);
else process.on('exit', () => rmSync(site, { recursive: true, force: true }));
cpSync(CDN_DIR, join(site, 'dist/cdn'), { recursive: true });
cpSync(CDN_DIR, join(site, 'other/cdn'), { recursive: true });
{
  const entry = join(site, 'other/cdn/mg-widgets.js');
  const code = readFileSync(entry, 'utf8');
  const patched = code
    .split(`"${VERSION}"`)
    .join(`"${OTHER_VERSION}"`)
    .split(`mg-widgets ${VERSION} `)
    .join(`mg-widgets ${OTHER_VERSION} `);
  assert.ok(
    patched.includes(`"${OTHER_VERSION}"`),
    `the version string "${VERSION}" was not found in ${CDN_DIR}/mg-widgets.js`,
  );
  writeFileSync(entry, patched);
}
cpSync('demo', join(site, 'demo'), { recursive: true });
cpSync('test/hostile', join(site, 'hostile'), { recursive: true });

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
/** Content-Security-Policy headers by page path (the CSP scenario fills it). */
const policies = new Map();
const pageServer = await serve(site, {
  headers: (path) => (policies.has(path) ? { 'Content-Security-Policy': policies.get(path) } : {}),
});
const cdnServer = await serve(site, { headers: { 'Access-Control-Allow-Origin': '*' } });
const CDN = '../dist/cdn/mg-widgets.js';
const OTHER = '../other/cdn/mg-widgets.js';

/** Writes test/hostile/<template> as <name>, with a sample of each of `tags` at its widgets marker. */
function page(template, name, tags, vars = {}) {
  let html = readFileSync(join('test/hostile', template), 'utf8');
  // A wrapper already in the template wraps the samples there; other tags get a sample beside the template's own.
  const present = new Set([...html.matchAll(/<(mg-[a-z-]+)[\s>]/g)].map((m) => m[1]));
  const samples = tags.filter((tag) => !(present.has(tag) && SAMPLES[tag]?.wrapper));
  html = html.replace('<!-- mg:widgets -->', widgetsMarkup(samples));
  const values = { cdn: CDN, head: `<script type="module" src="${vars.cdn ?? CDN}"></script>`, scripts: '', ...vars };
  for (const [key, value] of Object.entries(values)) html = html.split(`{{${key}}}`).join(value);
  writeFileSync(join(site, 'hostile', name), html);
  return `${pageServer.url}/hostile/${name}`;
}

/* Browser ---------------------------------------------------------------------------------------------------- */
const browser = await launchBrowser();

/** A page in a fresh context, with the probe and a log of errors, warnings and requests. */
async function open(url, { context: options = {}, init, probe = true, route } = {}) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, ...options });
  if (probe) await context.addInitScript({ path: 'test/hostile/probe.js' });
  if (init) await context.addInitScript(init);
  // `route`: [URL pattern, handler], set before the page loads (to fail a chunk, say).
  if (route) await context.route(...route);
  context.setDefaultTimeout(8000);
  const tab = await context.newPage();
  const log = { errors: [], warnings: [], console: [], requests: [] };
  tab.on('pageerror', (error) => log.errors.push(`pageerror: ${error.message}`));
  tab.on('console', (message) => {
    log.console.push(`${message.type()}: ${message.text()}`);
    if (message.type() === 'warning') log.warnings.push(message.text());
    // The browser's own favicon request may 404 (the pages have none); it is not ours to report.
    const favicon = message.location().url?.endsWith('/favicon.ico');
    if (message.type() === 'error' && !favicon) log.errors.push(`console.error: ${message.text()}`);
  });
  tab.on('request', (request) => log.requests.push(request.url()));
  tab.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
      log.errors.push(`HTTP ${response.status()} ${response.url()}`);
  });
  await tab.goto(url);
  return { page: tab, context, log, close: () => context.close() };
}

/** Polls `fn(arg)` in the page (page.evaluate works under any CSP) until it returns a truthy value. */
async function waitFor(tab, fn, arg, { timeout = 5000, message = 'condition' } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await tab.evaluate(fn, arg);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until every tag is defined and every instance (in the light DOM) has rendered, data included. */
async function settle(tab, tags, timeout = 10000) {
  await tab.evaluate(
    async ({ tags, timeout }) => {
      const limit = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
      await Promise.race([Promise.all(tags.map((tag) => customElements.whenDefined(tag))), limit(3000)]);
      const elements = tags.flatMap((tag) => [...document.querySelectorAll(tag)]);
      await Promise.race([window.__mgProbe.rendered(elements), limit(timeout)]);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    },
    { tags, timeout },
  );
}

/** Records the widgets' events (from the manifest) on the document. */
function recordEvents(tab) {
  return tab.evaluate((names) => {
    window.__mgEvents = [];
    for (const name of names) {
      document.addEventListener(name, (event) => {
        let detail = null;
        try {
          detail = JSON.parse(JSON.stringify(event.detail ?? null));
        } catch {
          detail = '(not serialisable)';
        }
        window.__mgEvents.push({ type: event.type, target: event.target?.localName, detail });
      });
    }
  }, EVENT_NAMES);
}

/**
 * Scrolls a widget on screen and lets three frames pass, so that the page has settled there before a click. A
 * `content-visibility: auto` widget that the scroll jumps past (the demo's comparer, on the way to the banner) is laid
 * out a frame or two later, and until it has been on screen once it counts as an estimate (160em): what follows it
 * can then move under the pointer between Playwright's check of the target and its click (36 px in the demo).
 */
async function bringOnScreen(tab, locator) {
  await locator.scrollIntoViewIfNeeded();
  await tab.evaluate(
    () =>
      new Promise((resolve) => {
        let frames = 3;
        const next = () => (--frames > 0 ? requestAnimationFrame(next) : resolve());
        requestAnimationFrame(next);
      }),
  );
}

/** Runs each tag's basic interaction on its first instance; returns the events seen, per tag. */
async function interact(tab, tags) {
  const seen = {};
  for (const tag of tags) {
    const spec = SAMPLES[tag]?.interaction;
    if (!spec) continue;
    try {
      const host = spec.host ?? tag;
      const widget = tab.locator(host).first();
      await bringOnScreen(tab, widget);
      await spec.run(widget, tab);
      if (spec.event) {
        seen[tag] = await waitFor(
          tab,
          ([name, target]) => window.__mgEvents.find((event) => event.type === name && event.target === target),
          [spec.event, tag],
          { message: `${spec.event} from <${tag}>` },
        );
      }
      if (spec.done) await waitFor(tab, spec.done, host, { message: `<${tag}> to show the result` });
    } catch (error) {
      throw new Error(`<${tag}>: ${spec.what} did not work: ${error.message.split('\n')[0]}`);
    }
  }
  return seen;
}

/**
 * Runs the interaction of each tag whose interaction shows more of it (`opens`: the badge's details), so that what
 * it shows is checked too. Never throws: a widget that does not open fails the checks that follow.
 */
async function openWhatOpens(tab) {
  for (const tag of TAGS.filter((t) => SAMPLES[t]?.interaction?.opens)) {
    const spec = SAMPLES[tag].interaction;
    const host = spec.host ?? tag;
    try {
      await spec.run(tab.locator(host).first(), tab);
      await tab.mouse.move(0, 0); // no :hover left behind
      if (spec.done) await waitFor(tab, spec.done, host, { message: `<${tag}> to open` });
    } catch {
      // Reported by the checks.
    }
  }
}

/** What `window.__mgProbe[name](el)` finds in every instance of every tag, as one list. */
function probeEach(tab, name) {
  return tab.evaluate(
    ({ tags, name }) =>
      tags.flatMap((tag) => [...document.querySelectorAll(tag)].flatMap((el) => window.__mgProbe[name](el))),
    { tags: TAGS, name },
  );
}

/** Whether each tag's first instance rendered something a reader sees: `[tag, problem]` for those that did not. */
function unrendered(tab, tags) {
  return tab.evaluate((tags) => {
    const P = window.__mgProbe;
    return tags
      .map((tag) => {
        const el = document.querySelector(tag);
        if (!el) return [tag, 'not in the page'];
        if (!customElements.get(tag)) return [tag, 'not defined'];
        if (!el.shadowRoot) return [tag, 'no shadow root'];
        // Its own text, or the page's text in its slots (a banner with its own wording renders only slots).
        const slotted = [...el.shadowRoot.querySelectorAll('slot')]
          .flatMap((slot) => slot.assignedNodes({ flatten: true }))
          .map((node) => node.textContent)
          .join('')
          .trim();
        if (!P.shadowText(el) && !slotted) return [tag, 'no text in its shadow root or slots'];
        const rect = el.getBoundingClientRect();
        if (rect.width < 1 || rect.height < 1) return [tag, `no box (${rect.width} x ${rect.height})`];
        return undefined;
      })
      .filter(Boolean);
  }, tags);
}

/**
 * A wrapper (the reader profile) holds the page's own article in its slot: that content must keep the page's styles.
 * Compares a paragraph outside the wrapper with its twin inside (`p.mg-twin`), as loaded and with our type tokens set.
 */
async function checkWrapperTwins(tab, label) {
  for (const wrapper of TAGS.filter((tag) => SAMPLES[tag]?.wrapper)) {
    await check(
      `${label}: <${wrapper}> leaves the page's own content in it styled by the page, also with --mg-font-family and --mg-line-height set`,
      async () => {
        // Twin paragraphs: one outside the wrapper, one inside; attack.css (on the hostile page) off, as it sets `*`.
        const differences = await tab.evaluate(async () => {
          const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          const [outside, inside] = document.querySelectorAll('p.mg-twin');
          const props = [
            'font-family',
            'font-size',
            'font-weight',
            'font-style',
            'line-height',
            'color',
            'text-align',
            'letter-spacing',
            'word-spacing',
            'text-transform',
          ];
          const compare = (when) =>
            props
              .map((p) => [
                p,
                getComputedStyle(outside).getPropertyValue(p),
                getComputedStyle(inside).getPropertyValue(p),
              ])
              .filter(([, a, b]) => a !== b)
              .map(([p, a, b]) => `${when}: ${p} ${a} outside, ${b} inside`);
          const attack = document.getElementById('attack')?.sheet;
          if (attack) attack.disabled = true;
          const tokens = document.createElement('style');
          tokens.textContent = ':root { --mg-font-family: "Courier New", monospace; --mg-line-height: 2.5; }';
          await frame();
          const plain = compare('as loaded');
          document.head.append(tokens);
          await frame();
          const withTokens = compare('with the tokens');
          tokens.remove();
          if (attack) attack.disabled = false;
          await frame();
          return outside && inside ? [...plain, ...withTokens] : ['the twin paragraphs are missing'];
        });
        none(differences, "differences between the page's paragraph outside the wrapper and its twin inside");
      },
    );
  }
}

/* 0. Which tags of the manifest the bundle defines ------------------------------------------------------------ */
const ALL_TAGS = [...DECLARATIONS.keys()];
let TAGS = ALL_TAGS;
{
  const { page: tab, close } = await open(page('widgets.html', 'bundle.html', []));
  const defined = await tab.evaluate(async (tags) => {
    await Promise.race([
      Promise.all(tags.map((tag) => customElements.whenDefined(tag))),
      new Promise((r) => setTimeout(r, 2000)),
    ]);
    return tags.filter((tag) => customElements.get(tag));
  }, ALL_TAGS);
  await close();
  TAGS = ALL_TAGS.filter((tag) => defined.includes(tag));
  const missing = ALL_TAGS.filter((tag) => !defined.includes(tag));
  console.log(`Widgets from custom-elements.json defined by dist/cdn/mg-widgets.js: ${TAGS.join(', ')}`);
  if (missing.length) {
    console.log(
      `⚠ in custom-elements.json but not defined by the CDN bundle, so not covered here: ${missing.join(', ')}`,
    );
    console.log('  (scripts/test-dist.mjs requires every manifest tag in the bundle)');
  }
  if (TAGS.length === 0) {
    console.error('The CDN bundle defines no tag of custom-elements.json.');
    process.exit(1);
  }
}
const NON_WRAPPERS = TAGS.filter((tag) => !SAMPLES[tag]?.wrapper);
/** The scenarios, in order; `node scripts/test-hostile.mjs csp churn` runs only those named. */
const SECTIONS = {};

/* 1. Aggressive global CSS ------------------------------------------------------------------------------------ */
SECTIONS.css = async () => {
  const url = page('hostile-css.html', 'hostile-css.html', TAGS);
  const { page: tab, log, close } = await open(url);
  await settle(tab, TAGS);
  await recordEvents(tab);
  await openWhatOpens(tab);

  await check('hostile CSS: every widget renders, without an error', async () => {
    none(await unrendered(tab, TAGS), 'widgets that did not render');
    none(log.errors, 'errors');
  });

  await check(
    'hostile CSS: text is legible (>= 12 px) with 4.5:1 contrast (3:1 large), on a dark rtl page with 62.5% rem',
    async () => {
      const runs = await probeEach(tab, 'textRuns');
      assert.ok(runs.length > 20, `only ${runs.length} runs of text found`);
      // Words and numbers; a lone glyph (a sort arrow, a check mark) is an icon, held to contrast only.
      none(
        runs.filter((run) => run.fontSize < 12 && /[\p{L}\p{N}]/u.test(run.text)),
        'text smaller than 12 px',
      );
      none(
        runs.filter((run) => run.contrast < run.minimum),
        'text under its minimum contrast',
      );
      return `${runs.length} runs of text; smallest ${Math.min(...runs.map((r) => r.fontSize))} px; lowest contrast ${Math.min(...runs.map((r) => r.contrast))}:1`;
    },
  );

  await check('hostile CSS: every control keeps a target of at least 24 x 24 px', async () => {
    const targets = await probeEach(tab, 'targets');
    assert.ok(targets.length >= TAGS.length, `only ${targets.length} controls found`);
    none(
      targets.filter((t) => t.width < 24 || t.height < 24),
      'targets under 24 x 24 px',
    );
    return `${targets.length} controls; smallest ${Math.min(...targets.map((t) => t.width))} x ${Math.min(...targets.map((t) => t.height))} px`;
  });

  // Computed styles inside every widget with attack.css on, then off: any difference is host CSS reaching in.
  const reach = await tab.evaluate(async (tags) => {
    const P = window.__mgProbe;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const hosts = tags.map((tag) => [...document.querySelectorAll(tag)]);
    const on = hosts.map((list) => list.map((host) => P.styleSnapshot(host)));
    document.getElementById('attack').sheet.disabled = true;
    await frame();
    const off = hosts.map((list) => list.map((host) => P.styleSnapshot(host)));
    document.getElementById('attack').sheet.disabled = false;
    await frame();
    return hosts.map((list, t) => list.flatMap((_, i) => P.diffSnapshots(off[t][i], on[t][i])));
  }, TAGS);
  for (const [t, tag] of TAGS.entries()) {
    await check(
      `hostile CSS: <${tag}>: \`!important\` rules on button, table, a, svg, * do not reach inside`,
      async () => {
        const byProp = {};
        const allowed = SAMPLES[tag]?.inherits ?? [];
        for (const change of reach[t]) if (!allowed.includes(change.prop)) (byProp[change.prop] ??= []).push(change);
        none(
          Object.entries(byProp).map(
            ([prop, list]) =>
              `${prop} of ${list.length} element(s), e.g. ${list[0].where}: ${list[0].before} -> ${list[0].after}`,
          ),
          'computed styles that attack.css changed (without it -> with it)',
          40,
        );
      },
    );
  }

  await checkWrapperTwins(tab, 'hostile CSS');

  await check('hostile CSS: documented tokens, --mg-<element>-* properties and ::part() do reach inside', async () => {
    const SENTINEL_TEXT = 'rgb(1, 2, 3)';
    const tokens = `:root { --mg-color-text: ${SENTINEL_TEXT}; --mg-color-surface: rgb(250, 251, 252); --mg-color-surface-alt: rgb(240, 241, 242); --mg-color-accent: rgb(4, 5, 6); --mg-color-border: rgb(7, 8, 9); --mg-color-border-subtle: rgb(10, 11, 12); }`;
    const sentinel = (name) =>
      /font-size/.test(name)
        ? '1.7em'
        : /padding|space/.test(name)
          ? '2.3em'
          : /radius/.test(name)
            ? '3px'
            : /inline-size|width/.test(name)
              ? '11em'
              : 'rgb(13, 14, 15)';
    const elementCss = TAGS.map((tag) => {
      const props = (DECLARATIONS.get(tag).cssProperties ?? []).map((p) => `${p.name}: ${sentinel(p.name)};`);
      return props.length ? `${tag} { ${props.join(' ')} }` : '';
    }).join('\n');
    const partCss = TAGS.flatMap((tag) =>
      (DECLARATIONS.get(tag).cssParts ?? []).map(
        (p) => `${tag}::part(${p.name}) { outline: 3px dotted rgb(16, 17, 18) !important; }`,
      ),
    ).join('\n');
    const report = await tab.evaluate(
      async ({ tags, tokens, elementCss, partCss, parts, withProps, text }) => {
        const P = window.__mgProbe;
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const add = async (css) => {
          const style = document.createElement('style');
          style.textContent = css;
          document.head.append(style);
          await frame();
          return style;
        };
        const hosts = tags.map((tag) => document.querySelector(tag));
        const base = hosts.map((host) => P.styleSnapshot(host));
        const out = {};
        const tokenStyle = await add(tokens);
        hosts.forEach((host, i) => {
          const after = P.styleSnapshot(host);
          out[tags[i]] = {
            text: after.some((el) => el.values.color === text),
            surface: P.diffSnapshots(base[i], after).some((c) => c.prop === 'background-color'),
          };
        });
        tokenStyle.remove();
        const propStyle = await add(elementCss);
        hosts.forEach((host, i) => {
          out[tags[i]].props = withProps[i] ? P.diffSnapshots(base[i], P.styleSnapshot(host)).length : null;
        });
        propStyle.remove();
        const partStyle = await add(partCss);
        hosts.forEach((host, i) => {
          const result = { styled: [], unstyled: [], absent: [] };
          for (const name of parts[i]) {
            const found = [...host.shadowRoot.querySelectorAll('[part]')].filter((el) => el.part.contains(name));
            if (found.length === 0) result.absent.push(name);
            else if (found.every((el) => getComputedStyle(el).outlineColor === 'rgb(16, 17, 18)'))
              result.styled.push(name);
            else result.unstyled.push(name);
          }
          out[tags[i]].parts = result;
        });
        partStyle.remove();
        await frame();
        return out;
      },
      {
        tags: TAGS,
        tokens,
        elementCss,
        partCss,
        parts: TAGS.map((tag) => (DECLARATIONS.get(tag).cssParts ?? []).map((p) => p.name)),
        withProps: TAGS.map((tag) => (DECLARATIONS.get(tag).cssProperties ?? []).length > 0),
        text: SENTINEL_TEXT,
      },
    );
    const problems = [];
    const notes = [];
    for (const [tag, r] of Object.entries(report)) {
      if (!r.text) problems.push(`<${tag}>: --mg-color-text changed no text color`);
      if (!r.surface) problems.push(`<${tag}>: --mg-color-surface(-alt) changed no background`);
      if (r.props === 0) problems.push(`<${tag}>: none of its --${tag}-* properties changed anything`);
      if (r.parts.unstyled.length) problems.push(`<${tag}>: ::part(${r.parts.unstyled.join('|')}) rules did not apply`);
      const declared = DECLARATIONS.get(tag).cssParts ?? [];
      if (declared.length && r.parts.styled.length === 0) problems.push(`<${tag}>: no documented part is rendered`);
      notes.push(
        `<${tag}>: ${r.props ?? 0} computed values from its own properties; parts styled: ${r.parts.styled.join(', ') || '-'}${r.parts.absent.length ? `; not rendered in this state: ${r.parts.absent.join(', ')}` : ''}`,
      );
    }
    none(problems, 'documented theming that did not apply');
    return notes;
  });
  await close();
};

SECTIONS.wrapper = async () => {
  const { page: tab, close } = await open(page('widgets.html', 'wrapper.html', TAGS));
  await settle(tab, TAGS);
  await checkWrapperTwins(tab, 'a plain page');
  await close();
};

/* 2. Strict Content-Security-Policy --------------------------------------------------------------------------- */
SECTIONS.csp = async () => {
  const module = (src) => `<script type="module" src="${src}"></script>`;
  const variants = [
    ['csp.html', `same origin: ${CSP}`, CSP, [CDN]],
    [
      'csp-cross.html',
      "the script on another origin, added to script-src: default-src 'self'; script-src 'self' <cdn>; ...",
      `default-src 'self'; script-src 'self' ${cdnServer.url}; style-src 'self'; require-trusted-types-for 'script'`,
      [`${cdnServer.url}/dist/cdn/mg-widgets.js`],
    ],
    ['csp-tt.html', `${CSP}; trusted-types lit-html`, `${CSP}; trusted-types lit-html`, [CDN]],
    [
      'csp-tt-two.html',
      `two copies (another version too) under ${CSP}; trusted-types lit-html 'allow-duplicates'`,
      `${CSP}; trusted-types lit-html 'allow-duplicates'`,
      [CDN, OTHER],
    ],
  ];
  for (const [name, label, policy, scripts] of variants) {
    policies.set(`/hostile/${name}`, policy);
    await check(`strict CSP (${label}): every widget renders, loads its data, works; no violation`, async () => {
      const url = page('csp.html', name, TAGS, { head: scripts.map(module).join('\n    ') });
      const { page: tab, log, close } = await open(url);
      try {
        const header = await tab.evaluate(() =>
          fetch(location.href).then((r) => r.headers.get('content-security-policy')),
        );
        assert.equal(header, policy, 'the page is served with the policy');
        await settle(tab, TAGS);
        await recordEvents(tab);
        none(await unrendered(tab, TAGS), 'widgets that did not render');
        await interact(tab, TAGS);
        await tab.waitForTimeout(100);
        const violations = await tab.evaluate(() => [
          ...window.__mgProbe.violations,
          ...(window.__cspViolations ?? []),
        ]);
        none(violations, 'securitypolicyviolation events');
        none(
          log.console.filter((line) => /content security policy|trusted ?type|refused to/i.test(line)),
          'CSP messages in the console',
        );
        none(log.errors, 'errors');
        const chunks = log.requests.filter((request) => request.includes('/chunks/'));
        assert.ok(chunks.length > 0, 'the data chunks were requested');
        return `${chunks.length} chunk(s) loaded: ${chunks.map((c) => c.split('/chunks/')[1].replace(/-[\w-]+\.js$/, '')).join(', ')}`;
      } finally {
        await close();
      }
    });
  }
};

/* 3. The script twice, and beside another version ------------------------------------------------------------- */
SECTIONS.twice = async () => {
  const tag = (src) => `<script type="module" src="${src}"></script>`;
  const cases = [
    ['the same URL twice', [CDN, CDN], 0, VERSION],
    [`twice, then a copy of version ${OTHER_VERSION}`, [CDN, CDN, OTHER], 1, VERSION],
    [`a copy of version ${OTHER_VERSION} first, then this build twice`, [OTHER, CDN, CDN], 1, OTHER_VERSION],
  ];
  for (const [i, [label, scripts, warnings, winner]] of cases.entries()) {
    await check(
      `loaded ${label}: no exception, ${warnings ? 'exactly one warning naming both versions' : 'no warning'}; one version defines every tag`,
      async () => {
        const url = page('twice.html', `twice-${i}.html`, TAGS, { scripts: scripts.map(tag).join('\n    ') });
        const { page: tab, log, close } = await open(url);
        try {
          await settle(tab, TAGS);
          await tab.waitForTimeout(200);
          none(log.errors, 'errors');
          none(await unrendered(tab, TAGS), 'widgets that did not render');
          const versions = await tab.evaluate(
            (tags) => tags.map((t) => `${t}@${customElements.get(t)?.version}`),
            TAGS,
          );
          assert.deepEqual(
            versions,
            TAGS.map((t) => `${t}@${winner}`),
            'the first script to run defines every tag',
          );
          assert.equal(log.warnings.length, warnings, `warnings: ${JSON.stringify(log.warnings)}`);
          if (warnings) {
            assert.ok(
              log.warnings[0].includes(VERSION) && log.warnings[0].includes(OTHER_VERSION),
              `the warning names both versions: ${log.warnings[0]}`,
            );
            return `warning: ${log.warnings[0]}`;
          }
          return undefined;
        } finally {
          await close();
        }
      },
    );
  }
};

/* 4. Before the script, after it, moved, removed and re-added, 200 on a page ---------------------------------- */
SECTIONS.churn = async () => {
  const { page: tab, log, close } = await open(page('churn.html', 'churn.html', TAGS));
  await settle(tab, TAGS);
  const samples = TAGS.map((tag) => ({ tag, attributes: attributesOf(tag) }));
  const report = await tab.evaluate(
    async ({ samples, nonWrappers }) => {
      const P = window.__mgProbe;
      const frames = (n = 2) =>
        new Promise((resolve) => {
          const step = () => (n-- > 0 ? requestAnimationFrame(step) : resolve());
          step();
        });
      const settle = async (elements) => {
        await P.rendered(elements);
        await frames();
      };
      const make = (tag) => {
        const el = document.createElement(tag);
        for (const [name, value] of samples.find((s) => s.tag === tag).attributes) el.setAttribute(name, value);
        return el;
      };
      const initialRoot = document.getElementById('initial');
      const initial = samples.flatMap(({ tag }) => [...initialRoot.querySelectorAll(tag)]);
      const out = { steps: {} };
      const output = () => initial.map((el) => `${el.localName}: ${P.shadowText(el)}`);
      await settle(initial);
      const before = output();
      out.steps.initial = P.resources();

      // Created after the script, beside the initial ones (inside the same parents).
      const created = nonWrappers.map((tag) => {
        const el = make(tag);
        const twin = initialRoot.querySelector(tag);
        (twin.closest('p') ?? twin).after(el);
        return el;
      });
      await settle(created);
      out.createdSame = created
        .map((el) => {
          const twin = initialRoot.querySelector(el.localName);
          return P.shadowText(el) === P.shadowText(twin)
            ? null
            : `${el.localName}: "${P.shadowText(el).slice(0, 80)}" vs "${P.shadowText(twin).slice(0, 80)}"`;
        })
        .filter(Boolean);

      // Moved out of the profile and back, removed and re-added: 100 rounds, in one task and across tasks.
      const elsewhere = document.getElementById('elsewhere');
      const movers = [...initial, ...created];
      for (let round = 0; round < 100; round++) {
        for (const el of movers) {
          const parent = el.parentNode;
          const next = el.nextSibling;
          if (round % 3 === 0) elsewhere.append(el);
          else el.remove();
          if (round % 2) await Promise.resolve();
          parent.insertBefore(el, next);
        }
        if (round % 10 === 9) await frames(1);
      }
      await settle(movers);
      for (const el of created) el.remove();
      await settle(initial);
      const after = output();
      out.sameOutput = before
        .map((text, i) => (text === after[i] ? null : `${text.slice(0, 100)}\n    after: ${after[i].slice(0, 100)}`))
        .filter(Boolean);
      out.steps.afterChurn = P.resources();

      // 200 instances on one page.
      const many = document.getElementById('many');
      const t0 = performance.now();
      const crowd = Array.from({ length: 200 }, (_, i) => make(samples[i % samples.length].tag));
      many.append(...crowd);
      await settle(crowd);
      out.crowdMs = Math.round(performance.now() - t0);
      const firstText = new Map();
      out.crowdProblems = [];
      for (const el of crowd) {
        const text = P.shadowText(el);
        if (!text) out.crowdProblems.push(`${el.localName}: nothing rendered`);
        if (!firstText.has(el.localName)) firstText.set(el.localName, text);
        else if (firstText.get(el.localName) !== text)
          out.crowdProblems.push(`${el.localName}: different output from the first of its kind`);
      }
      out.steps.crowd = P.resources();
      many.replaceChildren();
      await frames();
      out.steps.crowdRemoved = P.resources();
      return out;
    },
    { samples, nonWrappers: NON_WRAPPERS },
  );
  const s = report.steps;
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  /** What `after` holds more of than `before`: `['document click +1', 'resizeObservers +1']`. */
  const increases = (before, after) => {
    const flat = (r) => ({
      ...r.listeners,
      mutationObservers: r.mutationObservers,
      resizeObservers: r.resizeObservers,
      intersectionObservers: r.intersectionObservers,
      intervals: r.intervals,
    });
    const [b, a] = [flat(before), flat(after)];
    return Object.keys(a)
      .filter((key) => a[key] > (b[key] ?? 0))
      .map((key) => `${key} +${a[key] - (b[key] ?? 0)}`);
  };
  const show = (r) => JSON.stringify(r);

  // Each widget's interaction on a fresh instance, then the instance removed: first while the data it asked for is
  // still on its way (chunks are delayed 400 ms), then after the interaction completed. The page must get back
  // every listener and observer the widget took (an open badge listens on the document, for instance).
  await recordEvents(tab);
  const withRecorder = await tab.evaluate(() => window.__mgProbe.resources());
  await tab.route('**/chunks/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  const removal = { loading: [], done: [], seen: [] };
  for (const [round, phase] of ['loading', 'done'].entries()) {
    for (const tag of TAGS.filter((t) => SAMPLES[t]?.interaction)) {
      const spec = SAMPLES[tag].interaction;
      const id = `churn-${phase}-${tag}`;
      const baseline = await tab.evaluate(() => {
        localStorage.clear(); // a dismissal remembered by the previous round would hide the next banner's button
        sessionStorage.clear();
        return window.__mgProbe.resources();
      });
      await tab.evaluate(
        async ({ tag, id, attributes }) => {
          const el = document.createElement(tag);
          for (const [name, value] of attributes) el.setAttribute(name, value);
          el.id = id;
          // Inside the profile of the page (the initial wrapper, or the body).
          const parent = document.querySelector('#initial > *') ?? document.body;
          parent.append(el);
          await el.updateComplete;
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        },
        { tag, id, attributes: attributesOf(tag) },
      );
      const selector = `#${id}`;
      try {
        await spec.run(tab.locator(selector), tab);
        if (round === 1) {
          if (spec.event)
            await waitFor(
              tab,
              ([name, target]) => window.__mgEvents.some((e) => e.type === name && e.target === target),
              [spec.event, tag],
            );
          if (spec.done) await waitFor(tab, spec.done, selector);
          removal.seen.push(
            `<${tag}>: ${increases(withRecorder, await tab.evaluate(() => window.__mgProbe.resources())).join(', ') || 'nothing'}`,
          );
        }
      } catch (error) {
        removal[phase].push(`<${tag}>: ${spec.what} failed: ${error.message.split('\n')[0]}`);
      }
      await tab.evaluate((selector) => document.querySelector(selector).remove(), selector);
      // Whatever was loading arrives now, on a removed element.
      await tab.waitForTimeout(round === 0 ? 700 : 50);
      const left = await tab.evaluate(() => window.__mgProbe.resources());
      const grown = increases(baseline, left);
      if (grown.length) removal[phase].push(`<${tag}>: ${grown.join(', ')} more than before it was added`);
    }
  }
  await tab.unroute('**/chunks/**');

  // Everything removed: no observer, interval or page listener of the widgets may stay.
  s.allRemoved = await tab.evaluate(async () => {
    document.getElementById('initial').replaceChildren();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return window.__mgProbe.resources();
  });

  await check('churn: elements in the page before the script and created after it render the same', async () => {
    none(report.createdSame, 'created-after elements that differ from their twin in the HTML');
  });
  await check('churn: moved, removed and re-added 100 times: the same output, no error', async () => {
    none(report.sameOutput, 'widgets whose output changed');
    none(log.errors, 'errors');
  });
  await check(
    'churn: after 100 rounds of moves and removals, the page holds the same listeners and observers',
    async () => {
      assert.ok(same(s.initial, s.afterChurn), `before ${show(s.initial)}\n  after  ${show(s.afterChurn)}`);
      return `listeners on window, document, <html>, <body>, media queries; observers; intervals: ${show(s.initial)}`;
    },
  );
  await check('churn: 200 instances added then removed leave no listener or observer behind', async () => {
    assert.ok(same(s.initial, s.crowdRemoved), `before ${show(s.initial)}\n  after  ${show(s.crowdRemoved)}`);
  });
  await check('churn: a widget removed after an interaction leaves no listener or observer behind', async () => {
    none(removal.done, 'widgets that left something behind');
    return removal.seen.map((line) => `held during its interaction: ${line}`);
  });
  await check(
    'churn: a widget removed while the data of an interaction loads leaves no listener or observer behind',
    async () => {
      none(removal.loading, 'widgets that left something behind (chunks delayed 400 ms; removed before they arrived)');
    },
  );
  await check(
    'churn: with every widget removed, no observer or interval is left, and no more page listeners',
    async () => {
      const left = s.allRemoved;
      assert.equal(
        left.mutationObservers + left.resizeObservers + left.intersectionObservers + left.intervals,
        0,
        `with every widget removed: ${show(left)}`,
      );
      none(
        increases(withRecorder, left),
        "more page listeners than with the widgets in the page (and the test's event recorder)",
      );
      return `with every widget removed: ${show(left)}`;
    },
  );
  await check('churn: 200 instances on one page render, each like the others of its kind', async () => {
    none(report.crowdProblems, 'problems');
    none(log.errors, 'errors');
    return `200 instances (${samples.map((x) => x.tag).join(', ')}) rendered in ${report.crowdMs} ms`;
  });
  await close();
};

/* 5. Storage that throws; JavaScript disabled ----------------------------------------------------------------- */
SECTIONS.storage = async () => {
  await check(
    'storage that throws: widgets render and work, slotted text is readable, replaced fallback hides, dismiss reports stored: false',
    async () => {
      const throwing = () => {
        window.__storageTouches = 0;
        for (const name of ['localStorage', 'sessionStorage']) {
          Object.defineProperty(window, name, {
            configurable: true,
            get() {
              window.__storageTouches += 1;
              throw new DOMException(`Access to ${name} is denied for this document.`, 'SecurityError');
            },
          });
        }
      };
      const { page: tab, log, close } = await open(page('fallback.html', 'storage.html', TAGS), { init: throwing });
      try {
        await settle(tab, TAGS);
        await recordEvents(tab);
        none(await unrendered(tab, TAGS), 'widgets that did not render');
        const touches = await tab.evaluate(() => window.__storageTouches);
        assert.ok(touches > 0, 'the widgets tried to use storage (else this scenario proves nothing)');
        const slotted = await tab.evaluate(() =>
          ['#fallback-medical', '#fallback-crisis'].map((selector) => ({
            selector,
            ...window.__mgProbe.measure(document.querySelector(selector)),
          })),
        );
        none(
          slotted.filter((s) => !s.visible || s.fontSize < 12 || s.contrast < s.minimum),
          'slotted publisher text that is not shown, too small or too faint',
        );
        const hidden = await tab.evaluate(() =>
          ['#fallback-badge', '#fallback-table'].filter((id) => {
            const el = document.querySelector(id);
            return !el?.isConnected || window.__mgProbe.visible(el);
          }),
        );
        none(hidden, 'fallback content still shown (or gone from the document) after the upgrade');
        const events = await interact(tab, TAGS);
        if (events['mg-disclaimer-banner'])
          assert.equal(
            events['mg-disclaimer-banner'].detail.stored,
            false,
            'mg-dismiss says the choice was not stored',
          );
        none(log.errors, 'errors');
        return `storage getters threw ${touches} time(s)`;
      } finally {
        await close();
      }
    },
  );

  await check(
    "JavaScript disabled: the light-DOM fallback content is readable (banner text, food table, the demo's table)",
    async () => {
      const { page: tab, close } = await open(page('fallback.html', 'nojs.html', TAGS), {
        context: { javaScriptEnabled: false },
        probe: false,
      });
      try {
        assert.equal(
          await tab.evaluate(() => Boolean(document.querySelector('mg-reader-profile')?.shadowRoot)),
          false,
          'JavaScript is really off',
        );
        const readable = (selector) =>
          tab.locator(selector).evaluateAll((els) =>
            els.map((el) => {
              const rect = el.getBoundingClientRect();
              return {
                text: el.textContent.trim().slice(0, 40),
                shown: rect.width > 1 && rect.height > 1 && getComputedStyle(el).visibility !== 'hidden',
                fontSize: parseFloat(getComputedStyle(el).fontSize),
              };
            }),
          );
        const items = [
          ...(await readable('#fallback-medical, #fallback-crisis, #fallback-badge')),
          ...(await readable('#fallback-table caption, #fallback-table th, #fallback-table td')),
        ];
        assert.equal(items.length, 3 + 1 + 3 + 9, 'every fallback element is in the page');
        none(
          items.filter((i) => !i.shown || i.fontSize < 12 || !i.text),
          'fallback content not shown, empty or under 12 px',
        );
        await tab.goto(`${pageServer.url}/demo/index.html`);
        const rows = await readable('mg-food-finder[static] tbody tr');
        assert.ok(rows.length >= 5, `the demo's static table has rows (${rows.length})`);
        none(
          rows.filter((i) => !i.shown || i.fontSize < 12),
          'demo table rows not shown or too small',
        );
        return `${items.length} fallback elements and ${rows.length} demo table rows shown`;
      } finally {
        await close();
      }
    },
  );
};

/* 6. Markup, javascript:/data: URLs and 10,000-character strings, at 320 px ------------------------------------ */
SECTIONS.payloads = async () => {
  const PAYLOADS = {
    markup: `<img src=x onerror="window.__mgPwned='img'"><script>window.__mgPwned='script'</script><svg onload="window.__mgPwned='svg'"></svg>"'><b>bold</b>`,
    'javascript-url': "javascript:window.__mgPwned='javascript-url'",
    'data-url': "data:text/html,<script>parent.__mgPwned='data-url'</script>",
    long: 'Magnesium'.repeat(1112).slice(0, 10000),
    'long-words': 'magnesium '.repeat(1000),
  };
  const specs = [];
  for (const tag of TAGS) {
    const declaration = DECLARATIONS.get(tag);
    const base = attributesOf(tag);
    for (const [payloadName, payload] of Object.entries(PAYLOADS)) {
      for (const a of declaration.attributes ?? []) {
        if (a.type?.text === 'boolean') continue;
        specs.push({
          tag,
          label: `${tag}[${a.name}]=${payloadName}`,
          attributes: [...base.filter(([n]) => n !== a.name), [a.name, payload]],
          slots: [],
        });
      }
      const slotBase = Object.entries(SAMPLES[tag]?.slotVariant ?? {});
      for (const slot of declaration.slots ?? []) {
        // A wrapper's default slot is the page's own article, which it never renders itself.
        if (SAMPLES[tag]?.wrapper && !slot.name) continue;
        specs.push({
          tag,
          label: `${tag} slot ${slot.name || '(default)'}=${payloadName}`,
          attributes: slotBase.length ? slotBase : base,
          slots: [[slot.name, payload]],
        });
      }
    }
  }
  const {
    page: tab,
    log,
    close,
  } = await open(page('payloads.html', 'payloads.html', []), { context: { viewport: { width: 320, height: 640 } } });
  await settle(tab, TAGS);
  await tab.evaluate((specs) => {
    const root = document.getElementById('root');
    for (const spec of specs) {
      const el = document.createElement(spec.tag);
      el.dataset.case = spec.label;
      for (const [name, value] of spec.attributes) el.setAttribute(name, value);
      for (const [slot, text] of spec.slots) {
        const span = document.createElement('span');
        if (slot) span.slot = slot;
        span.textContent = text;
        el.append(span);
      }
      root.append(el);
    }
  }, specs);
  await settle(tab, TAGS, 20000);
  // Open the details of every badge for a publisher's claim (they show the slotted payloads).
  const opened = await tab.evaluate(async () => {
    const badges = [...document.querySelectorAll('mg-evidence-badge')].filter(
      (b) => b.dataset.case?.includes(' slot ') && b.shadowRoot.querySelector('button[part~="pill"]'),
    );
    const boxes = [];
    for (const badge of badges) {
      badge.shadowRoot.querySelector('button[part~="pill"]').click();
      await badge.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const panel = badge.shadowRoot.querySelector('[part~="panel"]');
      const rect = panel.getBoundingClientRect();
      boxes.push({
        label: badge.dataset.case,
        left: rect.left,
        right: rect.right,
        width: document.documentElement.clientWidth,
      });
      badge.open = false;
      await badge.updateComplete;
    }
    return boxes;
  });
  await tab.waitForTimeout(300);

  await check(
    `payloads (${specs.length} widgets): markup in attributes and slots never executes or becomes elements`,
    async () => {
      const result = await tab.evaluate((tags) => {
        const P = window.__mgProbe;
        const hosts = tags.flatMap((tag) => [...document.querySelectorAll(tag)]);
        const bad = [];
        for (const host of hosts) {
          for (const el of P.shadowElements(host)) {
            const handlers = el.getAttributeNames().filter((name) => name.startsWith('on'));
            if (handlers.length) bad.push(`${host.dataset.case}: <${el.localName} ${handlers.join(' ')}>`);
            if (el.matches('script, iframe, object, embed, img[src="x"], b'))
              bad.push(`${host.dataset.case}: a <${el.localName}> from the payload`);
          }
        }
        const shownAsText = hosts.some((host) => P.shadowText(host).includes('<img src=x onerror='));
        return { pwned: window.__mgPwned ?? null, bad, shownAsText };
      }, TAGS);
      assert.equal(result.pwned, null, `a payload executed: window.__mgPwned = ${result.pwned}`);
      none(result.bad, 'elements made from payload markup');
      none(
        log.requests.filter((url) => /\/x$/.test(new URL(url).pathname)),
        'requests made by payload markup',
      );
      assert.ok(result.shownAsText, 'some widget shows a payload as text (else the payloads never reached a render)');
    },
  );

  await check(
    'payloads: every link in a shadow root is absolute http(s) (tel:/sms: only for the built-in crisis line)',
    async () => {
      const links = await tab.evaluate(
        (tags) =>
          tags.flatMap((tag) =>
            [...document.querySelectorAll(tag)].flatMap((host) =>
              window.__mgProbe.links(host).map((l) => ({ ...l, case: host.dataset.case })),
            ),
          ),
        TAGS,
      );
      // Absolute http(s) links only; tel:/sms: with a bare number only (the crisis line); nothing embedded.
      const unsafe = links.filter(({ tag, href }) => {
        if (tag !== 'a' && tag !== 'area') return true;
        if (/^https?:\/\//i.test(href)) return false;
        return !/^(tel|sms):\+?\d+$/.test(href);
      });
      none(unsafe, 'unsafe links');
      return `${links.length} links checked`;
    },
  );

  await check('payloads: nothing is wider than the 320 px viewport (10,000-character strings included)', async () => {
    const overflow = await tab.evaluate((tags) => {
      const width = document.documentElement.clientWidth;
      const P = window.__mgProbe;
      /** The widget's own scroll container around an element, if any (a wide table may scroll sideways in it). */
      const scroller = (el) => {
        for (let node = composed(el); node && node !== document.documentElement; node = composed(node)) {
          if (getComputedStyle(node).overflowX !== 'visible') return node;
        }
        return undefined;
      };
      const composed = (node) => node.parentElement ?? node.getRootNode().host;
      const wide = [];
      const scrolled = [];
      for (const host of tags.flatMap((tag) => [...document.querySelectorAll(tag)])) {
        for (const el of [host, ...P.shadowElements(host)]) {
          const rect = el.getBoundingClientRect();
          if (rect.width === 0 || (rect.right <= width + 0.5 && rect.left >= -0.5)) continue;
          const line = `${host.dataset.case ?? host.localName}: ${P.describe(el)} spans ${Math.round(rect.left)}..${Math.round(rect.right)} px`;
          (scroller(el) ? scrolled : wide).push(line);
          break;
        }
      }
      return { scrollWidth: document.documentElement.scrollWidth, width, wide, scrolled };
    }, TAGS);
    none(overflow.wide, `widgets with content outside the ${overflow.width} px viewport`, 20);
    assert.ok(
      overflow.scrollWidth <= overflow.width,
      `the page scrolls sideways: scrollWidth ${overflow.scrollWidth} > ${overflow.width}`,
    );
    none(
      opened.filter((box) => box.left < 0 || box.right > box.width + 0.5),
      'open badge details outside the viewport',
    );
    return [
      `${opened.length} badge details opened inside the viewport`,
      ...overflow.scrolled.map((line) => `scrolls sideways inside the widget (not the page): ${line}`),
    ];
  });
  await check('payloads: no error', async () => {
    none(log.errors, 'errors');
  });
  await close();
};

/* 7. Forced colors -------------------------------------------------------------------------------------------- */
SECTIONS.forced = async () => {
  const {
    page: tab,
    log,
    close,
  } = await open(page('widgets.html', 'forced-colors.html', TAGS), { context: { forcedColors: 'active' } });
  await settle(tab, TAGS);
  await recordEvents(tab);
  await openWhatOpens(tab);
  await check('forced colors: every widget renders', async () => {
    assert.equal(
      await tab.evaluate(() => matchMedia('(forced-colors: active)').matches),
      true,
      'forced colors are emulated',
    );
    none(await unrendered(tab, TAGS), 'widgets that did not render');
    none(log.errors, 'errors');
  });
  await check(
    'forced colors: every button, input and select keeps a visible border or outline (or is a link-styled button in LinkText)',
    async () => {
      const edges = await probeEach(tab, 'edges');
      assert.ok(edges.length >= TAGS.length, `only ${edges.length} controls found`);
      none(
        edges.filter((e) => !e.visible && !e.linkStyled),
        'controls without a visible edge',
      );
      return `${edges.length} controls`;
    },
  );
  await check('forced colors: the focus indicator is visible on every control reached with Tab', async () => {
    await tab.evaluate(() => window.__mgProbe.deepActive()?.blur());
    const seen = [];
    const visited = new Set();
    for (let i = 0; i < 150; i++) {
      await tab.keyboard.press('Tab');
      const focus = await tab.evaluate(() => window.__mgProbe.focusIndicator());
      if (!focus) continue;
      if (visited.has(focus.id)) break; // around the page once
      visited.add(focus.id);
      if (focus.inWidget) seen.push(focus);
    }
    const hosts = new Set(seen.map((f) => f.where.split(' > ')[0].split(/[#.]/)[0]));
    none(
      TAGS.filter((tag) => SAMPLES[tag]?.interaction && !hosts.has(tag)),
      'widgets with no control reached by Tab',
    );
    none(
      seen.filter((f) => !f.visible).map((f) => `${f.where}: outline ${f.outline}, box-shadow ${f.boxShadow}`),
      'controls focused without a visible indicator',
    );
    return `${seen.length} focus stops in widgets (${new Set(seen.map((f) => f.id)).size} distinct controls: ${[...new Set(seen.map((f) => f.where))].join(', ')})`;
  });
  await close();
};

/* 8. The demo's network log ----------------------------------------------------------------------------------- */
SECTIONS.network = async () => {
  await check(
    "network log of the demo: every request goes to the page's own origin; no cookie; storage only for a dismissal; the analytics example hears the events",
    async () => {
      const { page: tab, log, context, close } = await open(`${pageServer.url}/demo/index.html`);
      try {
        await settle(tab, TAGS);
        await recordEvents(tab);
        await tab.addScriptTag({ path: 'docs/analytics-example.js' });
        // A little reading: each widget of the demo used once (open a badge, search the finder...).
        const present = await tab.evaluate(
          (tags) => tags.filter((tag) => document.querySelector(tag)),
          TAGS.filter((tag) => SAMPLES[tag]?.interaction),
        );
        assert.ok(present.length > 0, 'the demo has widgets to use');
        await interact(tab, present);
        await tab.waitForTimeout(300);
        const origin = new URL(pageServer.url).origin;
        none(
          log.requests.filter((url) => new URL(url).origin !== origin),
          `requests to an origin other than ${origin}`,
        );
        assert.ok(
          log.requests.some((url) => url.includes('/chunks/')),
          'the reading loaded data chunks',
        );
        assert.deepEqual(await context.cookies(), [], 'no cookie in the browser');
        assert.equal(await tab.evaluate(() => document.cookie), '', 'document.cookie is empty');
        const storage = await tab.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)]);
        none(
          storage.filter((key) => !key.startsWith('mg-disclaimer-banner:dismissed:')),
          "storage keys other than a dismissed banner's",
        );
        // docs/analytics-example.js: every event it listens to that the reading fired reached dataLayer.
        const handled = [
          ...readFileSync('docs/analytics-example.js', 'utf8').matchAll(/addEventListener\('(mg-[a-z-]+)'/g),
        ].map((m) => m[1]);
        const { fired, pushed } = await tab.evaluate(
          (handled) => ({
            fired: [...new Set(window.__mgEvents.map((e) => e.type))].filter((type) => handled.includes(type)),
            pushed: (window.dataLayer ?? []).map((entry) => entry.event),
          }),
          handled,
        );
        assert.ok(fired.length > 0, 'the reading fired events the analytics example listens to');
        assert.ok(
          new Set(pushed).size >= fired.length,
          `dataLayer got ${JSON.stringify(pushed)} for the events ${fired.join(', ')}`,
        );
        none(log.errors, 'errors');
        const paths = [...new Set(log.requests.map((url) => new URL(url).pathname.replace(/-[\w-]{8}\.js$/, '-*.js')))];
        return [
          `${log.requests.length} requests: ${paths.join(', ')}`,
          `storage keys after the reading: ${storage.join(', ') || '(none)'}`,
          `dataLayer: ${pushed.join(', ')}`,
        ];
      } finally {
        await close();
      }
    },
  );
};

/* 8b. The demo's first frame ---------------------------------------------------------------------------------- */
SECTIONS.frame = async () => {
  await check(
    'the demo\'s first frame already shows its first-screen widgets (the script tag\'s blocking="render"), and no text on the first screen moves afterwards (nor does the browser report a layout shift)',
    async () => {
      // Recorded in the first frame, after its layout and its ResizeObserver callbacks (the widgets place themselves
      // in one, created before this one), just before its paint: the reader profile's controls, the first-screen
      // badges, and where the article's own text blocks are.
      const init = () => {
        const blocks = () =>
          [...document.querySelectorAll('h1, h2, p')].filter(
            (el) => !el.closest('mg-food-finder, mg-form-comparer, mg-disclaimer-banner, mg-evidence-badge'),
          );
        window.__mgFirstFrame = new Promise((resolve) =>
          requestAnimationFrame(() => {
            const observer = new ResizeObserver(() => {
              observer.disconnect();
              const onScreen = (el) => el.getBoundingClientRect().top < innerHeight;
              const badges = [...document.querySelectorAll('mg-evidence-badge')].filter(onScreen);
              resolve({
                controls: Boolean(document.querySelector('mg-reader-profile')?.shadowRoot?.querySelector('select')),
                badges: badges.length,
                renderedBadges: badges.filter((b) => b.shadowRoot?.textContent.trim()).length,
                tops: blocks()
                  .filter(onScreen)
                  .map((el) => el.getBoundingClientRect().top + scrollY),
              });
            });
            observer.observe(document.documentElement);
          }),
        );
        window.__mgBlockTops = () => blocks().map((el) => el.getBoundingClientRect().top + scrollY);
        // Layout shifts as the browser reports them (Cumulative Layout Shift counts them), with what moved.
        window.__mgShifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            const nodes = entry.sources.map((source) => source.node?.nodeName ?? '?').join(' ');
            window.__mgShifts.push(`${entry.value.toFixed(4)} (${nodes})`);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      };
      // A laptop, and a narrow phone (the profile's pickers stack and fill most of its first screen).
      const notes = [];
      for (const viewport of [
        { width: 1024, height: 800 },
        { width: 320, height: 640 },
      ]) {
        const wide = viewport.width > 500;
        const at = `${viewport.width} x ${viewport.height}`;
        const {
          page: tab,
          log,
          close,
        } = await open(`${pageServer.url}/demo/index.html`, { init, context: { viewport } });
        try {
          const first = await tab.evaluate(() => window.__mgFirstFrame);
          await settle(tab, TAGS);
          const now = await tab.evaluate(() => window.__mgBlockTops());
          assert.ok(first.controls, `${at}: the reader profile had its pickers in the first frame`);
          if (wide) assert.ok(first.badges > 0, `${at}: the first screen of the demo has badges`);
          assert.equal(
            first.renderedBadges,
            first.badges,
            `${at}: every first-screen badge had rendered in the first frame`,
          );
          assert.ok(
            first.tops.length > (wide ? 3 : 1),
            `${at}: the first screen has text blocks (${first.tops.length})`,
          );
          const moved = first.tops.map((top, i) => Math.abs(now[i] - top));
          assert.ok(
            Math.max(...moved) < 1,
            `${at}: first-screen text moved by ${moved.map((d) => d.toFixed(0)).join(', ')} px`,
          );
          none(await tab.evaluate(() => window.__mgShifts), `${at}: layout shifts`);
          // The finders and the comparer below the screen are content-visibility: auto. Each counts as its real size
          // (if it was shown) or its estimate, never the 0 px of its empty shadow root before its first render (the
          // comparer did, when it came near the screen while waiting).
          const heights = await tab.evaluate(() =>
            [...document.querySelectorAll('mg-food-finder, mg-form-comparer')].map((el) => ({
              tag: el.localName,
              height: el.getBoundingClientRect().height,
            })),
          );
          for (const { tag, height } of heights) {
            assert.ok(height > 300, `${at}: ${tag} counts as ${height.toFixed(0)} px tall`);
          }
          none(log.errors, 'errors');
          notes.push(
            `${at}: ${first.badges} badges and the profile's pickers in the first frame; ${first.tops.length} text blocks moved 0 px; no layout shift`,
            `${at}, below the screen: ${heights.map(({ tag, height }) => `${tag} ${height.toFixed(0)} px`).join(', ')}`,
          );
        } finally {
          await close();
        }
      }
      return notes;
    },
  );
};

/* 9. Subresource Integrity ------------------------------------------------------------------------------------ */
SECTIONS.sri = async () => {
  const integrity = JSON.parse(readFileSync(join(CDN_DIR, 'integrity.json'), 'utf8'));
  const base = `${cdnServer.url}/dist/cdn/`;
  const scriptTag = (hash) =>
    `<script type="module" src="${base}mg-widgets.js" integrity="${hash}" crossorigin="anonymous"></script>`;
  const importMap = (overrides = {}) =>
    `<script type="importmap">${JSON.stringify({
      integrity: Object.fromEntries(
        Object.entries(integrity)
          .filter(([file]) => file !== 'mg-widgets.js')
          .map(([file, hash]) => [`${base}${file}`, overrides[file] ?? hash]),
      ),
    })}</script>`;
  const broken = (hash) => `${hash.slice(0, -4)}${hash.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
  const chunkTags = TAGS.filter((tag) => ['mg-food-finder', 'mg-evidence-badge', 'mg-form-comparer'].includes(tag));

  await check(
    "SRI: the documented script tag (integrity + crossorigin) and an import map with the chunks' integrity load every widget and its data",
    async () => {
      const {
        page: tab,
        log,
        close,
      } = await open(
        page('widgets.html', 'sri.html', TAGS, {
          head: `${importMap()}\n    ${scriptTag(integrity['mg-widgets.js'])}`,
        }),
      );
      try {
        await settle(tab, TAGS);
        await recordEvents(tab);
        none(await unrendered(tab, TAGS), 'widgets that did not render');
        await interact(tab, chunkTags);
        none(log.errors, 'errors');
        assert.ok(
          log.requests.some((url) => url.includes('/chunks/')),
          'chunks were loaded',
        );
      } finally {
        await close();
      }
    },
  );

  await check(
    'SRI: a wrong hash in the script tag stops the bundle; a wrong chunk hash in the import map stops that chunk',
    async () => {
      const entry = await open(
        page('widgets.html', 'sri-bad-entry.html', TAGS, { head: scriptTag(broken(integrity['mg-widgets.js'])) }),
      );
      try {
        await entry.page.waitForTimeout(500);
        assert.deepEqual(
          await entry.page.evaluate((tags) => tags.filter((t) => customElements.get(t)), TAGS),
          [],
          'no tag is defined',
        );
        assert.ok(
          entry.log.errors.some((e) => /integrity/i.test(e)),
          `an integrity error: ${JSON.stringify(entry.log.errors)}`,
        );
      } finally {
        await entry.close();
      }
      if (!TAGS.includes('mg-food-finder')) return 'no food finder in the bundle: the chunk case is skipped';
      const foods = Object.keys(integrity).find((file) => file.startsWith('chunks/foods-everyday'));
      const chunk = await open(
        page('widgets.html', 'sri-bad-chunk.html', TAGS, {
          head: `${importMap({ [foods]: broken(integrity[foods]) })}\n    ${scriptTag(integrity['mg-widgets.js'])}`,
        }),
      );
      try {
        await settle(
          chunk.page,
          TAGS.filter((t) => t !== 'mg-food-finder'),
        );
        await waitFor(
          chunk.page,
          () => {
            // Loading ended without data: no placeholder row and no food row.
            const body = document.querySelector('mg-food-finder')?.shadowRoot?.querySelector('[part~="table"] tbody');
            return Boolean(body && !body.querySelector('tr.skeleton') && !body.querySelector('tr[data-id]'));
          },
          null,
          { message: "the finder's load error" },
        );
        assert.ok(
          chunk.log.errors.some((e) => /integrity/i.test(e)),
          `an integrity error: ${JSON.stringify(chunk.log.errors)}`,
        );
        return `refused: ${chunk.log.errors.find((e) => /integrity/i.test(e)).slice(0, 160)}`;
      } finally {
        await chunk.close();
      }
    },
  );
};

SECTIONS.failure = async () => {
  if (!TAGS.includes('mg-form-comparer')) return;
  await check(
    'a chunk that fails: the comparer says so and offers to try again, with no blank space left; trying again works',
    async () => {
      let fail = true;
      const entry = await open(page('widgets.html', 'forms-fail.html', ['mg-form-comparer']), {
        route: ['**/chunks/forms-*.js', (route) => (fail ? route.abort() : route.continue())],
      });
      try {
        const state = () => {
          const root = document.querySelector('mg-form-comparer')?.shadowRoot;
          return {
            alert: root?.querySelector('[role="alert"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
            retry: Boolean(root?.querySelector('button.retry')),
            placeholders: root?.querySelectorAll('tr.skeleton, .ph-panels, .ph-add').length ?? -1,
            rows: root?.querySelectorAll('tbody tr[data-id]').length ?? -1,
            calculator: Boolean(root?.querySelector('.calc #calc-amount')),
          };
        };
        await waitFor(
          entry.page,
          () => document.querySelector('mg-form-comparer')?.shadowRoot?.querySelector('button.retry'),
          null,
          {
            message: "the comparer's load error",
          },
        );
        const failedState = await entry.page.evaluate(state);
        assert.match(failedState.alert, /could not be loaded/, 'the alert says the forms could not be loaded');
        assert.equal(failedState.placeholders, 0, 'no placeholder is left reserving space');
        fail = false;
        await entry.page.evaluate(() =>
          document.querySelector('mg-form-comparer').shadowRoot.querySelector('button.retry').click(),
        );
        await waitFor(
          entry.page,
          () => document.querySelector('mg-form-comparer')?.shadowRoot?.querySelector('.calc #calc-amount'),
          null,
          {
            message: 'the comparer after trying again',
          },
        );
        const after = await entry.page.evaluate(state);
        assert.equal(after.alert, '', 'no alert after trying again');
        assert.ok(after.rows > 0, 'rows after trying again');
        return `failed: "${failedState.alert}"; after trying again: ${after.rows} rows and the calculator`;
      } finally {
        await entry.close();
      }
    },
  );
};

const only = process.argv.slice(2);
const unknown = only.filter((name) => !(name in SECTIONS));
if (unknown.length) {
  console.error(`Unknown section(s): ${unknown.join(', ')}. Sections: ${Object.keys(SECTIONS).join(', ')}.`);
  process.exit(1);
}
for (const [name, run] of Object.entries(SECTIONS)) {
  if (only.length === 0 || only.includes(name)) await run();
}

await browser.close();
await pageServer.close();
await cdnServer.close();
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failed) {
  console.error(`\n${failed} of ${failed + passed} hostile-host check(s) failed (${seconds} s).`);
  process.exit(1);
}
console.log(
  `\nThe CDN bundle passed all ${passed} hostile-host checks in ${seconds} s (${readdirSync(join(site, 'hostile')).filter((f) => f.endsWith('.html')).length} pages).`,
);
