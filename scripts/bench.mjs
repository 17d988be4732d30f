// @ts-check
/**
 * `npm run bench`: builds the package (`npm run build`), then measures it and prints
 * one table with the budgets of the performance issue. A report, not a test: it exits 0
 * when a budget is missed (and lists the misses at the end); only a broken build or a
 * failed measurement exits 1. Nothing is hard-coded: every figure is measured in this run.
 *
 * In Debian Chromium (scripts/chromium.mjs; CHROME_PATH for another) with 4× CPU
 * slowdown, cache off, a fresh incognito context per launch, all targets side by side
 * (two warm-up loads, then BENCH_RUNS rounds, default 7, each round loading every target
 * once in turn):
 * - per standard (SCORM 1.2, SCORM 2004, xAPI, cmi5, standalone): the launch payload, when
 *   the introduction is painted and when its start button is interactive, against a static
 *   page with the same introduction (the floor); then one click on the start button each;
 * - one scripted full run in SCORM 1.2 with a counting LMS stub (SetValue, Commit);
 * - a typing minute in SCORM 1.2 under an LMS whose commit blocks the page 3 s (the
 *   blocked share of the minute, and whether anything typed was lost);
 * in Node: suspend_data lengths (the package's encoder); the zips' sizes.
 * See docs/benchmark.md for what each figure means.
 */
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { buildAndCopy } from './bench/build.mjs';
import { CPU_SLOWDOWN, launchBrowser, measureLaunches } from './bench/launch.mjs';
import { launchRows } from './bench/launch-rows.mjs';
import { floorPage } from './bench/pages.mjs';
import { KB, bytesAndKb, dutchProse, formatTable, int, kb, maxInWindow, median, misses, slices } from './bench/report.mjs';
import { scriptedScormRun, summariseRun } from './bench/scorm-run.mjs';
import { BLOCKED_SHARE, COMMIT_MS, TYPING_MS, slowCommitMinute, slowCommitRows } from './bench/slow-commit.mjs';
import { startBenchServer } from './bench/server.mjs';
import { measureSuspendData } from './bench/suspend.mjs';
import { cmi5Unit, targets } from './bench/targets.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS) || 7);
/** The quiet window of the "interactive" definition (moments.mjs interactiveAt). */
const QUIET_MS = 500;
const BUDGET = {
  payloadGzip: 20 * KB,
  paintedRatio: 1.2,
  interactiveRatio: 1.5,
  answersAndPosition: 40,
  fourReflections: 4096,
  commitsPerScreenChange: 1,
  commitsPer2sTyping: 1,
  blockedShareTyping: BLOCKED_SHARE,
  zip: 100 * KB,
};
const MEDIA = /\.(?:mp4|webm|ogg|ogv|mp3|m4a|wav|png|jpe?g|gif|webp|avif|svg|woff2?|ttf|otf|vtt|pdf)$/i;

const log = (/** @type {string} */ line) => process.stderr.write(`${line}\n`);
const readJson = (/** @type {string} */ file) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));

