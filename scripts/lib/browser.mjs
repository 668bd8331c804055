// Launches the system Chromium through playwright-core (never a downloaded browser).
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './chrome.mjs';

/** A headless Chromium from the machine, with flags that keep it quiet on a closed network. */
export async function launchBrowser(options = {}) {
  return chromium.launch({
    executablePath: findChrome(),
    args: CHROME_ARGS.filter((arg) => !arg.startsWith('--headless')),
    headless: true,
    ...options,
  });
}
