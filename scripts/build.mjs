// `npm run build`: Rollup (CDN + npm builds), then the custom elements manifest, then the size of what ships.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { printSizes } from './lib/sizes.mjs';

function run(cmd, args) {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const started = Date.now();
rmSync('dist', { recursive: true, force: true });
run('node_modules/.bin/rollup', ['-c', '--silent']);
run('node', ['scripts/manifest.mjs']);
printSizes();
console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
