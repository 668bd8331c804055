// @web/test-runner: unit and component tests in headless Chromium.
// `npm test` (scripts/test.mjs) sets CHROME_PATH; run directly, this config finds the browser itself.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChrome } from './scripts/lib/chrome.mjs';

const executablePath = findChrome();
const args = [...CHROME_ARGS, '--disable-renderer-backgrounding', '--disable-background-timer-throttling'];

export default {
  files: ['test/**/*.test.ts'],
  hostname: '127.0.0.1',
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 240000,
  plugins: [
    esbuildPlugin({
      ts: true,
      json: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, args },
      // Test files run side by side. As tabs of one window, all but the front tab get no requestAnimationFrame
      // and every test that waits for a frame times out; a browser context (window) of its own per file avoids it.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
};
