// @ts-check
// The preview LMS (preview/) builds on its own into its own folder, runs under
// the same strict CSP as the package, and stays out of the package. Its
// switches that act like Moodle 4.5 (offline, session lost, a second tab, a
// slow server) are driven in Chromium against a stub SCO at ../web/, so they
// are tested without a build of the package.
/* global window, document, localStorage, navigator, addEventListener -- used inside page.evaluate, in the browser */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const rollupBin = path.join(root, 'node_modules/rollup/dist/bin/rollup');
const EXPECTED_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; frame-src 'self' https://www.youtube-nocookie.com; img-src 'self' data:";

/** A SCO that does nothing by itself: the tests make its API calls. */
const STUB_SCO =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stub SCO</title><link rel="icon" href="data:,"></head>' +
  '<body data-sco="stub"><p>Stub SCO</p></body></html>';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };
const DATABASE = 'wed-preview:lms-database:scorm12';

/** A site in a fresh temp dir, so dist/ is left alone: the preview built once into preview/, the stub SCO in web/. */
let siteDir = '';
let outDir = '';
/** @type {import('node:http').Server | undefined} */
let server;
let origin = '';
/** @type {import('puppeteer-core').Browser | undefined} */
let browser;

before(async () => {
  siteDir = mkdtempSync(path.join(tmpdir(), 'preview-build-'));
  outDir = path.join(siteDir, 'preview');
  const result = spawnSync(process.execPath, [rollupBin, '-c', 'rollup.preview.config.mjs', '--silent'], {
    cwd: root,
    env: { ...process.env, PREVIEW_OUT_DIR: outDir },
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, `rollup failed:\n${result.stderr}`);
  mkdirSync(path.join(siteDir, 'web'));
  writeFileSync(path.join(siteDir, 'web/index.html'), STUB_SCO);
  server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://site').pathname);
    const file = path.join(siteDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!file.startsWith(siteDir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[/** @type {keyof TYPES} */ (path.extname(file))] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise((resolve) => server?.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  origin = `http://127.0.0.1:${address && typeof address === 'object' ? address.port : 0}`;
  browser = await puppeteer.launch({ executablePath: chromiumPath(), args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  rmSync(siteDir, { recursive: true, force: true });
});

test('the preview builds into its own folder with its page, script and stylesheet', () => {
  const files = readdirSync(outDir);
  for (const file of ['index.html', 'preview.js', 'preview.css']) {
    assert.ok(files.includes(file), `${file} missing from the preview build (got ${files.join(', ')})`);
  }
});

test('the preview page has the strict CSP and no inline script or style', () => {
  const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');

  const csp = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  assert.ok(csp, 'no Content-Security-Policy meta');
  assert.equal(csp[1], EXPECTED_CSP);

  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  assert.ok(scripts.length > 0, 'no script at all');
  for (const [tag, attributes, body] of scripts) {
    assert.match(attributes, /\bsrc="[^"]+"/, `inline script: ${tag}`);
    assert.equal(body.trim(), '', `script with a body: ${tag}`);
  }
  assert.match(html, /<script type="module" src="preview\.js"><\/script>/);
  assert.doesNotMatch(html, /<style\b/i, 'inline <style>');
  assert.doesNotMatch(html, /\sstyle\s*=/i, 'inline style attribute');
  assert.doesNotMatch(html, /\son[a-z]+\s*=/i, 'inline event handler');
  assert.doesNotMatch(html, /javascript:/i, 'javascript: URL');
});

test('the preview script needs no eval', () => {
  const script = readFileSync(path.join(outDir, 'preview.js'), 'utf8');
  assert.doesNotMatch(script, /\bnew Function\s*\(|[^\w.]eval\s*\(/, 'eval is blocked by script-src');
});

test('the package does not import the preview, and its build does not include it', () => {
  const rollupConfig = readFileSync(path.join(root, 'rollup.config.mjs'), 'utf8');
  assert.doesNotMatch(rollupConfig, /preview/, 'rollup.config.mjs mentions the preview');
  const offenders = sourceFiles(path.join(root, 'src')).filter((file) => /from\s+['"][^'"]*\/preview\//.test(readFileSync(file, 'utf8')));
  assert.deepEqual(offenders, [], 'src/ imports from preview/');
  const webDir = path.join(root, 'dist/web');
  if (existsSync(webDir)) {
    const previewFiles = readdirSync(webDir, { recursive: true })
      .map(String)
      .filter((name) => /preview/i.test(name));
    assert.deepEqual(previewFiles, [], 'dist/web holds preview files');
  }
});

/** @param {string} dir @returns {string[]} */
function sourceFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => /\.(ts|js|mjs)$/.test(name))
    .map((name) => path.join(dir, name));
}

/**
 * The preview in SCORM 1.2 mode in a fresh browser context (its own
 * localStorage, so its own LMS database), recording page errors and console
 * errors.
 * @param {string} [query] more URL parameters, e.g. '&loginAfterMs=100'
 */
async function openPreview(query = '') {
  const context = await /** @type {import('puppeteer-core').Browser} */ (browser).createBrowserContext();
  const page = await context.newPage();
  /** @type {string[]} */
  const problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`pageerror: ${error instanceof Error ? error.message : String(error)}`));
  await page.goto(`${origin}/preview/?mode=scorm12${query}`);
  return { page, problems, close: () => context.close() };
}

/**
 * Polls `check` until it returns something truthy (a page may be navigating meanwhile).
 * @template T
 * @param {() => Promise<T | null | undefined | false>} check
 * @param {string} what
 * @returns {Promise<T>}
 */
async function waitFor(check, what) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = await check().catch(() => null);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * The stub SCO newly loaded in the preview's frame (`nested`: in tab 2's),
 * not one handed out before.
 * @param {import('puppeteer-core').Page} page
 * @param {{ nested?: boolean }} [options]
 */
async function freshSco(page, { nested = false } = {}) {
  const sco = await waitFor(
    async () => {
      for (const frame of page.frames()) {
        const parent = frame.parentFrame();
        if (!parent || (parent === page.mainFrame()) === nested) continue;
        const fresh = await frame.evaluate(() => {
          const win = /** @type {any} */ (window);
          if (document.body?.dataset.sco !== 'stub' || win.handedOut) return false;
          win.handedOut = true;
          return true;
        });
        if (fresh) return frame;
      }
      return null;
    },
    nested ? 'the SCO in tab 2' : 'the SCO',
  );
  return sco;
}

/**
 * Calls the SCORM 1.2 API the SCO in `frame` finds on its parent, as the package does.
 * @param {import('puppeteer-core').Frame} frame
 * @param {string} method
 * @param {string[]} args
 */
function call(frame, method, ...args) {
  return frame.evaluate((name, values) => String(/** @type {any} */ (window.parent).API[name](...values)), method, args);
}

/** @param {import('puppeteer-core').Page} page */
async function database(page) {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), DATABASE);
}

/** The log lines, as text. @param {import('puppeteer-core').Page} page */
function logLines(page) {
  return page.$$eval('#panel .log-line', (lines) => lines.map((line) => (line.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

test('"Offline, reported as saved": Commit says "true", nothing is stored, and the frame sees itself offline', async () => {
  const { page, problems, close } = await openPreview();
  try {
    const sco = await freshSco(page);
    await call(sco, 'LMSInitialize', '');
    await call(sco, 'LMSSetValue', 'cmi.suspend_data', 'stored');
    assert.equal(await call(sco, 'LMSCommit', ''), 'true');
    await sco.evaluate(() => {
      const win = /** @type {any} */ (window);
      win.connection = [];
      for (const type of ['offline', 'online']) addEventListener(type, () => win.connection.push(type));
    });

    await page.click('#offline');
    assert.equal(await sco.evaluate(() => navigator.onLine), false);
    await call(sco, 'LMSSetValue', 'cmi.suspend_data', 'never stored');
    assert.equal(await call(sco, 'LMSCommit', ''), 'true');
    assert.equal(await call(sco, 'LMSGetLastError'), '0');
    assert.equal((await database(page)).values['cmi.suspend_data'], 'stored');
    assert.ok((await logLines(page)).some((line) => /LMSCommit: reported as saved, but the save request failed/.test(line)));

    await page.click('#offline');
    assert.equal(await sco.evaluate(() => navigator.onLine), true);
    assert.deepEqual(await sco.evaluate(() => /** @type {any} */ (window).connection), ['offline', 'online']);

    await page.click('#offline');
    await page.click('#reload');
    const reloaded = await freshSco(page);
    await waitFor(() => reloaded.evaluate(() => navigator.onLine === false), 'the reloaded SCO to be offline');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('"Session lost": Commit "false" with error 101, the unload\'s Finish is lost, then a login page that clears localStorage', async () => {
  const { page, problems, close } = await openPreview('&loginAfterMs=200');
  try {
    const sco = await freshSco(page);
    await call(sco, 'LMSInitialize', '');
    await call(sco, 'LMSSetValue', 'cmi.suspend_data', 'stored');
    await call(sco, 'LMSCommit', '');
    await call(sco, 'LMSSetValue', 'cmi.suspend_data', 'never stored');
    await sco.evaluate(() => {
      const parent = /** @type {any} */ (window.parent);
      addEventListener('pagehide', () => (parent.finished = parent.API.LMSFinish('')));
    });
    await page.evaluate(() => localStorage.setItem('wed-zelfassessment:browser-copy', "the package's copy"));

    // In one task, so the login page cannot come in between.
    const commit = await page.evaluate(() => {
      /** @type {HTMLInputElement} */ (document.getElementById('session-lost')).click();
      const api = /** @type {any} */ (window).API;
      return [api.LMSCommit(''), api.LMSGetLastError()];
    });
    assert.deepEqual(commit, ['false', '101']);

    const login = await waitFor(
      () =>
        page.evaluate(
          () =>
            /** @type {HTMLIFrameElement} */ (document.getElementById('package-frame')).contentDocument?.getElementById('log-in')
              ?.textContent,
        ),
      'the login page',
    );
    assert.equal(login, 'Log in again');
    assert.equal(await page.evaluate(() => /** @type {any} */ (window).finished), 'true');
    assert.equal((await database(page)).values['cmi.suspend_data'], 'stored');
    assert.ok(
      (await logLines(page)).some((line) => /LMSFinish: reported as saved, but it went out as a beacon without a session/.test(line)),
    );

    await page.evaluate(() =>
      /** @type {HTMLIFrameElement} */ (document.getElementById('package-frame')).contentDocument?.getElementById('log-in')?.click(),
    );
    const again = await freshSco(page);
    assert.equal(await page.$eval('#session-lost', (input) => /** @type {HTMLInputElement} */ (input).checked), false);
    assert.deepEqual((await page.evaluate(() => Object.keys(localStorage))).sort(), [DATABASE, 'wed-preview:settings']);
    await call(again, 'LMSInitialize', '');
    assert.equal(await call(again, 'LMSGetValue', 'cmi.suspend_data'), 'stored');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('"Second tab": the attempt again with its own API, loaded from the database; the last whole-model commit wins', async () => {
  const { page, problems, close } = await openPreview();
  try {
    const tab1 = await freshSco(page);
    await call(tab1, 'LMSInitialize', '');
    await call(tab1, 'LMSSetValue', 'cmi.core.exit', 'suspend');
    await call(tab1, 'LMSSetValue', 'cmi.suspend_data', 'one');
    await call(tab1, 'LMSCommit', '');

    await page.click('#second-tab');
    const tab2 = await freshSco(page, { nested: true });
    assert.equal(await tab2.evaluate(() => /** @type {any} */ (window.parent).API !== /** @type {any} */ (window.top).API), true);
    assert.equal(await call(tab2, 'LMSInitialize', ''), 'true');
    assert.equal(await call(tab2, 'LMSGetValue', 'cmi.core.entry'), 'resume');
    assert.equal(await call(tab2, 'LMSGetValue', 'cmi.suspend_data'), 'one');

    await call(tab1, 'LMSSetValue', 'cmi.suspend_data', 'two');
    await call(tab1, 'LMSCommit', '');
    assert.equal((await database(page)).values['cmi.suspend_data'], 'two');
    // Tab 2 sets only its location, yet its commit sends the suspend_data it was loaded with.
    await call(tab2, 'LMSSetValue', 'cmi.core.lesson_location', 'tab-2');
    await call(tab2, 'LMSCommit', '');
    const stored = (await database(page)).values;
    assert.equal(stored['cmi.suspend_data'], 'one');
    assert.equal(stored['cmi.core.lesson_location'], 'tab-2');

    await tab2.evaluate(() => {
      const top = /** @type {any} */ (window.top);
      addEventListener('pagehide', () => (top.tab2Finished = /** @type {any} */ (window.parent).API.LMSFinish('')));
    });
    await page.click('#close-tab-2');
    await waitFor(() => page.$eval('#tab-2', (section) => /** @type {HTMLElement} */ (section).hidden), 'tab 2 to close');
    assert.equal(await page.evaluate(() => /** @type {any} */ (window).tab2Finished), 'true');
    assert.equal(await page.$eval('#second-tab', (input) => /** @type {HTMLInputElement} */ (input).checked), false);
    assert.ok((await logLines(page)).some((line) => /^\S+ Tab 2 LMSFinish\(""\) → "true"/.test(line)));
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('"Slow LMS (3 s)": Commit and Finish block the page 3 s before answering, and the log says how long', async () => {
  const { page, problems, close } = await openPreview();
  try {
    const sco = await freshSco(page);
    await call(sco, 'LMSInitialize', '');
    await page.click('#slow-lms');
    const durations = await sco.evaluate(() => {
      const api = /** @type {any} */ (window.parent).API;
      return ['LMSCommit', 'LMSFinish'].map((name) => {
        const started = performance.now();
        return [api[name](''), performance.now() - started];
      });
    });
    for (const [result, ms] of durations) {
      assert.equal(result, 'true');
      assert.ok(ms >= 3000, `answered after ${ms} ms`);
    }
    const lines = await logLines(page);
    for (const name of ['LMSCommit', 'LMSFinish']) {
      assert.ok(
        lines.some((line) => new RegExp(`${name}: answered after 3\\d{3} ms`).test(line)),
        `no duration logged for ${name}`,
      );
    }
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});
