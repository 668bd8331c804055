// Two builds from the same sources:
// - dist/cdn: one self-registering, minified ES module with Lit inside, for `<script type="module" src>`.
//   Data loaded with `import()` becomes chunks beside it, resolved relative to the script's own URL.
// - dist/esm: the npm build, Lit external, one module per source file (so every component class and every
//   registration file is its own entry), with `.d.ts` types.
import { readdirSync, readFileSync } from 'node:fs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplates } from './scripts/rollup/minify-templates.mjs';
import { privateNamesPattern } from './scripts/rollup/private-names.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const banner = `/*! mg-widgets ${version} | MIT | data: USDA SR28 (public domain), NIH/IOM, graded evidence (see README) */`;
// V8's explicit compile hint (Chrome 136+): compile every function of the file at once, off the main thread while the
// file streams in, instead of on the main thread at each function's first call. Nearly all of the entry runs on
// load, and the chunks load when they are about to run. It must be the file's first line; other engines ignore it.
const compileHint = '//# allFunctionsCalledOnLoad';

/** Every TypeScript module under src: each becomes its own file in dist/esm. */
const allModules = readdirSync('src', { recursive: true })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
  .map((file) => `src/${file}`)
  .sort();

const onwarn = (warning, warn) => {
  // Lit's own `this` at module top level is harmless; everything else is worth seeing.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

export default [
  {
    input: { 'mg-widgets': 'src/define.ts' },
    onwarn,
    plugins: [
      nodeResolve({ browser: true }),
      json({ preferConst: true, compact: true }),
      typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationDir: undefined, outDir: 'dist/cdn', sourceMap: false }),
      minifyTemplates(),
      terser({
        module: true,
        ecma: 2020,
        compress: { passes: 2 },
        // Our classes' private members get short names (see private-names.mjs); public API names never change.
        mangle: { properties: { regex: privateNamesPattern() } },
        format: { comments: /^!|^# allFunctionsCalledOnLoad$/ },
      }),
    ],
    output: {
      dir: 'dist/cdn',
      format: 'es',
      banner: `${compileHint}\n${banner}`,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      // Hashes without '-' or '_', so that a chunk name and its hash never blur (size budgets match on names).
      hashCharacters: 'base36',
    },
  },
  {
    input: allModules,
    onwarn,
    external: [/^lit(\/|$)/, /^@lit\//, 'tslib'],
    plugins: [
      json({ preferConst: true }),
      typescript({ tsconfig: './tsconfig.build.json', outDir: 'dist/esm', declaration: true, declarationDir: 'dist/esm', sourceMap: false }),
    ],
    // Every module under src is an entry of its own (index, define, data, each class and each tag file).
    preserveEntrySignatures: 'strict',
    output: {
      dir: 'dist/esm',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
    },
  },
];
