// `npm run bench`: the demo article with every widget (A, loaded through the CDN build as a publisher would) against
// the same article as static HTML (B: the same page without the script, so the light-DOM fallback table shows).
// When the demo's script tag has blocking="render" (the documented tag), A' is the same page without it: the cost
// of that attribute (a later first paint) against what it buys (first-screen widgets in the first frame).
// Side by side in one run, alternating order, with 4x CPU throttling, in the system Chromium through CDP.
// Prints medians (min-max) and the ratio A/B; then measures interactions on A, beside two floors in the same page (a
// plain search box, and one that fills a plain table). Writes bench/results/<date>.json.
// It is a measurement: it never fails on a timing. Besides CLS it reports how far the page's own text on the first
// screen moved between the first frame and "every widget rendered": CLS misses content that a widget re-slots.
//
// With --base REV it also loads A with the CDN build of another revision (A@REV), in the same alternation: a
// change's before and after, side by side in one run; the interactions are measured on both, sample by sample. That
// build is made from `git archive REV` with this checkout's node_modules, and kept in node_modules/.cache/mg-bench/.
//
// Options: --runs N (default 10), --throttle N (default 4), --samples N (per interaction, default 120), --base REV,
// --no-build, --quiet
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchBrowser } from './lib/browser.mjs';
import { serve } from './lib/serve.mjs';
import { measure } from './lib/sizes.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? Number(argv[at + 1]) : fallback;
};
const RUNS = Math.max(1, option('runs', 10));
const BASE_REV = argv.includes('--base') ? argv[argv.indexOf('--base') + 1] : undefined;
if (argv.includes('--base') && !BASE_REV) throw new Error('--base needs a revision: --base main, --base HEAD~3...');
const THROTTLE = Math.max(1, option('throttle', 4));
// Samples per interaction. With 40, the p95 was the second slowest sample, and the full list's keystroke p95 moved
// between 34 and 76 ms from run to run of the same build; with 120 it is the sixth slowest.
const INTERACTION_SAMPLES = Math.max(20, option('samples', 120));

