// @ts-check
/**
 * The launch part of the bench's table: from the measured runs of every target, per standard
 * the payload, painted, interactive and the click, each against its budget, and the details
 * (the payload file by file, the moments behind the figures, the long tasks). Pure: no I/O.
 */
import { bytesAndKb, int, kb, launchPayload, median, medianIndex, receivedPayload, requestedAfter } from './report.mjs';

/**
 * @typedef {object} LaunchBudget
 * @property {number} payloadGzip bytes
 * @property {number} paintedRatio of the floor's median
 * @property {number} interactiveRatio of the floor's median
 */

/** @param {number[]} values ms */
export const timing = (values) => `${int(median(values))} ms (${int(Math.min(...values))}–${int(Math.max(...values))})`;

/** @param {{ url: string }} file */
const fileName = (file) => new URL(file.url).pathname.replace(/^\/web\//, '');
/** @param {{ url: string, gzip: number }[]} files */
const fileList = (files) => files.map((f) => `${fileName(f)} ${int(f.gzip)}`).join(', ') || 'nothing';

/**
 * @param {{ targets: Pick<import('./targets.mjs').Target, 'id' | 'label' | 'floor'>[],
 *   runs: Record<string, import('./launch.mjs').LaunchRun[]>, clicks: Record<string, import('./launch.mjs').LaunchRun>,
 *   bodyOf: (url: string) => Uint8Array | string | null, budget: LaunchBudget }} measured
 *   `runs`: every target's timed runs; `clicks`: each standard's click run
 * @returns {{ rows: import('./report.mjs').Row[], details: string[] }}
 */
export function launchRows({ targets, runs, clicks, bodyOf, budget }) {
  /** @type {import('./report.mjs').Row[]} */
  const rows = [];
  /** @type {string[]} */
  const details = [];
  const standards = targets.filter((t) => t.floor);
  const floors = targets.filter((t) => !t.floor);
  const floorOf = (/** @type {'framed' | 'top' | undefined} */ floor) => (floor === 'framed' ? 'floor-framed' : 'floor-top');
  const values = (/** @type {string} */ id, /** @type {(run: import('./launch.mjs').LaunchRun) => number} */ of) => runs[id].map(of);

  const payloadGroup = 'Launch payload (JS + CSS + HTML requested before the first screen was interactive)';
  for (const target of standards) {
    const payloads = runs[target.id].map((run) => launchPayload(run.received, run.interactive, bodyOf));
    const gz = payloads.map((p) => p.gzip);
    const at = medianIndex(gz);
    const chosen = payloads[at];
    const varied = Math.min(...gz) !== Math.max(...gz) ? `; ${int(Math.min(...gz))}–${int(Math.max(...gz))} over the runs` : '';
    const ok = chosen.gzip <= budget.payloadGzip;
    rows.push({
      group: payloadGroup,
      figure: target.label,
      value: `${int(chosen.raw)} B raw · ${bytesAndKb(chosen.gzip)} gzip${varied}`,
      budget: `≤ ${kb(budget.payloadGzip)} gzip`,
      ok,
      miss: ok ? '' : `${bytesAndKb(chosen.gzip - budget.payloadGzip)} over`,
    });
    if (target.id === 'scorm12') {
      // What the budget asks of that payload and a file can show: Lit's production build, no other standard's adapter.
      const devMode = chosen.files.filter((f) => String(bodyOf(f.url)).includes('Lit is in dev mode')).map((f) => new URL(f.url).pathname);
      rows.push({
        group: payloadGroup,
        figure: '  SCORM 1.2: Lit in dev mode',
        value: devMode.length === 0 ? 'no (no dev-mode warning in any file)' : `yes: ${devMode.join(', ')}`,
        budget: 'no',
        ok: devMode.length === 0,
      });
      const adapters = chosen.files.map((f) => new URL(f.url).pathname).filter((path) => /scorm2004|xapi|cmi5/i.test(path));
      rows.push({
        group: payloadGroup,
        figure: "  SCORM 1.2: other standards' adapters",
        value: adapters.length === 0 ? 'none loaded' : adapters.join(', '),
        budget: 'none',
        ok: adapters.length === 0,
      });
    }
    const run = runs[target.id][at];
    const painted = receivedPayload(run.received, run.painted, bodyOf);
    const paintedNames = new Set(painted.files.map(fileName));
    const after = requestedAfter(run.received, run.interactive, bodyOf);
    details.push(
      `  ${target.label} payload, median run, B gzip: arrived before the introduction was painted ${int(painted.gzip)}: ${fileList(painted.files)}`,
      `    + requested after that, before interactive ${int(chosen.gzip - painted.gzip)}: ${fileList(chosen.files.filter((f) => !paintedNames.has(fileName(f))))}`,
      `    requested in the ${int(run.endedAt - run.interactive)} ms after interactive (not counted) ${int(after.gzip)}: ${fileList(after.files)}`,
    );
  }

  for (const [figure, key, ratio] of /** @type {const} */ ([
    ['painted', 'painted', budget.paintedRatio],
    ['interactive', 'interactive', budget.interactiveRatio],
  ])) {
    const group = `First screen ${figure} (median of runs, min–max)`;
    for (const floor of floors) rows.push({ group, figure: `floor: ${floor.label}`, value: timing(values(floor.id, (run) => run[key])) });
    for (const target of standards) {
      const times = values(target.id, (run) => run[key]);
      const base = median(values(floorOf(target.floor), (run) => run[key]));
      const time = median(times);
      const ok = time / base <= ratio;
      rows.push({
        group,
        figure: `${target.label} (vs ${target.floor === 'framed' ? 'framed' : 'static'} floor)`,
        value: `${timing(times)} = ${(time / base).toFixed(2)}×`,
        budget: `≤ ${ratio}× floor`,
        ok,
        miss: ok ? '' : `${int(time - base * ratio)} ms slower than ${ratio}× floor`,
      });
    }
  }
  for (const target of [...standards, ...floors]) {
    const tasks = runs[target.id][0].longTasks.map(([s, e]) => `${int(s)}–${int(e)}`).join(', ') || 'none';
    details.push(
      `  ${target.label} first screen: introduction in the DOM ${timing(values(target.id, (run) => run.introAt))}, button ready ${timing(values(target.id, (run) => run.readyAt))}, first contentful paint ${timing(values(target.id, (run) => run.fcp))}; long tasks (ms) run 1: ${tasks}`,
    );
  }

  const clickGroup = 'Start button clicked at the interactive moment (one more run each, not timed)';
  for (const target of standards) {
    const run = clicks[target.id];
    const click = run.click;
    const toStep1 = click && click.at !== null && click.step1At !== null ? click.step1At - click.at : null;
    rows.push({
      group: clickGroup,
      figure: `${target.label}: click works`,
      value:
        toStep1 !== null
          ? `yes (${int(toStep1)} ms to step 1)`
          : `no (${click?.at == null ? 'the click did not reach the page' : 'step 1 not shown'})`,
      budget: 'yes',
      ok: toStep1 !== null,
    });
    details.push(
      `  ${target.label} click run: interactive at ${int(run.interactive)} ms as known then; clicked at ${click?.at == null ? '–' : `${int(click.at)} ms`}; step 1 shown at ${click?.step1At == null ? '–' : `${int(click.step1At)} ms`}`,
    );
  }
  return { rows, details };
}
