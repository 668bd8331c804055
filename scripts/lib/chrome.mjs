// Finds the Chromium/Chrome binary every browser-driven script of this project uses.
// Order: $CHROME_PATH, then the usual install paths. On a Debian-like machine, run as root with no
// browser, it installs Debian's `chromium` with apt (and says so); anywhere else it explains what to install.
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** Flags for headless Chromium on a closed network, as root or not. */
export const CHROME_ARGS = [
  '--headless=new',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

function findExisting() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
    process.exit(1);
  }
  return CANDIDATES.find((path) => existsSync(path));
}

function isDebianLike() {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release);
  } catch {
    return false;
  }
}

/**
 * Returns the path of a Chromium-family browser, installing Debian's `chromium` when that is possible.
 * Exits the process with an explanation when no browser can be found.
 */
export function findChrome({ install = true } = {}) {
  let path = findExisting();
  if (path) return path;
  const canApt =
    install && process.platform === 'linux' && process.getuid?.() === 0 && isDebianLike() &&
    spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (canApt) {
    console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get (about 30 s)...');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    path = findExisting();
    if (path) return path;
  }
  console.error(
    [
      'No Chromium or Chrome browser was found. The tests drive a real browser.',
      'Install one, then run the command again:',
      '  Debian/Ubuntu: sudo apt-get install chromium',
      '  macOS:         install Google Chrome, or brew install --cask chromium',
      'or point CHROME_PATH at an existing Chrome/Chromium binary.',
    ].join('\n'),
  );
  process.exit(1);
}
