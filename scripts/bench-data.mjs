#!/usr/bin/env node
// Benchmark of the dataset (not a test): bundles src/data with esbuild into a temporary folder, imports it in Node,
// times 100 typical food searches over `everyday` and `full`, and prints the raw, gzip and brotli size of each
// data chunk and of the small modules that go into the main bundle.
//
//   node scripts/bench-data.mjs
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const generated = join(root, 'src', 'data', 'generated');

/** 100 typical queries: English and Spanish, accents or not, plurals, partial words, with and without filters. */
const QUERIES = [
  ['almonds'],
  ['almendras'],
  ['almendra'],
  ['spinach'],
  ['espinacas'],
  ['espinaca cocida'],
  ['pumpkin seeds'],
  ['semillas de calabaza'],
  ['pepitas'],
  ['pipas'],
  ['black beans'],
  ['frijoles negros'],
  ['frijol'],
  ['alubias'],
  ['beans'],
  ['bean'],
  ['chickpeas'],
  ['garbanzos'],
  ['lentils'],
  ['lentejas'],
  ['tofu'],
  ['soy milk'],
  ['leche de soya'],
  ['leche'],
  ['milk'],
  ['yogurt'],
  ['yogur'],
  ['cheese'],
  ['queso'],
  ['egg'],
  ['huevos'],
  ['salmon'],
  ['salmón'],
  ['salmon', { categories: ['fish-seafood'] }],
  ['tuna'],
  ['atún'],
  ['atun'],
  ['shrimp'],
  ['camarones'],
  ['chicken'],
  ['pollo'],
  ['beef'],
  ['res'],
  ['banana'],
  ['plátano'],
  ['platano'],
  ['avocado'],
  ['aguacate'],
  ['palta'],
  ['tomato'],
  ['tomatoes'],
  ['tomate'],
  ['jitomate'],
  ['potato'],
  ['papa'],
  ['patata'],
  ['sweet potato'],
  ['camote'],
  ['rice'],
  ['arroz integral'],
  ['brown rice'],
  ['oat'],
  ['oatmeal'],
  ['avena'],
  ['quinoa'],
  ['quinua'],
  ['bread'],
  ['pan integral'],
  ['pasta'],
  ['dark chocolate'],
  ['chocolate'],
  ['cacao'],
  ['cashew'],
  ['anacardos'],
  ['marañón'],
  ['peanut butter'],
  ['mantequilla de maní'],
  ['maní'],
  ['nuts'],
  ['nueces'],
  ['nuez'],
  ['seeds', { diet: 'vegan' }],
  ['semillas', { diet: 'vegan' }],
  ['broccoli'],
  ['brócoli'],
  ['kale'],
  ['berries'],
  ['fresas'],
  ['strawberry'],
  ['orange juice'],
  ['jugo de naranja'],
  ['café'],
  ['water'],
  ['agua'],
  ['almo'],
  ['espin'],
  ['fri'],
  ['q'],
  ['', { categories: ['legumes'] }],
  ['', { diet: 'vegetarian', categories: ['grains', 'nuts-seeds'] }],
];
if (QUERIES.length !== 100) throw new Error(`expected 100 queries, have ${QUERIES.length}`);

function sizes(code) {
  const buffer = Buffer.from(code);
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const row = (name, s) =>
  `${name.padEnd(28)} ${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)} ${kb(s.brotli).padStart(10)}`;

async function minified(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

function stats(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const pick = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const total = times.reduce((a, b) => a + b, 0);
  return `median ${pick(0.5).toFixed(3)} ms, p95 ${pick(0.95).toFixed(3)} ms, max ${sorted.at(-1).toFixed(3)} ms, total ${total.toFixed(1)} ms`;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'mg-bench-data-'));
  try {
    const result = await build({
      entryPoints: [join(root, 'src', 'data', 'index.ts')],
      metafile: true,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'neutral',
      minify: true,
      outdir: dir,
      entryNames: '[name]',
      chunkNames: '[name]-[hash]',
      logLevel: 'silent',
    });

    console.log('Chunks of the minified ESM bundle of src/data (esbuild, splitting):');
    console.log(`${'file'.padEnd(28)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`);
    const chunkSizes = {};
    for (const [path, output] of Object.entries(result.metafile.outputs).sort(([a], [b]) => a.localeCompare(b))) {
      const file = basename(path);
      const inputs = Object.keys(output.inputs).map((input) => basename(input));
      const label = inputs.find((input) => /^(foods|evidence|forms)/.test(input)) ?? file;
      const s = sizes(readFileSync(join(dir, file), 'utf8'));
      chunkSizes[label] = s;
      console.log(row(label === file ? `${file} (main)` : `${label} chunk`, s));
    }

    console.log('\nEach generated module on its own (minified):');
    for (const name of [
      'meta',
      'ids',
      'intakes',
      'safety',
      'foods-everyday',
      'evidence',
      'evidence-details',
      'forms',
      'foods-full',
    ]) {
      console.log(row(`${name}.ts`, sizes(await minified(join(generated, `${name}.ts`)))));
    }
    const brotliOf = (name) => chunkSizes[name]?.brotli ?? NaN;
    const everydayPlusEvidence = brotliOf('foods-everyday.ts') + brotliOf('evidence.ts');
    console.log(`\nBudget: everyday foods + evidence chunks = ${kb(everydayPlusEvidence)} brotli (budget 25 KB)`);
    console.log(`Budget: full foods chunk = ${kb(brotliOf('foods-full.ts'))} brotli (budget 150 KB)`);

    const data = await import(pathToFileURL(join(dir, 'index.js')).href);
    for (const dataset of ['everyday', 'full']) {
      let start = performance.now();
      const set = await data.loadFoods(dataset);
      const loadMs = performance.now() - start;
      const times = [];
      let results = 0;
      for (let round = 0; round < 3; round++) {
        for (const [query, filter] of QUERIES) {
          start = performance.now();
          const found = data.queryFoods(set, { query, ...filter, sort: 'serving' });
          const elapsed = performance.now() - start;
          if (round === 2) {
            times.push(elapsed);
            results += found.length;
          }
        }
      }
      console.log(`\n${dataset}: ${set.foods.length} foods, first load ${loadMs.toFixed(1)} ms (decoding and the search index, built in 8 ms slices)`);
      console.log(
        `  100 queries (search + filter + rank per serving; third run, warm): ${stats(times)}; ${results} results`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
