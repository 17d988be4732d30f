// @ts-check
/**
 * The launch moments of `npm run bench`, computed from what the instrument (instrument.mjs)
 * recorded in the measured frame, all in that frame's clock (ms, 0 = its navigation start).
 * Pure: no browser, no I/O.
 */

/**
 * @typedef {object} Recorded what the instrument saw (null: not seen)
 * @property {number | null} introAt the introduction's heading and start button, both with text, were in the DOM
 * @property {number | null} introFrameAt the end of the first frame rendered after `introAt`
 * @property {number | null} readyAt the button in the DOM and every element it lives in (the
 *   shadow hosts above it) upgraded (`:defined`) and rendered (Lit's `hasUpdated`)
 * @property {number | null} fcp first-contentful-paint of the frame
 * @property {[number, number][]} longTasks [start, end] of each long task (≥ 50 ms)
 */

/**
 * When the introduction was first painted: the frame's first contentful paint, but not before
 * the introduction was in the DOM. A paint of something else before it (a loading message)
 * does not count: then it is the first frame rendered after the introduction was there.
 * Null while that is not known yet.
 * @param {Pick<Recorded, 'fcp' | 'introAt' | 'introFrameAt'>} recorded
 */
export function paintedAt({ fcp, introAt, introFrameAt }) {
  if (fcp === null || introAt === null) return null;
  return fcp >= introAt ? fcp : introFrameAt;
}

/**
 * The moment the first screen is interactive, from `from`: the main thread is free then: no
 * long task (≥ 50 ms) runs at that moment or starts within the following `quietMs`. A long
 * task in progress or starting within the window moves the moment to its end, and the window
 * starts again (Lighthouse's Time to Interactive, with a shorter quiet window and no network
 * condition).
 * @param {number} from
 * @param {[number, number][]} longTasks [start, end] pairs
 * @param {number} quietMs
 */
export function interactiveAt(from, longTasks, quietMs) {
  const tasks = [...longTasks].sort((a, b) => a[0] - b[0]);
  let at = from;
  for (const [start, end] of tasks) {
    if (end <= at) continue;
    if (start >= at + quietMs) break;
    at = end;
  }
  return at;
}

/**
 * Painted and interactive from one run's recording; null while not known yet. Interactive
 * starts from the later of `readyAt` (the button would work) and painted (the learner can
 * see it; Lighthouse's Time to Interactive starts from the first contentful paint too), then
 * waits for the quiet window, so painted ≤ interactive always.
 * @param {Recorded} recorded
 * @param {number} quietMs
 * @returns {{ painted: number, interactive: number } | null}
 */
export function launchMoments(recorded, quietMs) {
  const painted = paintedAt(recorded);
  if (painted === null || recorded.readyAt === null) return null;
  return { painted, interactive: interactiveAt(Math.max(painted, recorded.readyAt), recorded.longTasks, quietMs) };
}
