/**
 * Finds a Chromium or Chrome binary for the widget tests and screenshots.
 *
 * `CHROME_PATH` wins when it names an existing file; otherwise the usual
 * install locations are tried in order. Returns `undefined` when nothing is
 * found, so callers can print {@link CHROME_HINT} and stop.
 */
import { existsSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const CHROME_HINT =
  'No Chromium found: install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to a Chrome/Chromium binary.';

/** Usual locations, most likely first (Debian's package, then other distributions and macOS). */
export const CHROME_CANDIDATES = Object.freeze([
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
]);

function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * @param {NodeJS.ProcessEnv} [env] the environment to read `CHROME_PATH` from
 * @returns {string | undefined} an existing Chromium/Chrome executable, or undefined
 */
export function findChrome(env = process.env) {
  const fromEnv = env.CHROME_PATH?.trim();
  if (fromEnv && existsSync(fromEnv) && isFile(fromEnv)) return fromEnv;
  return CHROME_CANDIDATES.find(isFile);
}

// `node scripts/find-chrome.mjs` prints the path (or the hint, exit 1): handy in CI scripts.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const found = findChrome();
  if (found) console.log(found);
  else {
    console.error(CHROME_HINT);
    process.exitCode = 1;
  }
}
