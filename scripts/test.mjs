// `npm test`: every check, in the order that fails fastest.
// 1. browser present  2. generated data up to date  3. type-check  4. lint
// 5. unit and component tests in Chromium (@web/test-runner)  6. build  7. README and docs/publishers.md up to date
// 8. tests of the built bundles in Chromium  9. the CDN bundle on hostile pages  10. React and Vue apps built against
// the package.
// Pass step names to run only some: `node scripts/test.mjs unit`.
import { spawnSync } from 'node:child_process';
import { findChrome } from './lib/chrome.mjs';

const chrome = findChrome();
process.env.CHROME_PATH = chrome;

const bin = (name) => `node_modules/.bin/${name}`;
const steps = [
  ['data', 'node', ['scripts/build-data.mjs', '--check']],
  ['typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
  ['lint', bin('eslint'), ['--max-warnings=0', '.']],
  ['unit', bin('wtr'), ['--config', 'web-test-runner.config.mjs']],
  ['build', 'node', ['scripts/build.mjs']],
  ['docs', 'node', ['scripts/readme-api.mjs', '--check']],
  ['docs', 'node', ['scripts/publishers-doc.mjs', '--check']],
  ['dist', 'node', ['scripts/test-dist.mjs']],
  ['hostile', 'node', ['scripts/test-hostile.mjs']],
  ['frameworks', 'node', ['scripts/test-frameworks.mjs']],
];

const only = process.argv.slice(2);
const started = Date.now();
for (const [name, cmd, args] of steps) {
  if (only.length && !only.includes(name)) continue;
  const t0 = Date.now();
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds} s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(1)} s (browser: ${chrome}).`);
