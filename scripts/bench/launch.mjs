// @ts-check
/* global window, document, location, Element, MutationObserver -- functions below run in the page */
/**
 * Launch measurements in Chromium (puppeteer-core): each run gets a fresh incognito
 * context (no cache, no storage), a fresh page with 4× CPU slowdown and the network cache
 * disabled, and records, in the measured frame's own clock (performance.now(), 0 =
 * the frame's navigation start):
 *
 * - `buttonAt`: when the first screen's start button was inserted into the DOM, with its
 *   text and click handler (MutationObservers on the document and on every shadow root);
 * - the main thread's long tasks (Long Tasks API, ≥ 50 ms);
 * - every response the frame received (Resource Timing, plus the document itself).
 *
 * "Interactive" is then computed by `interactiveAt` (report.mjs).
 */
import puppeteer from 'puppeteer-core';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';
import { interactiveAt } from './report.mjs';

export const CPU_SLOWDOWN = 4;
export const VIEWPORT = { width: 1280, height: 800 };

/**
 * Runs in every frame of the page before any of its scripts (Page.addScriptToEvaluateOnNewDocument,
 * which the package's CSP does not apply to); it only does something in the measured frames.
 */
function instrument() {
  const path = location.pathname;
  const floor = path === '/bench/floor.html';
  if (!floor && path !== '/web/index.html') return;
  /** @type {{ buttonAt: number | null, buttonText: string, longTasks: [number, number][] }} */
  const state = { buttonAt: null, buttonText: '', longTasks: [] };
  Object.defineProperty(window, '__bench', { value: state });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push([entry.startTime, entry.startTime + entry.duration]);
    }).observe({ type: 'longtask' });
  } catch {
    // No Long Tasks API: every task counts as short.
  }
  const find = () =>
    floor
      ? document.querySelector('button.primary')
      : document.querySelector('wed-app')?.shadowRoot?.querySelector('wed-intro-screen')?.shadowRoot?.querySelector('button.primary');
  /** @type {MutationObserver[]} */
  const observers = [];
  const attachShadow = Element.prototype.attachShadow;
  const check = () => {
    if (state.buttonAt !== null) return;
    const button = find();
    if (!button || !button.isConnected || !button.textContent?.trim()) return;
    state.buttonAt = performance.now();
    state.buttonText = button.textContent.trim();
    for (const observer of observers) observer.disconnect();
    Element.prototype.attachShadow = attachShadow;
  };
  /** @param {Node} root */
  const watch = (root) => {
    const observer = new MutationObserver(check);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    observers.push(observer);
  };
  watch(document);
  /** @param {ShadowRootInit} init */
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    if (state.buttonAt === null) watch(root);
    return root;
  };
}

/** @returns {Promise<import('puppeteer-core').Browser>} */
export function launchBrowser() {
  return puppeteer.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true, defaultViewport: VIEWPORT });
}

/**
 * A fresh incognito context and page, throttled, cache off, instrumented, with the
 * browser's languages set to `language` (headless Chromium says en-US otherwise; the package
 * opens in its configured default language whatever the browser says, as for its learners).
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} language e.g. 'nl'
 */
export async function freshPage(browser, language) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(VIEWPORT);
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setUserAgentOverride', { userAgent: await browser.userAgent(), acceptLanguage: language });
  await cdp.send('Emulation.setLocaleOverride', { locale: language });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.evaluateOnNewDocument(instrument);
  return { context, page, cdp };
}

/**
 * @typedef {object} Received
 * @property {string} url
 * @property {string} kind 'document' | initiatorType of Resource Timing
 * @property {number} startTime ms in the frame's clock: when it was requested
 * @property {number} responseEnd ms in the frame's clock: when it had fully arrived
 * @property {number} transferSize bytes on the wire, headers included
 * @property {number} bodySize bytes of the body as sent
 */

/**
 * @typedef {object} LaunchRun
 * @property {number} buttonAt
 * @property {string} buttonText the start button's text (which language the page is in)
 * @property {number} interactive ms from the frame's navigation start
 * @property {[number, number][]} longTasks
 * @property {Received[]} received everything the frame received until the measurement ended
 */

/**
 * Loads `url` and measures the frame whose path is `framePath` (the top page or an iframe of it).
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 * @param {{ framePath: string, quietMs: number, language: string, timeoutMs?: number }} options
 * @returns {Promise<LaunchRun>}
 */
export async function measureLaunch(browser, url, { framePath, quietMs, language, timeoutMs = 30_000 }) {
  const { context, page } = await freshPage(browser, language);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    const frame = page.frames().find((f) => new URL(f.url()).pathname === framePath);
    if (!frame) throw new Error(`${url}: no frame ${framePath}`);
    const started = Date.now();
    for (;;) {
      const seen = await frame.evaluate(() => {
        const bench = /** @type {any} */ (window).__bench;
        return { now: performance.now(), buttonAt: bench.buttonAt, buttonText: bench.buttonText, longTasks: bench.longTasks.slice() };
      });
      if (seen.buttonAt !== null) {
        const interactive = interactiveAt(seen.buttonAt, seen.longTasks, quietMs);
        if (seen.now >= interactive + quietMs) {
          const received = await frame.evaluate(() => {
            const nav = /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType('navigation')[0]);
            const resources = /** @type {PerformanceResourceTiming[]} */ (performance.getEntriesByType('resource'));
            return [nav, ...resources].map((entry) => ({
              url: entry.name,
              kind: entry.entryType === 'navigation' ? 'document' : entry.initiatorType,
              startTime: entry.startTime,
              responseEnd: entry.responseEnd,
              transferSize: entry.transferSize,
              bodySize: entry.encodedBodySize,
            }));
          });
          return { buttonAt: seen.buttonAt, buttonText: seen.buttonText, interactive, longTasks: seen.longTasks, received };
        }
      }
      if (Date.now() - started > timeoutMs) throw new Error(`${url}: the first screen's start button did not appear`);
      await sleep(50);
    }
  } finally {
    await context.close();
  }
}
