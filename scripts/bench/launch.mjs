// @ts-check
/* global window, document -- functions passed to evaluate() run in the page */
/**
 * Launch measurements in Chromium (puppeteer-core): each run gets a fresh incognito
 * context (no cache, no storage), a fresh page with 4× CPU slowdown and the network cache
 * disabled, and records in the measured frame, in its own clock (performance.now(), 0 = the
 * frame's navigation start), what instrument.mjs sees: when the introduction was in the DOM,
 * when its start button was ready, the first contentful paint, the main thread's long tasks
 * (Long Tasks API, ≥ 50 ms); and every response the frame received (Resource Timing, plus the
 * document itself). Painted and interactive are computed from that by moments.mjs.
 *
 * A click run (`click: true`) also clicks the start button as a learner would (the mouse, at
 * its coordinates) as soon as it is interactive as far as can be known then, and waits for
 * step 1 to be shown.
 */
import puppeteer from 'puppeteer-core';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';
import { instrument } from './instrument.mjs';
import { launchMoments } from './moments.mjs';

export const CPU_SLOWDOWN = 4;
export const VIEWPORT = { width: 1280, height: 800 };
/** How long step 1 may take to show after the click before the click counts as not working. */
const STEP1_TIMEOUT_MS = 10_000;

/** @returns {Promise<import('puppeteer-core').Browser>} */
export function launchBrowser() {
  return puppeteer.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true, defaultViewport: VIEWPORT });
}

/**
 * A fresh incognito context and page, throttled, cache off, with the browser's languages set to
 * `language` (headless Chromium says en-US otherwise; the package opens in its configured
 * default language whatever the browser says, as for its learners).
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
 * @typedef {object} LaunchRun all times in ms from the frame's navigation start
 * @property {number} introAt the introduction's heading and start button in the DOM
 * @property {number} readyAt the button in the DOM and the elements it lives in upgraded and rendered
 * @property {number} fcp the frame's first contentful paint
 * @property {number} painted the introduction's first paint (moments.mjs paintedAt)
 * @property {number} interactive (moments.mjs launchMoments)
 * @property {number} endedAt when the measurement stopped (at least the quiet window after interactive)
 * @property {string} buttonText the start button's text (which language the page is in)
 * @property {[number, number][]} longTasks
 * @property {Received[]} received everything the frame received until the measurement ended
 * @property {{ at: number | null, step1At: number | null } | null} click click runs: the click's
 *   event time (null: no click reached the frame) and when step 1 was shown (null: not within 10 s);
 *   `interactive` is then the moment as known when the button was clicked
 */

/** The frame's recording and clock, or null while the frame or its recording is not there. */
function recording() {
  const bench = /** @type {any} */ (window).__bench;
  return bench ? { ...bench, longTasks: bench.longTasks.slice(), now: performance.now() } : null;
}

/** The document and every resource of the frame, from Navigation and Resource Timing. */
function responses() {
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
}

/**
 * Loads `url` and measures the frame whose path is `screen.path` (the top page or an iframe of
 * it) until the first screen has been interactive for `quietMs` (and, in a click run, step 1
 * was shown or did not come).
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 * @param {{ screen: import('./instrument.mjs').Screen, quietMs: number, language: string, click?: boolean, timeoutMs?: number }} options
 * @returns {Promise<LaunchRun>}
 */
export async function measureLaunch(browser, url, { screen, quietMs, language, click = false, timeoutMs = 30_000 }) {
  const { context, page } = await freshPage(browser, language);
  try {
    await page.evaluateOnNewDocument(instrument, screen);
    const navigation = page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    // A click run watches from the start, to click as early as the button is interactive.
    if (click) navigation.catch(() => undefined);
    else await navigation;
    const started = Date.now();
    /** @type {number | null} */
    let clickedAt = null;
    /** @type {{ painted: number, interactive: number } | null} */
    let clickedMoments = null;
    for (;;) {
      const frame = page.frames().find((f) => f.url().startsWith('http') && new URL(f.url()).pathname === screen.path);
      // While the frame navigates, its context goes away under evaluate(): try again.
      const seen = frame ? await frame.evaluate(recording).catch(() => null) : null;
      const moments = seen ? launchMoments(seen, quietMs) : null;
      if (frame && seen && moments) {
        if (click && clickedAt === null && seen.now >= moments.interactive) {
          const button = (
            await frame.evaluateHandle((s) => {
              let root = /** @type {Document | ShadowRoot | null | undefined} */ (document);
              for (const tag of s.hosts) root = root?.querySelector(tag)?.shadowRoot;
              const found = root?.querySelector(s.button);
              found?.scrollIntoView({ block: 'center' });
              return found;
            }, screen)
          ).asElement();
          // In the top page's coordinates, through any iframe.
          const box = await button?.boundingBox();
          if (!box) throw new Error(`${url}: the start button went away before it could be clicked`);
          await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
          clickedAt = Date.now();
          clickedMoments = moments;
        }
        const done = click
          ? clickedAt !== null && (seen.step1At !== null || Date.now() - clickedAt > STEP1_TIMEOUT_MS)
          : seen.now >= moments.interactive + quietMs;
        if (done) {
          await navigation;
          return {
            introAt: seen.introAt,
            readyAt: seen.readyAt,
            fcp: seen.fcp,
            ...(clickedMoments ?? moments),
            endedAt: seen.now,
            buttonText: seen.buttonText,
            longTasks: seen.longTasks,
            received: await frame.evaluate(responses),
            click: click ? { at: seen.clickAt, step1At: seen.step1At } : null,
          };
        }
      }
      if (Date.now() - started > timeoutMs) {
        throw new Error(
          `${url}: the first screen did not become interactive (seen: ${JSON.stringify(seen && { ...seen, longTasks: seen.longTasks.length })})`,
        );
      }
      await sleep(click ? 10 : 50);
    }
  } finally {
    await context.close();
  }
}

/**
 * Every target side by side: two warm-up loads (not counted: the browser's first page loads
 * are slower than the rest), then `runs` rounds, each loading every target once in turn so that
 * all of them see the same machine, then one click run per standard (not timed).
 * @param {import('puppeteer-core').Browser} browser
 * @param {import('./targets.mjs').Target[]} targets
 * @param {{ runs: number, quietMs: number, language: string, log: (line: string) => void }} options
 */
export async function measureLaunches(browser, targets, { runs, quietMs, language, log }) {
  const measure = async (/** @type {import('./targets.mjs').Target} */ target, click = false) => {
    const url = await target.launch();
    const run = await measureLaunch(browser, url, { screen: target.screen, quietMs, language, click });
    // The click run ends at step 1, which can come before the package has connected (it connects after the first screen).
    const problem = click ? null : target.problem?.(url);
    if (problem) throw new Error(`${target.label} launch failed: ${problem}`);
    return run;
  };
  log('bench: launch warm-up …');
  for (const target of [targets[0], targets.at(-1) ?? targets[0]]) await measure(target);
  /** @type {Record<string, LaunchRun[]>} */
  const timed = Object.fromEntries(targets.map((t) => [t.id, []]));
  for (let round = 1; round <= runs; round++) {
    log(`bench: launch round ${round}/${runs} …`);
    for (const target of targets) timed[target.id].push(await measure(target));
  }
  log('bench: a click on the start button per standard …');
  /** @type {Record<string, LaunchRun>} */
  const clicks = {};
  for (const target of targets.filter((t) => t.floor)) clicks[target.id] = await measure(target, true);
  return { runs: timed, clicks };
}
