// `npm run size`: gzip and brotli of every shipped CDN file, then the budgets of package.json `sizeBudgets`.
// A budget names either an `entry` (the file plus every chunk it imports statically: what a page downloads before
// any widget asks for data) or `files` (globs under dist/cdn). Exits 1 when a budget is broken, or when a shipped file
// is in no budget. Run after a build.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { jsFiles, measure, printSizes } from './lib/sizes.mjs';

const CDN = 'dist/cdn';
if (!existsSync(join(CDN, 'mg-widgets.js'))) {
  console.error('No dist/cdn/mg-widgets.js: run `npm run build` first.');
  process.exit(1);
}

/** The file and the chunks it imports statically, transitively (dynamic `import()` excluded). */
export function staticClosure(file) {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(path, 'utf8');
    // Static imports in minified ES modules: `import{a as b}from"./chunks/x.js"` or `import"./chunks/x.js"`.
    for (const match of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g)) {
      if (match[1].startsWith('.')) visit(join(dirname(path), match[1]));
    }
  };
  visit(file);
  return [...seen];
}

/** `*` stands for a content hash (letters and digits only), so `chunks/evidence-*.js` is not `evidence-details-*`. */
function globToRegExp(glob) {
  return new RegExp(`^${glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[a-z0-9]+')}$`);
}

const rows = printSizes(CDN);
const all = jsFiles(CDN).map((file) => join(CDN, file));
const budgets = JSON.parse(readFileSync('package.json', 'utf8')).sizeBudgets ?? [];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
let broken = 0;
const covered = new Set();

console.log(`\n${'budget'.padEnd(58)}  ${'gzip'.padStart(9)}  ${'brotli'.padStart(9)}  ${'limit'.padStart(9)}`);
for (const budget of budgets) {
  let files;
  if (budget.entry) files = staticClosure(budget.entry);
  else files = all.filter((file) => budget.files.some((glob) => globToRegExp(glob).test(file)));
  for (const file of files) covered.add(file);
  if (files.length === 0) {
    console.log(`✖ ${budget.name}: no file matches`);
    broken += 1;
    continue;
  }
  const total = files.reduce(
    (sum, file) => {
      const size = measure(readFileSync(file));
      return { gzip: sum.gzip + size.gzip, brotli: sum.brotli + size.brotli };
    },
    { gzip: 0, brotli: 0 },
  );
  const ok = total.brotli <= budget.brotli;
  if (!ok) broken += 1;
  console.log(
    `${ok ? '✔' : '✖'} ${budget.name.padEnd(56)}  ${kb(total.gzip).padStart(9)}  ${kb(total.brotli).padStart(9)}  ${kb(budget.brotli).padStart(9)}`,
  );
  if (budget.entry || files.length > 1) console.log(`    ${files.map((f) => relative(CDN, f)).join(', ')}`);
}
// A new chunk (Rollup splits one out when two lazy modules share code) must join a budget, or it would grow unseen.
const unbudgeted = all.filter((file) => !covered.has(file));
if (unbudgeted.length) {
  console.log(`✖ in no budget: ${unbudgeted.map((f) => relative(CDN, f)).join(', ')}`);
  broken += 1;
}
if (rows.length === 0 || broken) {
  console.error(`\n${broken} size budget(s) broken.`);
  process.exit(1);
}
console.log('\nEvery size budget holds.');
