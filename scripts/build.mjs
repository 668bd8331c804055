// `npm run build`: Rollup (CDN + npm builds), Subresource Integrity hashes of the CDN files, the custom elements
// manifest, then the size of what ships.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsFiles, printSizes } from './lib/sizes.mjs';

function run(cmd, args) {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const started = Date.now();
rmSync('dist', { recursive: true, force: true });
run('node_modules/.bin/rollup', ['-c', '--silent']);

// dist/cdn/integrity.json: { "mg-widgets.js": "sha384-...", "chunks/...": ... } for `integrity` attributes and
// import maps.
const integrity = Object.fromEntries(
  jsFiles('dist/cdn').map((file) => [
    file,
    `sha384-${createHash('sha384').update(readFileSync(join('dist/cdn', file))).digest('base64')}`,
  ]),
);
writeFileSync('dist/cdn/integrity.json', `${JSON.stringify(integrity, null, 2)}\n`);

run('node', ['scripts/manifest.mjs']);
printSizes();
console.log(`\nSRI of the entry: ${integrity['mg-widgets.js']} (all files: dist/cdn/integrity.json)`);
console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