async function main() {
  const started = Date.now();
  const loadAtStart = loadavg()[0];
  const copy = buildAndCopy(ROOT, log);
  const WEB = join(copy, 'web');
  const config = readJson('content/config.json');
  /** The package's default language (Dutch), which it opens in; the browser is set to it too, and the floor shows its intro. */
  const language = config.defaultLanguage ?? 'nl';
  const intro = readJson(`content/${language}/intro.json`);
  const assessment = readJson(`content/${language}/assessment.json`);
  const prose = dutchProse(assessment, intro);

  const startText = readJson(`content/${language}/ui.json`).intro?.start;
  const floorHtml = floorPage(intro, startText);
  const bodyOf = (/** @type {string} */ url) => {
    const path = new URL(url).pathname;
    if (path === '/bench/floor.html') return floorHtml;
    if (path.startsWith('/web/')) return readFileSync(join(WEB, decodeURIComponent(path.slice('/web/'.length)) || 'index.html'));
    return null;
  };
  /** @type {import('./bench/report.mjs').Row[]} */
  const rows = [];
  /** @type {string[]} */
  const details = [];
  /** @type {Awaited<ReturnType<typeof startBenchServer>> | null} */
  let server = null;
  /** @type {import('puppeteer-core').Browser | null} */
  let browser = null;
  try {
    server = await startBenchServer({ webDir: WEB, floor: floorHtml });
    browser = await launchBrowser();
    // Launch: every target side by side, then a click on each standard's start button.
    const cmi5Zip = readdirSync(copy).find((name) => name.endsWith('-cmi5.zip'));
    if (!cmi5Zip) throw new Error('the build made no cmi5 zip');
    const list = targets({
      origin: server.origin,
      activityIri: config.activityIri,
      unit: cmi5Unit(readFileSync(join(copy, cmi5Zip))),
      cmi5: server.cmi5,
    });
    const launches = await measureLaunches(browser, list, { runs: RUNS, quietMs: QUIET_MS, language, log });
    const otherTexts = [
      ...new Set(
        Object.values(launches.runs)
          .flat()
          .map((run) => run.buttonText),
      ),
    ].filter((text) => text !== startText);
    if (otherTexts.length > 0)
      details.push(`  warning: a first screen's button read ${otherTexts.map((t) => `"${t}"`).join(', ')}, not "${startText}"`);
    const launch = launchRows({ targets: list, ...launches, bodyOf, budget: BUDGET });
    rows.push(...launch.rows);
    details.push(...launch.details);

    // One scripted full run, SCORM 1.2.
    log('bench: scripted SCORM 1.2 run (about a minute) …');
    const texts = slices(prose.text, 4, 200);
    const run = await scriptedScormRun(browser, server.origin, { texts, keyDelayMs: [40, 60], language });
    const summary = summariseRun(run.log);
    const lms = 'LMS calls, one scripted full run (SCORM 1.2)';
    rows.push({ group: lms, figure: 'SetValue calls', value: int(summary.setValues) });
    rows.push({
      group: lms,
      figure: 'Commit calls (by cause)',
      value: `${int(summary.commits)} (${Object.entries(summary.byCause)
        .map(([cause, n]) => `${cause} ${n}`)
        .join(', ')}); Finish ${summary.finishes}`,
    });
    const perScreenOk = summary.mostPerScreenChange <= BUDGET.commitsPerScreenChange;
    rows.push({
      group: lms,
      figure: `commits per screen change (${summary.screenChanges} changes)`,
      value: `at most ${summary.mostPerScreenChange}`,
      budget: `≤ ${BUDGET.commitsPerScreenChange}`,
      ok: perScreenOk,
      miss: perScreenOk ? '' : `${summary.mostPerScreenChange - 1} too many`,
    });
    const typingSeconds = summary.typingMs / 1000;
    const mostIn2s = maxInWindow(summary.typingCommits, 2000);
    const typingOk = mostIn2s <= BUDGET.commitsPer2sTyping;
    rows.push({
      group: lms,
      figure: `commits while typing (${int(run.typedChars)} keys in ${typingSeconds.toFixed(1)} s)`,
      value: `${summary.typingCommits.length} = ${(summary.typingCommits.length / (typingSeconds / 2)).toFixed(2)} per 2 s; at most ${mostIn2s} in any 2 s`,
      budget: `≤ ${BUDGET.commitsPer2sTyping} per 2 s`,
      ok: typingOk,
      miss: typingOk ? '' : `${mostIn2s} in one 2-second window`,
    });
    const keys = [...run.keyMs].sort((a, b) => a - b);
    details.push(
      `  scripted run: ${texts.map((t) => t.length).join(' + ')} characters typed at 40–60 ms per key; typing commits include the one after each field's last key; shortest time between two typing commits ${int(summary.shortestTypingGapMs)} ms; last suspend_data ${int(run.suspendData.length)} characters`,
    );
    details.push(
      `  each key took the page ${int(median(keys))} ms (median; 95th percentile ${int(keys[Math.floor(keys.length * 0.95)])} ms, longest ${int(keys.at(-1) ?? 0)} ms) to handle`,
    );

    log(`bench: slow LMS, typing for ${TYPING_MS / 1000} s while a commit blocks ${COMMIT_MS / 1000} s (about 80 s) …`);
    const slow = slowCommitRows(await slowCommitMinute(browser, server.origin, { text: prose.text, language }), BUDGET.blockedShareTyping);
    rows.push(...slow.rows);
    details.push(...slow.details);

    // suspend_data, in Node.
    log('bench: suspend_data …');
    const suspend = await measureSuspendData(prose.text);
    const sd = 'suspend_data length (characters)';
    rows.push({
      group: sd,
      figure: '12 answers + position',
      value: int(suspend.answersOnly),
      budget: `≤ ${BUDGET.answersAndPosition}`,
      ok: suspend.answersOnly <= BUDGET.answersAndPosition,
      miss: `${int(suspend.answersOnly - BUDGET.answersAndPosition)} over`,
    });
    rows.push({
      group: sd,
      figure: '+ four reflections of 1,000 characters',
      value: int(suspend.fourReflections),
      budget: `≤ ${int(BUDGET.fourReflections)}`,
      ok: suspend.fourReflections <= BUDGET.fourReflections,
      miss: `${int(suspend.fourReflections - BUDGET.fourReflections)} over`,
    });
    rows.push({
      group: sd,
      figure: '+ the longest texts the UI allows (SCORM 1.2)',
      value: `${int(suspend.longest)} = ${int(suspend.longestChars)} characters of text`,
      budget: `≤ ${int(suspend.limit)}`,
      ok: suspend.longest <= suspend.limit,
      miss: `${int(suspend.longest - suspend.limit)} over`,
    });

    // Zips.
    const zips = readdirSync(copy)
      .filter((name) => name.endsWith('.zip'))
      .sort();
    for (const name of zips) {
      const bytes = readFileSync(join(copy, name));
      let media = 0;
      unzipSync(bytes, {
        filter: (file) => {
          if (MEDIA.test(file.name)) media += file.size;
          return false;
        },
      });
      const size = statSync(join(copy, name)).size - media;
      const ok = size <= BUDGET.zip;
      rows.push({
        group: 'Zip size (media excluded)',
        figure: name,
        value: `${bytesAndKb(size)}${media > 0 ? ` (+ ${bytesAndKb(media)} media)` : ''}`,
        budget: `≤ ${kb(BUDGET.zip)}`,
        ok,
        miss: `${bytesAndKb(size - BUDGET.zip)} over`,
      });
    }
  } finally {
    await browser?.close();
    await server?.close();
    rmSync(copy, { recursive: true, force: true });
  }

  const out = [
    `npm run bench: Chromium (language ${language}), ${CPU_SLOWDOWN}× CPU slowdown, cache off, ${RUNS} runs per target (after 2 warm-up loads) and one click run per standard, painted = first contentful paint with the introduction in the DOM; interactive = from painted and the start button working, ${QUIET_MS} ms without long tasks; 1 KB = 1,024 B`,
    '',
    formatTable(rows),
    '',
    'Details:',
    ...details,
    '',
  ];
  const missed = misses(rows);
  out.push(
    missed.length === 0 ? 'Every budget met.' : `Budgets missed (${missed.length}):`,
    ...missed,
    '',
    `(${((Date.now() - started) / 1000).toFixed(0)} s; 1-minute load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end, on ${availableParallelism()} CPUs: a busy machine makes the times slower and noisier)`,
  );
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
