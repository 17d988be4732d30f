import { execFileSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';

/** Flags that keep Chromium quiet on a machine without a general network. */
export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** @type {{ path: string, version: string } | undefined} */
let found;

/**
 * Debian's chromium on PATH, unless CHROME_PATH points at another Chrome:
 * checked once (it exists, is executable and says it is Chrome or Chromium),
 * else an error whose message is one line saying which and how to fix it.
 * @returns {{ path: string, version: string }}
 */
export function chromium() {
  if (found) return found;
  const fromEnv = process.env.CHROME_PATH;
  const path = fromEnv || onPath('chromium');
  const checked = path ? inspect(path) : { problem: 'not found' };
  if ('problem' in checked) {
    const fix = fromEnv
      ? 'point CHROME_PATH at a Chrome or Chromium binary, or unset it to use chromium on PATH'
      : 'install Chromium (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium binary';
    throw new Error(`${fromEnv ? `CHROME_PATH=${fromEnv}` : 'chromium on PATH'}: ${checked.problem}; ${fix}.`);
  }
  found = { path, version: checked.version };
  return found;
}

/** The path of the browser the tests and the bench run in (see chromium). */
export function chromiumPath() {
  return chromium().path;
}

/** Where `command` is found on PATH; empty when it is not. */
function onPath(/** @type {string} */ command) {
  try {
    return execFileSync('which', [command], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

/**
 * What `path --version` says, or what is wrong with it.
 * @param {string} path
 * @returns {{ version: string } | { problem: string }}
 */
function inspect(path) {
  try {
    if (!statSync(path).isFile()) return { problem: 'not a file' };
  } catch {
    return { problem: 'no such file' };
  }
  try {
    accessSync(path, constants.X_OK);
  } catch {
    return { problem: 'not executable' };
  }
  let version;
  try {
    // Debian's launcher script writes noise to stderr: only stdout counts.
    version = execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return { problem: `"${path} --version" failed` };
  }
  if (!/chrom(e|ium)/i.test(version))
    return { problem: `"${path} --version" says ${JSON.stringify(version.slice(0, 60))}, not Chrome or Chromium` };
  return { version };
}
