// @ts-check
/* global window, document -- functions passed to evaluate() run in the page */
/**
 * One scripted full run through the real UI in SCORM 1.2 mode, in the throttled page
 * with the counting stub of the bench's LMS host page: Start, the video marked as
 * watched, the 12 statements answered, the analysis, the plan (about 200 characters
 * typed into each of its three text fields and one action, key by key), Afronden, and
 * finally the package's frame left (pagehide: LMSFinish). Every LMS call and every
 * step of the script is logged in the host page with one clock, so each commit can be
 * put down to what caused it.
 */
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { freshPage } from './launch.mjs';

/** Kunnen has two disagreements; the rest agrees: the answers of the browser tests' scripted runs. */
/** @type {string[]} */
export const ANSWERS = JSON.parse(readFileSync(new URL('../../tests/fixtures/scripted-answers.json', import.meta.url), 'utf8'));

/** What the script does between clicks: a learner reading, and a pause long enough for the "soon" save (0.5 s) to happen. */
const THINK_MS = 800;
/** After the last key of a field: long enough for the typing save (at most every 2.5 s) to come. */
const AFTER_TYPING_MS = 3000;

/** A reproducible pace: a small linear congruential generator. @param {number} seed */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * @typedef {{ t: number, call: string, element: string, value?: string }} LmsEvent
 *
 * @typedef {object} ScormRun
 * @property {LmsEvent[]} log every LMS call and script mark, in the host page's clock (ms)
 * @property {string} suspendData the last cmi.suspend_data written
 * @property {number} typedChars
 * @property {number[]} keyMs per key: how long Chromium took to take it (the CDP key events
 *   are answered once the page's main thread has handled them)
 */

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} origin the bench server
 * @param {{ texts: string[], keyDelayMs: [number, number], language: string, timeoutMs?: number }} options
 *   `texts`: what to type, one per field (improvement, needs, timeline, first action);
 *   `language`: the browser's
 * @returns {Promise<ScormRun>}
 */
export async function scriptedScormRun(browser, origin, { texts, keyDelayMs: [minDelay, maxDelay], language, timeoutMs = 20_000 }) {
  const { context, page } = await freshPage(browser, language);
  const pace = random(20240601);
  try {
    const src = '/web/index.html?standard=scorm12';
    await page.goto(`${origin}/bench/host.html?api=scorm12&src=${encodeURIComponent(src)}`, { waitUntil: 'load' });
    const host = page.mainFrame();
    const frame = page.frames().find((f) => new URL(f.url()).pathname === '/web/index.html');
    if (!frame) throw new Error('the package frame did not load');
    const mark = (/** @type {string} */ name) => host.evaluate((n) => /** @type {any} */ (window).__lms.mark(n), name);
    const find = async (/** @type {string} */ selector) => {
      const handle = await frame.waitForSelector(selector, { timeout: timeoutMs, visible: true });
      if (!handle) throw new Error(`not found: ${selector}`);
      return handle;
    };
    const screen = (/** @type {string} */ name) => `wed-app >>> wed-${name}-screen`;
    /** A click that changes the screen, then waiting for the next screen. */
    const goTo = async (/** @type {string} */ button, /** @type {string} */ next) => {
      const handle = await find(button);
      await mark(`screen:${next}`);
      await handle.click();
      await find(screen(next));
      await sleep(THINK_MS);
    };

    await find(`${screen('intro')} >>> button.primary`);
    await sleep(THINK_MS);
    await goTo(`${screen('intro')} >>> button.primary`, 'video');
    await goTo(`${screen('video')} >>> .actions button.primary`, 'statements');

    const statements = await frame.$$(`${screen('statements')} >>> wed-statement`);
    if (statements.length !== ANSWERS.length) throw new Error(`${statements.length} statements on screen, expected ${ANSWERS.length}`);
    for (const [i, statement] of statements.entries()) {
      const radio = /** @type {import('puppeteer-core').ElementHandle<HTMLInputElement>} */ (
        await statement.evaluateHandle((el, value) => el.shadowRoot?.querySelector(`input[value="${value}"]`), ANSWERS[i])
      );
      await mark('answer');
      await radio.click();
      await sleep(THINK_MS);
    }
    await goTo(`${screen('statements')} >>> .actions button.primary`, 'analysis');
    await goTo(`${screen('analysis')} >>> .actions button.primary`, 'plan');

    let typedChars = 0;
    /** @type {number[]} */
    const keyMs = [];
    const type = async (/** @type {string} */ text) => {
      await mark('typing-start');
      for (const key of text) {
        const started = Date.now();
        await page.keyboard.type(key);
        keyMs.push(Date.now() - started);
        const wait = minDelay + pace() * (maxDelay - minDelay) - (Date.now() - started);
        if (wait > 0) await sleep(wait);
      }
      typedChars += text.length;
      await mark('typing-end');
      await sleep(AFTER_TYPING_MS);
    };
    const fields = ['#q1', '#q3', '#timeline'];
    for (const [i, field] of fields.entries()) {
      const handle = await find(`${screen('plan')} >>> ${field}`);
      await mark('focus');
      await handle.click();
      await type(texts[i]);
    }
    const add = await find(`${screen('plan')} >>> wed-action-list >>> button.add`);
    await mark('add-action');
    await add.click();
    await sleep(THINK_MS);
    const action = await find(`${screen('plan')} >>> wed-action-list >>> input[type="text"]`);
    await mark('focus');
    await action.click();
    await type(texts[3]);

    await goTo(`${screen('plan')} >>> .actions button.primary`, 'done');
    await sleep(AFTER_TYPING_MS);
    // Leaving the package (the LMS closes the activity): pagehide ends the session.
    await mark('leave');
    await host.evaluate(() => {
      /** @type {HTMLIFrameElement} */ (document.getElementById('sco')).src = 'about:blank';
    });
    await sleep(THINK_MS);
    const { log, suspendData } = await host.evaluate(() => {
      const lms = /** @type {any} */ (window).__lms;
      return { log: lms.log, suspendData: lms.values['cmi.suspend_data'] ?? '' };
    });
    return { log, suspendData, typedChars, keyMs };
  } finally {
    await context.close();
  }
}