if (!argv.includes('--no-build')) {
  const build = spawnSync('node', ['scripts/build.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// ---------------------------------------------------------------------------------------------------------------
// Pages. A is demo/index.html as it is. B is the same file without the module script: what a reader without our
// widgets gets (the article text and the static fallback table of the same top foods).
const articleA = readFileSync('demo/index.html', 'utf8');
const articleB = articleA.replace(/<script type="module"[^>]*><\/script>\s*/g, '');
if (articleA === articleB) throw new Error('demo/index.html has no module script to remove for the static baseline');
const articleA2 = articleA.replace(/(<script type="module"[^>]*?) blocking="render"/, '$1');
const VARIANTS = articleA2 === articleA ? ['A', 'B'] : ['A', "A'", 'B'];

/** Builds the CDN bundle of `rev` (once per commit) where the file server reaches it; returns its URL path. */
function buildRevision(rev) {
  const sha = execFileSync('git', ['rev-parse', '--short', `${rev}^{commit}`], { encoding: 'utf8' }).trim();
  const served = `node_modules/.cache/mg-bench/${sha}`;
  if (!existsSync(`${served}/cdn/mg-widgets.js`)) {
    const work = mkdtempSync(join(tmpdir(), `mg-bench-${sha}-`));
    try {
      execFileSync('sh', ['-c', `git archive ${sha} | tar -x -C "${work}"`]);
      symlinkSync(resolve('node_modules'), join(work, 'node_modules'), 'dir');
      const build = spawnSync('node_modules/.bin/rollup', ['-c', '--silent'], { cwd: work, stdio: 'inherit' });
      if (build.status !== 0) throw new Error(`the build of ${rev} (${sha}) failed`);
      rmSync(served, { recursive: true, force: true });
      cpSync(join(work, 'dist/cdn'), `${served}/cdn`, { recursive: true });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  return { sha, path: `/${served}/cdn/` };
}
const base = BASE_REV ? buildRevision(BASE_REV) : undefined;
const BASE = base ? `A@${base.sha}` : undefined;
const articleBase = base ? articleA.replace('../dist/cdn/mg-widgets.js', `..${base.path}mg-widgets.js`) : undefined;
if (base && articleBase === articleA) throw new Error('demo/index.html does not load ../dist/cdn/mg-widgets.js');
if (BASE) VARIANTS.splice(1, 0, BASE);

// Every page lives in demo/, so that relative URLs (article.css, ../dist/cdn/...) resolve as in the real demo; A' and
// B are answered by a route of the browser context (see newSession), A by the file server, compressed with brotli.
const files = await serve('.', { compress: 'br' });
const fileOrigin = files.url;
/** The variants answered by a route: the file name they are served under in demo/, and their HTML. */
const ROUTED = { "A'": ['not-render-blocking.html', articleA2], B: ['static.html', articleB] };
if (BASE) ROUTED[BASE] = ['base.html', articleBase];
const PAGE = { A: `${fileOrigin}/demo/index.html` };
for (const [variant, [name]] of Object.entries(ROUTED)) PAGE[variant] = `${fileOrigin}/demo/${name}`;

// ---------------------------------------------------------------------------------------------------------------
// In-page instrumentation, installed before any page script runs.
const INSTRUMENT = () => {
  const bench = (window.__mgBench = {
    lcp: 0,
    cls: 0,
    shifts: [],
    longTasks: [],
    loafs: [],
    fcp: 0,
    rendered: null,
    moved: null,
  });

  // The page's own text blocks on the first screen, where the first frame painted them. The Layout Instability API
  // (CLS) does not see content that moves because a widget re-slots it into its shadow root (the reader profile wraps
  // the article), so the benchmark also compares where these blocks are once every widget has rendered.
  let firstFrame = null;
  const blocks = () =>
    [...document.querySelectorAll('h1, h2, h3, p, li, figcaption')].filter(
      (el) => !el.closest('mg-food-finder, mg-form-comparer, mg-disclaimer-banner, mg-evidence-badge'),
    );
  const where = (el) => {
    const rect = el.getBoundingClientRect();
    return rect.height === 0 && rect.width === 0 ? null : rect.top + window.scrollY;
  };
  // Read where the first paint shows them: after the first frame's layout and its ResizeObserver callbacks (the
  // widgets place themselves in one, created before this one), just before that frame paints.
  requestAnimationFrame(() => {
    const observer = new ResizeObserver(() => {
      observer.disconnect();
      firstFrame = blocks()
        .map((el) => ({ el, top: where(el) }))
        .filter(({ top }) => top !== null && top - window.scrollY < window.innerHeight);
    });
    observer.observe(document.documentElement);
  });
  const movedSinceFirstFrame = () => {
    const moves = (firstFrame ?? []).map(({ el, top }) => Math.abs((where(el) ?? top) - top));
    return { max: Math.max(0, ...moves), count: moves.filter((d) => d >= 1).length, of: moves.length };
  };
  window.__mgMoved = movedSinceFirstFrame;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      bench.cls += entry.value;
      bench.shifts.push({
        value: entry.value,
        time: entry.startTime,
        sources: (entry.sources ?? []).map((s) =>
          s.node ? s.node.nodeName + (s.node.id ? `#${s.node.id}` : '') : '?',
        ),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      bench.loafs.push({
        start: entry.startTime,
        duration: entry.duration,
        blocking: entry.blockingDuration,
        scripts: (entry.scripts ?? []).map((s) => ({
          url: s.sourceURL,
          start: s.startTime,
          duration: s.duration,
          invoker: s.invoker,
          invokerType: s.invokerType,
        })),
      });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') bench.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });

  // "Every widget rendered": each mg-* element is defined, has rendered its shadow root, and none of them is busy
  // (widgets mark data loading with aria-busy="true").
  const widgetsReady = () => {
    const widgets = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('mg-'));
    if (widgets.length === 0) return false;
    return widgets.every(
      (el) =>
        customElements.get(el.localName) &&
        el.shadowRoot &&
        el.shadowRoot.childNodes.length > 0 &&
        !el.shadowRoot.querySelector('[aria-busy="true"]') &&
        el.getAttribute('aria-busy') !== 'true',
    );
  };
  const poll = () => {
    if (widgetsReady()) {
      // The frame after the last change is the one that paints it.
      requestAnimationFrame(() => {
        bench.rendered = performance.now();
        bench.moved = movedSinceFirstFrame();
      });
      return;
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);

  /** Resolves with the time of the next paint after now: a frame, then a task right after it. */
  window.__mgAfterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      }),
    );
};

// ---------------------------------------------------------------------------------------------------------------
const browser = await launchBrowser();

async function newSession() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  for (const [name, body] of Object.values(ROUTED)) {
    await context.route(`**/demo/${name}`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
    );
  }
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.addInitScript(INSTRUMENT);
  return { context, page, cdp };
}

async function loadRun(variant) {
  const { context, page, cdp } = await newSession();
  const scripts = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    try {
      const body = await response.body();
      const sizes = await response.request().sizes();
      scripts.push({ url: response.url(), transferred: sizes.responseBodySize, ...measure(body) });
    } catch {
      // The page closed first; the script is counted in other runs.
    }
  });
  await page.goto(PAGE[variant], { waitUntil: 'load' });
  if (variant !== 'B') {
    await page.waitForFunction(() => window.__mgBench.rendered !== null, null, { timeout: 60000, polling: 100 });
  }
  // Let late shifts and long tasks land, then read everything.
  await page.waitForTimeout(1000);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const data = await page.evaluate(() => {
    const b = window.__mgBench;
    const after = b.longTasks.filter((t) => t.start >= b.fcp);
    // The scripts from our files in each long frame.
    const ourIn = b.loafs.map((l) =>
      l.scripts.filter((script) => /\/dist\/cdn\/|\/mg-bench\/[^/]+\/cdn\//.test(script.url)),
    );
    const ours = b.loafs.filter((l, i) => l.duration > 50 && ourIn[i].length > 0);
    // Our part of each long frame: the time of the scripts from our files that ran in it (the frame's own style,
    // layout and paint, which the static page pays too, are not counted; layout our script forced is).
    const ourScript = ourIn.map((scripts) => scripts.reduce((sum, s) => sum + s.duration, 0));
    // The same per task: in each long task, the time of the scripts from our files that started in it. (A frame may
    // hold several tasks: under blocking="render" the module's task and the first frame's renders are one frame.)
    const ourScripts = ourIn.flat();
    const ourInTask = b.longTasks.map((t) =>
      ourScripts.filter((s) => s.start >= t.start && s.start < t.start + t.duration),
    );
    const ourTask = ourInTask.map((scripts) => scripts.reduce((sum, s) => sum + s.duration, 0));
    // What started our script in each frame with more than 50 ms of it: the module's evaluation, a ResizeObserver
    // callback (the first-screen renders), a message (a queued turn), a resolved promise (data arrived)...
    const what = (script) =>
      script.invokerType === 'module-script'
        ? `module ${script.url
            .split('/')
            .pop()
            .replace(/-[a-z0-9]{8}\.js$/, '.js')}`
        : `${script.invokerType} ${script.invoker.replace(/^https?:\/\/[^/]+/, '').replace(/-[a-z0-9]{8}\.js/, '.js')}`;
    const longest = (scripts) => [...scripts].sort((x, y) => y.duration - x.duration)[0];
    /** The frames or tasks with more than 50 ms of our script, each with what started the longest of it. */
    const over50 = (entries) =>
      entries
        .filter(({ ours }) => ours > 50)
        .map(({ start, ours, scripts }) => ({ start, ours, by: what(longest(scripts)) }));
    const ourFrames = over50(b.loafs.map((l, i) => ({ start: l.start, ours: ourScript[i], scripts: ourIn[i] })));
    const ourTasks = over50(b.longTasks.map((t, i) => ({ start: t.start, ours: ourTask[i], scripts: ourInTask[i] })));
    return {
      fcp: b.fcp,
      lcp: b.lcp,
      cls: b.cls,
      shifts: b.shifts,
      tbt: after.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
      longTasks: b.longTasks.length,
      longestTask: b.longTasks.reduce((max, t) => Math.max(max, t.duration), 0),
      ourLongFrames: ours.length,
      ourScriptMax: ourScript.reduce((max, ms) => Math.max(max, ms), 0),
      ourScriptOver50: ourScript.filter((ms) => ms > 50).length,
      ourTaskMax: ourTask.reduce((max, ms) => Math.max(max, ms), 0),
      ourTaskOver50: ourTask.filter((ms) => ms > 50).length,
      ourLongestFrame: ours.reduce((max, l) => Math.max(max, l.duration), 0),
      ourFrames,
      ourTasks,
      rendered: b.rendered,
      // B has no widgets to wait for: its blocks are compared at the same point (after the load and a second).
      movedMax: (b.moved ?? window.__mgMoved()).max,
      movedCount: (b.moved ?? window.__mgMoved()).count,
    };
  });
  await context.close();
  return {
    ...data,
    heap: heap.usedSize,
    scriptCount: scripts.length,
    scriptBr: scripts.reduce((s, x) => s + x.brotli, 0),
    scriptGzip: scripts.reduce((s, x) => s + x.gzip, 0),
    scriptTransferred: scripts.reduce((s, x) => s + x.transferred, 0),
    scripts: scripts.map((s) => s.url.replace(fileOrigin, '')),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Interactions on A (and on A@REV with --base: one page of each, the two builds taking turns sample by sample, so
// that both meet the same moments of a noisy machine). Each probe has an optional `setup` for each page and a
// `sample` that returns one measurement: ms, or for keystrokes { work, 'from input', painted }.
async function measureInteractions(variants) {
  const sessions = [];
  for (const variant of variants) {
    const session = await newSession();
    await session.page.goto(PAGE[variant], { waitUntil: 'load' });
    await session.page.waitForFunction(() => window.__mgBench.rendered !== null, null, {
      timeout: 60000,
      polling: 100,
    });
    sessions.push({ variant, ...session });
  }
  const results = Object.fromEntries(variants.map((variant) => [variant, {}]));
  for (const [name, probe] of Object.entries(PROBES)) {
    const samples = new Map(sessions.map(({ variant }) => [variant, []]));
    try {
      await within(
        240000,
        (async () => {
          for (const { page } of sessions) await probe.setup?.(page);
          for (let i = 0; i < INTERACTION_SAMPLES; i++) {
            // Alternating order: each build goes first in turn.
            const order = sessions.map((_, k) => sessions[(i + k) % sessions.length]);
            for (const { variant, page } of order) samples.get(variant).push(await probe.sample(page, i));
          }
        })(),
      );
      for (const [variant, list] of samples) {
        results[variant][name] =
          typeof list[0] === 'number'
            ? list
            : Object.fromEntries(Object.keys(list[0]).map((kind) => [kind, list.map((sample) => sample[kind])]));
      }
    } catch (error) {
      for (const variant of variants) results[variant][name] = { error: String(error.message).split('\n')[0] };
    }
  }
  for (const { context } of sessions) await context.close();
  return results;
}

/**
 * Presses the `i`th key of a word (a real key: CDP key events) in a search box inside a widget and times it: from the keydown to
 * the widget's update with style and layout done ("work"), and to the next paint after it ("painted", which also
 * waits for the next frame). "from input" is the part of "work" after the browser dispatched the `input` event: our
 * handler, update, style and layout, without the time the key waited for the main thread or the browser's own key
 * handling (what makes the floor's p95 jump on a busy machine). Before each word's first key the box is cleared.
 * `selector` may also name a plain search box of the page (the floor: what the browser alone spends on a keystroke in
 * this page).
 */
async function keystroke(page, selector, text, i) {
  const char = text[i % text.length];
  if (i % text.length === 0) {
    await page.evaluate(async (selector) => {
      const widget = document.querySelector(selector);
      const input = widget.shadowRoot?.querySelector('input[type="search"]') ?? widget;
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await widget.updateComplete;
      input.focus();
      await window.__mgAfterPaint();
    }, selector);
  }
  // Arm the listeners first and wait for that: the browser may run a key event before a pending script task.
  await page.evaluate((selector) => {
    const widget = document.querySelector(selector);
    const input = widget.shadowRoot?.querySelector('input[type="search"]') ?? widget;
    let start = 0;
    let dispatched = 0;
    window.__mgKey = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no input event within 10 s')), 10000);
      input.addEventListener('keydown', (event) => (start = event.timeStamp), { once: true });
      // The first listener on the input event's path (the window, capturing), before any of the widget's.
      window.addEventListener('input', () => (dispatched = performance.now()), { capture: true, once: true });
      input.addEventListener(
        'input',
        async () => {
          await widget.updateComplete;
          // Reading layout forces the style and layout work of this update now.
          (widget.shadowRoot?.querySelector('table, [role="table"], ul, ol') ?? widget).getBoundingClientRect();
          const done = performance.now();
          const paint = await window.__mgAfterPaint();
          clearTimeout(timer);
          resolve({ work: done - start, painted: paint - start, fromInput: done - dispatched });
        },
        { once: true },
      );
    });
  }, selector);
  await page.keyboard.press(char);
  const sample = await page.evaluate(() => window.__mgKey);
  return { work: sample.work, 'from input': sample.fromInput, painted: sample.painted };
}

/** Rejects when a probe takes longer than `ms`: the benchmark reports it instead of hanging. */
function within(ms, promise) {
  return Promise.race([
    promise,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s`)), ms)),
  ]);
}

const PROBES = {
  'plain search box keystroke (floor)': {
    // The same keys in a search box of the page itself, just after the finder: no widget, no script of ours runs.
    setup: (page) =>
      page.evaluate(() => {
        const input = document.createElement('input');
        input.type = 'search';
        input.id = 'bench-floor';
        input.setAttribute('aria-label', 'Floor');
        document.querySelector('mg-food-finder:not([static])').after(input);
      }),
    sample: (page, i) => keystroke(page, '#bench-floor', 'almond', i),
  },
  'plain table keystroke (floor)': {
    // The browser's floor for the finder's keystroke: the same keys in a plain search box that fills a plain table of
    // the page (no shadow DOM, no Lit, no styles of ours) with the top ten everyday foods matching the text, found
    // with the library's public queryFoods (npm build, no Lit), cell text written in place.
    setup: (page) =>
      page.evaluate(async () => {
        const { foodName, loadFoods, mgPerServing, percentDailyValue, queryFoods, servingLabel } =
          await import('../dist/esm/data/index.js');
        const set = await loadFoods('everyday');
        const format = new Intl.NumberFormat('en');
        const input = document.createElement('input');
        input.type = 'search';
        input.id = 'bench-table-floor';
        input.setAttribute('aria-label', 'Table floor');
        const table = document.createElement('table');
        const body = table.createTBody();
        const show = () => {
          const foods = queryFoods(set, { query: input.value, sort: 'serving', limit: 10 });
          while (body.rows.length > foods.length) body.deleteRow(-1);
          while (body.rows.length < foods.length) {
            const row = body.insertRow();
            row.append(document.createElement('th'));
            for (let i = 0; i < 4; i++) row.insertCell();
          }
          foods.forEach((food, i) => {
            const mg = mgPerServing(food, 'us');
            const cells = body.rows[i].cells;
            cells[0].textContent = foodName(food, 'en');
            cells[1].textContent = servingLabel(food, 'en', 'us') ?? '—';
            cells[2].textContent = mg === null ? '—' : `${format.format(Math.round(mg))} mg`;
            cells[3].textContent = mg === null ? '—' : `${format.format(Math.round(percentDailyValue(mg)))}%`;
            cells[4].textContent = food.category;
          });
        };
        input.addEventListener('input', show);
        show();
        document.querySelector('mg-food-finder:not([static])').after(input, table);
      }),
    sample: (page, i) => keystroke(page, '#bench-table-floor', 'almond', i),
  },
  'food-finder keystroke (everyday)': {
    sample: (page, i) => keystroke(page, 'mg-food-finder:not([static])', 'almond', i),
  },
  'food-finder keystroke (full)': {
    setup: (page) =>
      page.evaluate(async () => {
        const finder = document.createElement('mg-food-finder');
        finder.setAttribute('dataset', 'full');
        finder.id = 'bench-full';
        document.querySelector('main').append(finder);
        await finder.updateComplete;
        // The full list loads when the reader turns "everyday foods only" off.
        finder.everydayOnly = false;
        await new Promise((resolve) => {
          const check = () =>
            finder.shadowRoot.querySelector('input[type="search"]') &&
            !finder.shadowRoot.querySelector('[aria-busy="true"]')
              ? resolve()
              : setTimeout(check, 50);
          check();
        });
      }),
    sample: (page, i) => keystroke(page, '#bench-full', 'beans', i),
  },
  'evidence-badge open to painted': {
    sample: (page) =>
      page.evaluate(async () => {
        const badges = [...document.querySelectorAll('mg-evidence-badge')].filter(
          (b) => b.getAttribute('variant') !== 'card',
        );
        const badge = badges[0];
        const button = badge.shadowRoot.querySelector('button');
        if (badge.open) {
          button.click();
          await badge.updateComplete;
        }
        return new Promise((resolve) => {
          button.addEventListener(
            'click',
            async (event) => {
              const start = event.timeStamp;
              // Wait until the details are open and have their content, then the paint that shows them.
              const ready = () => badge.open && !badge.shadowRoot.querySelector('[aria-busy="true"]');
              while (!ready()) await new Promise((r) => setTimeout(r, 0));
              await badge.updateComplete;
              resolve((await window.__mgAfterPaint()) - start);
            },
            { once: true },
          );
          button.click();
        });
      }),
  },
  'form-comparer calculator input': {
    sample: (page, i) =>
      page.evaluate(async (digit) => {
        const comparer = document.querySelector('mg-form-comparer');
        const input = comparer.shadowRoot.querySelector('input[type="number"], input[inputmode="decimal"]');
        return new Promise((resolve) => {
          input.addEventListener(
            'input',
            async (event) => {
              const start = event.timeStamp;
              await comparer.updateComplete;
              resolve((await window.__mgAfterPaint()) - start);
            },
            { once: true },
          );
          input.value = String(100 + digit * 50);
          input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
        });
      }, i % 10),
  },
};

// ---------------------------------------------------------------------------------------------------------------
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const median = (values) => percentile(values, 50);
const stats = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });

// What the throttle means on this machine. CPU throttling is relative to the host: 4x of a fast laptop is a faster
// phone than 4x of a shared CI runner. So each run records Lighthouse's BenchmarkIndex of the browser, unthrottled
// and throttled: the mean of two half-second loops, each counted in iterations per second divided by 10 (one
// builds a 10,000-character string a character at a time; the other copies 100,000 integers from one array to the
// other and back, reading the clock every tenth copy). Lighthouse's brackets (Chrome 86 on, docs/throttling.md in
// GoogleChrome/lighthouse): desktops 1000 and up, high-end phones 800 to 1200, mid-tier phones 125 to 800.
function benchmarkIndexInPage() {
  const HALF_SECOND = 500;
  const perSecond = (count, since) => count / 10 / ((Date.now() - since) / 1000);
  let since = Date.now();
  let count = 0;
  while (Date.now() - since < HALF_SECOND) {
    let text = '';
    for (let i = 0; i < 10000; i++) text += 'a';
    if (text.length !== 10000) throw new Error('the string loop was optimized away');
    count++;
  }
  const strings = perSecond(count, since);
  const one = Array.from({ length: 100000 }, (_, i) => i);
  const other = one.slice();
  since = Date.now();
  count = 0;
  while (count % 10 !== 0 || Date.now() - since < HALF_SECOND) {
    const [from, to] = count % 2 === 0 ? [one, other] : [other, one];
    for (let i = 0; i < from.length; i++) to[i] = from[i];
    count++;
  }
  return (strings + perSecond(count, since)) / 2;
}

/** This machine's BenchmarkIndex at 1x and at the throttle: the median of three of each, taking turns. */
async function machineIndex() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const rates = [...new Set([1, THROTTLE])];
  const scores = Object.fromEntries(rates.map((rate) => [rate, []]));
  for (let i = 0; i < 3; i++) {
    for (const rate of rates) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      scores[rate].push(await page.evaluate(benchmarkIndexInPage));
    }
  }
  await context.close();
  return Object.fromEntries(rates.map((rate) => [`${rate}x`, Math.round(median(scores[rate]))]));
}

const runs = Object.fromEntries(VARIANTS.map((variant) => [variant, []]));
const started = Date.now();
const machine = { cpus: availableParallelism(), benchmarkIndex: await machineIndex() };
// One load of each variant first, not counted: the file server compresses each file on its first request (brotli at
// its best setting: about 0.3 s for the entry, more on a busy machine), as a CDN does once before it caches the
// result. Counted, that would be network time in the first run of whichever variant asked first.
for (const variant of VARIANTS) await loadRun(variant);
for (let i = 0; i < RUNS; i++) {
  // Alternating order: each variant goes first, and last, in turn.
  const order = VARIANTS.map((_, k) => VARIANTS[(i + k) % VARIANTS.length]);
  for (const variant of order) runs[variant].push(await loadRun(variant));
  if (!argv.includes('--quiet')) process.stdout.write(`\rload runs: ${i + 1}/${RUNS}`);
}
process.stdout.write('\n');
const interactionsOf = await measureInteractions(BASE ? ['A', BASE] : ['A']);
const interactions = interactionsOf.A;
await browser.close();
await files.close();

const METRICS = [
  ['script transferred (br, as served)', 'scriptTransferred', 'bytes'],
  ['script, brotli', 'scriptBr', 'bytes'],
  ['script, gzip', 'scriptGzip', 'bytes'],
  ['script files', 'scriptCount', 'count'],
  ['every widget rendered', 'rendered', 'ms'],
  ['First Contentful Paint', 'fcp', 'ms'],
  ['Largest Contentful Paint', 'lcp', 'ms'],
  ['Cumulative Layout Shift', 'cls', 'score'],
  ['first-screen text moved after 1st frame', 'movedMax', 'px'],
  ['first-screen text blocks that moved', 'movedCount', 'count'],
  ['total blocking time', 'tbt', 'ms'],
  ['long tasks', 'longTasks', 'count'],
  ['longest task', 'longestTask', 'ms'],
  ['long frames (>50 ms) with our script', 'ourLongFrames', 'count'],
  ['our script in one frame, longest', 'ourScriptMax', 'ms'],
  ['frames with >50 ms of our script', 'ourScriptOver50', 'count'],
  ['our script in one task, longest', 'ourTaskMax', 'ms'],
  ['tasks with >50 ms of our script', 'ourTaskOver50', 'count'],
  ['JS heap after load (after GC)', 'heap', 'bytes'],
];
const format = (value, unit) => {
  if (value == null || Number.isNaN(value)) return '—';
  if (unit === 'bytes') return `${(value / 1024).toFixed(1)} KB`;
  if (unit === 'ms') return `${value.toFixed(0)} ms`;
  if (unit === 'score') return value.toFixed(4);
  if (unit === 'px') return `${value.toFixed(0)} px`;
  return String(Math.round(value));
};

const table = METRICS.map(([label, key, unit]) => {
  const row = { label, key, unit };
  for (const variant of VARIANTS) {
    const values = runs[variant].map((r) => r[key]).filter((v) => v != null);
    row[variant] = values.length ? stats(values) : null;
  }
  row.ratio = row.A && row.B && row.B.median > 0 ? row.A.median / row.B.median : null;
  return row;
});

const HEADINGS = { A: 'A: demo with widgets', "A'": "A': A, script not render-blocking", B: 'B: static HTML' };
if (BASE) HEADINGS[BASE] = `${BASE}: A, build of ${BASE_REV}`;
const col = (s, unit) => (s ? `${format(s.median, unit)} (${format(s.min, unit)}–${format(s.max, unit)})` : '—');
console.log(
  `\nMachine: ${machine.cpus} CPUs; Lighthouse BenchmarkIndex ${Object.entries(machine.benchmarkIndex)
    .map(([rate, index]) => `${index} at ${rate}`)
    .join(', ')} (Lighthouse: desktops 1000 and up, mid-tier phones 125 to 800)`,
);
console.log(
  `\nLoad: ${RUNS} runs each after one uncounted load each, alternating, CPU throttled ${THROTTLE}x, cold cache (medians, min–max)\n`,
);
const [first, width] = [40, 36];
console.log(`${'metric'.padEnd(first)}${VARIANTS.map((v) => HEADINGS[v].padEnd(width)).join('')}A/B`);
for (const row of table) {
  const cells = VARIANTS.map((v) => col(row[v], row.unit).padEnd(width)).join('');
  console.log(`${row.label.padEnd(first)}${cells}${row.ratio == null ? '—' : `${row.ratio.toFixed(2)}x`}`);
}

console.log(
  `\nInteractions on A${BASE ? ` and ${BASE} (taking turns, sample by sample)` : ''} (${INTERACTION_SAMPLES} samples each, CPU throttled ${THROTTLE}x)\n`,
);
/** Each interaction's rows of medians and p95 ("name, kind"), and its errors. */
function interactionTable(results) {
  const rows = {};
  for (const [name, result] of Object.entries(results)) {
    if (result.error) {
      rows[name] = result;
      continue;
    }
    const series = Array.isArray(result) ? { painted: result } : result;
    for (const [kind, samples] of Object.entries(series)) {
      rows[`${name}, ${kind}`] = {
        median: median(samples),
        p95: percentile(samples, 95),
        min: Math.min(...samples),
        max: Math.max(...samples),
        samples,
      };
    }
  }
  return rows;
}
const interactionRows = interactionTable(interactions);
const baseInteractionRows = BASE ? interactionTable(interactionsOf[BASE]) : undefined;
const interactionLine = (label, row) =>
  row.error
    ? `${label.padEnd(48)}not measured: ${row.error}`
    : `${label.padEnd(48)}median ${row.median.toFixed(1).padStart(6)} ms   p95 ${row.p95.toFixed(1).padStart(6)} ms   (${row.min.toFixed(1)}–${row.max.toFixed(1)})`;
for (const [label, row] of Object.entries(interactionRows)) {
  console.log(interactionLine(label, row));
  const baseRow = baseInteractionRows?.[label];
  if (baseRow) console.log(interactionLine(`  the same on ${BASE}`, baseRow));
}
console.log(
  'work: keydown to the update with style and layout done; from input: the same from the input event (without the ' +
    "key's wait for the main thread); painted: keydown to the next frame after the update.",
);

// Our frames and tasks over 50 ms, by what started the longest script of ours in them (all runs of A together; and
// of A@REV with --base).
for (const [variant, unit, key] of [
  ['A', 'frames', 'ourFrames'],
  ['A', 'tasks', 'ourTasks'],
  ...(BASE ? [[BASE, 'tasks', 'ourTasks']] : []),
]) {
  const byStarter = new Map();
  for (const run of runs[variant])
    for (const f of run[key] ?? []) byStarter.set(f.by, [...(byStarter.get(f.by) ?? []), f.ours]);
  if (!byStarter.size) continue;
  console.log(
    `\n${unit[0].toUpperCase()}${unit.slice(1)} of ${variant} with >50 ms of our script, by what started it (${RUNS} runs together):`,
  );
  for (const [by, list] of [...byStarter].sort((x, y) => y[1].length - x[1].length)) {
    console.log(
      `  ${by.padEnd(60)}${String(list.length).padStart(3)} ${unit}, our script median ${median(list).toFixed(0)} ms, max ${Math.max(...list).toFixed(0)} ms`,
    );
  }
}

const scriptsA = runs.A[0]?.scripts ?? [];
console.log(`\nScripts loaded by A: ${scriptsA.join(', ') || 'none'}`);
const shifted = runs.A.flatMap((r) => r.shifts);
if (shifted.length)
  console.log(`Layout shifts on A: ${shifted.map((s) => `${s.value.toFixed(4)} [${s.sources.join(' ')}]`).join('; ')}`);

mkdirSync('bench/results', { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const out = `bench/results/${stamp}.json`;
writeFileSync(
  out,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      chromium: browser.version?.() ?? null,
      runs: RUNS,
      throttle: THROTTLE,
      machine,
      base: base ? { rev: BASE_REV, commit: base.sha } : null,
      variants: VARIANTS.map((variant) => ({ variant, heading: HEADINGS[variant] })),
      table,
      interactions: interactionRows,
      ...(baseInteractionRows ? { baseInteractions: baseInteractionRows } : {}),
      raw: runs,
      seconds: (Date.now() - started) / 1000,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nWrote ${out} (${((Date.now() - started) / 1000).toFixed(0)} s).`);
