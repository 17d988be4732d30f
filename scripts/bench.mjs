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
 * - launch payload per mode and time to the first screen being interactive, for the
 *   package and for a static page with the same introduction (the floor);
 * - one scripted full run in SCORM 1.2 with a counting LMS stub (SetValue, Commit);
 * - a typing minute in SCORM 1.2 under an LMS whose commit blocks the page 3 s (the
 *   blocked share of the minute, and whether anything typed was lost);
 * in Node: suspend_data lengths (the package's encoder); the zips' sizes.
 * See docs/benchmark.md for what each figure means.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { CPU_SLOWDOWN, launchBrowser, measureLaunch } from './bench/launch.mjs';
import { floorPage } from './bench/pages.mjs';
import {
  KB, bytesAndKb, dutchProse, formatTable, int, kb, launchPayload, maxInWindow, median, medianIndex, misses, receivedPayload, slices,
} from './bench/report.mjs';
import { scriptedScormRun, summariseRun } from './bench/scorm-run.mjs';
import { BLOCKED_SHARE, COMMIT_MS, TYPING_MS, slowCommitMinute, slowCommitRows } from './bench/slow-commit.mjs';
import { startBenchServer } from './bench/server.mjs';
import { measureSuspendData } from './bench/suspend.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS) || 7);
/** The quiet window of the "interactive" definition (report.mjs interactiveAt). */
const QUIET_MS = 500;
const BUDGET = {
  payloadGzip: 20 * KB,
  firstScreenRatio: 1.2,
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

/**
 * `npm run build`, then a private copy of dist/web/ and dist/*.zip, so that a build
 * started by someone else while the bench runs cannot change what is measured. The
 * copy must be whole (every chunk that a file names is there); else it builds again.
 * @returns {string} the copy: web/ and the zips
 */
function buildAndCopy() {
  for (let attempt = 1; ; attempt++) {
    log('bench: npm run build …');
    const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
    if (result.status !== 0) {
      process.stderr.write(result.stdout + result.stderr);
      throw new Error('npm run build failed');
    }
    const copy = mkdtempSync(join(tmpdir(), 'wed-bench-'));
    cpSync(join(ROOT, 'dist/web'), join(copy, 'web'), { recursive: true });
    for (const zip of readdirSync(join(ROOT, 'dist')).filter((name) => name.endsWith('.zip'))) {
      cpSync(join(ROOT, 'dist', zip), join(copy, zip));
    }
    const missing = missingChunks(join(copy, 'web'));
    if (missing.length === 0) return copy;
    rmSync(copy, { recursive: true, force: true });
    if (attempt === 3) throw new Error(`dist/web/ keeps changing under the bench (missing: ${missing.join(', ')})`);
    log(`bench: dist/web/ changed while it was copied (missing: ${missing.join(', ')}); building again`);
  }
}

/** Chunks named in the web folder's files that are not in it. @param {string} web */
function missingChunks(web) {
  if (!existsSync(join(web, 'index.html')) || !existsSync(join(web, 'app.js'))) return ['index.html or app.js'];
  const files = ['app.js', ...readdirSync(join(web, 'chunks')).map((name) => `chunks/${name}`)];
  const named = new Set(files.flatMap((file) => [...readFileSync(join(web, file), 'utf8').matchAll(/[\w.-]+-[\w-]{8}\.js/g)].map((m) => m[0])));
  return [...named].filter((name) => !existsSync(join(web, 'chunks', name)));
}

/**
 * @param {string} origin
 * @param {string} activityIri
 */
function targets(origin, activityIri) {
  const host = (/** @type {string} */ api, /** @type {string} */ src) => `${origin}/bench/host.html?api=${api}&src=${encodeURIComponent(src)}`;
  const xapi = () => {
    const query = new URLSearchParams({
      endpoint: `${origin}/bench/lrs/`,
      auth: `Basic ${Buffer.from('bench:bench').toString('base64')}`,
      actor: JSON.stringify({ objectType: 'Agent', name: 'Learner, Bench', mbox: 'mailto:bench-learner@example.com' }),
      registration: randomUUID(),
      activity_id: activityIri,
    });
    return `${origin}/web/index.html?${query}`;
  };
  return [
    { id: 'scorm12', label: 'SCORM 1.2', url: () => host('scorm12', '/web/index.html?standard=scorm12'), frame: '/web/index.html', floor: 'framed' },
    { id: 'scorm2004', label: 'SCORM 2004', url: () => host('scorm2004', '/web/index.html?standard=scorm2004'), frame: '/web/index.html', floor: 'framed' },
    { id: 'xapi', label: 'xAPI', url: xapi, frame: '/web/index.html', floor: 'top' },
    { id: 'standalone', label: 'standalone', url: () => `${origin}/web/index.html`, frame: '/web/index.html', floor: 'top' },
    { id: 'floor-framed', label: 'static page in an LMS frame', url: () => host('none', '/bench/floor.html'), frame: '/bench/floor.html' },
    { id: 'floor-top', label: 'static page', url: () => `${origin}/bench/floor.html`, frame: '/bench/floor.html' },
  ];
}

/** @param {number[]} values ms */
const timing = (values) => `${int(median(values))} ms (${int(Math.min(...values))}–${int(Math.max(...values))})`;

async function main() {
  const started = Date.now();
  const loadAtStart = loadavg()[0];
  const copy = buildAndCopy();
  const WEB = join(copy, 'web');
  const config = readJson('content/config.json');
  /** The package's default language (Dutch), which it opens in; the browser is set to it too, and the floor shows its intro. */
  const language = config.defaultLanguage ?? 'nl';
  const intro = readJson(`content/${language}/intro.json`);
  const assessment = readJson(`content/${language}/assessment.json`);
  const prose = dutchProse(assessment, intro);

  const floorHtml = floorPage(intro, readJson(`content/${language}/ui.json`).intro?.start);
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
    // Launch: every target once per round, in turn, so all of them see the same machine.
    const list = targets(server.origin, config.activityIri);
    /** @type {Record<string, import('./bench/launch.mjs').LaunchRun[]>} */
    const runs = Object.fromEntries(list.map((t) => [t.id, []]));
    // Warm-up, not counted: the browser's first page loads are slower than the rest.
    log('bench: launch warm-up …');
    for (const target of [list[0], list.at(-1) ?? list[0]]) {
      await measureLaunch(browser, target.url(), { framePath: target.frame, quietMs: QUIET_MS, language });
    }
    for (let round = 1; round <= RUNS; round++) {
      log(`bench: launch round ${round}/${RUNS} …`);
      for (const target of list) {
        runs[target.id].push(await measureLaunch(browser, target.url(), { framePath: target.frame, quietMs: QUIET_MS, language }));
      }
    }
    const times = (/** @type {string} */ id) => runs[id].map((run) => run.interactive);
    const startText = readJson(`content/${language}/ui.json`).intro?.start;
    const otherTexts = [...new Set(Object.values(runs).flat().map((run) => run.buttonText))].filter((text) => text !== startText);
    if (otherTexts.length > 0) details.push(`  warning: a first screen's button read ${otherTexts.map((t) => `"${t}"`).join(', ')}, not "${startText}"`);
    const floor = { top: median(times('floor-top')), framed: median(times('floor-framed')) };

    for (const target of list.filter((t) => t.floor)) {
      const payloads = runs[target.id].map((run) => launchPayload(run.received, run.interactive, bodyOf));
      const gz = payloads.map((p) => p.gzip);
      const at = medianIndex(gz);
      const chosen = payloads[at];
      const varied = Math.min(...gz) !== Math.max(...gz) ? `; ${int(Math.min(...gz))}–${int(Math.max(...gz))} over the runs` : '';
      const row = {
        group: 'Launch payload (JS + CSS + HTML requested before the first screen was interactive)',
        figure: target.label,
        value: `${int(chosen.raw)} B raw · ${bytesAndKb(chosen.gzip)} gzip${varied}`,
      };
      if (target.id === 'scorm12') {
        const ok = chosen.gzip <= BUDGET.payloadGzip;
        rows.push({ ...row, budget: `≤ ${kb(BUDGET.payloadGzip)} gzip`, ok, miss: ok ? '' : `${bytesAndKb(chosen.gzip - BUDGET.payloadGzip)} over` });
        // What the budget asks of that payload and a file can show: Lit's production build, no other standard's adapter.
        const devMode = chosen.files.filter((f) => String(bodyOf(f.url)).includes('Lit is in dev mode')).map((f) => new URL(f.url).pathname);
        rows.push({
          group: row.group,
          figure: '  SCORM 1.2: Lit in dev mode',
          value: devMode.length === 0 ? 'no (no dev-mode warning in any file)' : `yes: ${devMode.join(', ')}`,
          budget: 'no',
          ok: devMode.length === 0,
        });
        const adapters = chosen.files.map((f) => new URL(f.url).pathname).filter((path) => /scorm2004|xapi|cmi5/i.test(path));
        rows.push({
          group: row.group,
          figure: "  SCORM 1.2: other standards' adapters",
          value: adapters.length === 0 ? 'none loaded' : adapters.join(', '),
          budget: 'none',
          ok: adapters.length === 0,
        });
      } else rows.push(row);
      const name = (/** @type {{ url: string }} */ f) => new URL(f.url).pathname.replace(/^\/web\//, '');
      const medianRun = runs[target.id][at];
      const first = receivedPayload(medianRun.received, medianRun.buttonAt, bodyOf);
      const firstNames = new Set(first.files.map(name));
      details.push(
        `  ${target.label} payload, median run, B gzip: arrived before the start button was in the DOM ${int(first.gzip)}: ${first.files.map((f) => `${name(f)} ${int(f.gzip)}`).join(', ')}`,
        `    + requested after that, before interactive ${int(chosen.gzip - first.gzip)}: ${chosen.files.filter((f) => !firstNames.has(name(f))).map((f) => `${name(f)} ${int(f.gzip)}`).join(', ') || 'nothing'}`,
      );
    }

    const firstScreen = 'First screen interactive (median of runs, min–max)';
    rows.push({ group: firstScreen, figure: 'floor: static page', value: timing(times('floor-top')) });
    rows.push({ group: firstScreen, figure: 'floor: static page in an LMS frame', value: timing(times('floor-framed')) });
    for (const target of list.filter((t) => t.floor)) {
      const time = median(times(target.id));
      const base = target.floor === 'framed' ? floor.framed : floor.top;
      const ratio = time / base;
      const ok = ratio <= BUDGET.firstScreenRatio;
      rows.push({
        group: firstScreen,
        figure: `${target.label} (vs ${target.floor === 'framed' ? 'framed' : 'static'} floor)`,
        value: `${timing(times(target.id))} = ${ratio.toFixed(2)}×`,
        budget: `≤ ${BUDGET.firstScreenRatio}× floor`,
        ok,
        miss: ok ? '' : `${int(time - base * BUDGET.firstScreenRatio)} ms slower than ${BUDGET.firstScreenRatio}× floor`,
      });
      const buttons = runs[target.id].map((run) => run.buttonAt);
      details.push(`  ${target.label} first screen: start button in the DOM after ${timing(buttons)}; long tasks (ms) run 1: ${runs[target.id][0].longTasks.map(([s, e]) => `${int(s)}–${int(e)}`).join(', ') || 'none'}`);
    }

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
      value: `${int(summary.commits)} (${Object.entries(summary.byCause).map(([cause, n]) => `${cause} ${n}`).join(', ')}); Finish ${summary.finishes}`,
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
    details.push(`  scripted run: ${texts.map((t) => t.length).join(' + ')} characters typed at 40–60 ms per key; typing commits include the one after each field's last key; shortest time between two typing commits ${int(summary.shortestTypingGapMs)} ms; last suspend_data ${int(run.suspendData.length)} characters`);
    details.push(`  each key took the page ${int(median(keys))} ms (median; 95th percentile ${int(keys[Math.floor(keys.length * 0.95)])} ms, longest ${int(keys.at(-1) ?? 0)} ms) to handle`);

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
    const zips = readdirSync(copy).filter((name) => name.endsWith('.zip')).sort();
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
    `npm run bench: Chromium (language ${language}), ${CPU_SLOWDOWN}× CPU slowdown, cache off, ${RUNS} runs per target (after 2 warm-up loads), interactive = start button in the DOM + ${QUIET_MS} ms without long tasks; 1 KB = 1,024 B`,
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