/**
 * What the log says: SetValue and Commit counts, and each commit put down to the last
 * script step before it (launch, screen change, answer, typing, …).
 * @param {LmsEvent[]} log
 */
export function summariseRun(log) {
  const setValues = log.filter((e) => e.call === 'SetValue').length;
  const commits = log.filter((e) => e.call === 'Commit');
  const finishes = log.filter((e) => e.call === 'Finish').length;
  /** @type {{ cause: string, t: number }[]} */
  const attributed = [];
  let cause = 'launch';
  let typing = false;
  /** @type {number[]} */
  const perScreenChange = [];
  /** @type {number[]} */
  const typingCommits = [];
  let typingMs = 0;
  let typingStarted = 0;
  for (const event of log) {
    if (event.call === 'mark') {
      if (event.element === 'typing-start') {
        typing = true;
        typingStarted = event.t;
        cause = 'typing';
      } else if (event.element === 'typing-end') {
        typingMs += event.t - typingStarted;
        // The save of the last keys still comes after typing-end: still "typing" until the next step.
      } else {
        typing = false;
        cause = event.element.startsWith('screen:') ? 'screen change' : event.element;
        if (cause === 'screen change') perScreenChange.push(0);
      }
    } else if (event.call === 'Commit') {
      attributed.push({ cause, t: event.t });
      if (cause === 'screen change') perScreenChange[perScreenChange.length - 1]++;
      if (typing) typingCommits.push(event.t);
    }
  }
  /** @type {Record<string, number>} */
  const byCause = {};
  for (const { cause: c } of attributed) byCause[c] = (byCause[c] ?? 0) + 1;
  const gaps = typingCommits.slice(1).map((t, i) => t - typingCommits[i]);
  return {
    setValues,
    commits: commits.length,
    finishes,
    byCause,
    screenChanges: perScreenChange.length,
    mostPerScreenChange: Math.max(0, ...perScreenChange),
    typingMs,
    typingCommits,
    /** The shortest time between two commits while typing (Infinity with fewer than two). */
    shortestTypingGapMs: Math.min(Infinity, ...gaps),
  };
}
