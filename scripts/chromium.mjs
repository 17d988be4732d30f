import { execFileSync } from 'node:child_process';

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

/** Debian's chromium on PATH, unless CHROME_PATH points at another Chrome. */
export function chromiumPath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      'Chromium not found. Install it (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH to a Chrome binary.',
    );
  }
}
