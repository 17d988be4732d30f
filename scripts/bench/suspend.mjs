// @ts-check
/**
 * suspend_data lengths, measured in Node with the package's own encoder
 * (src/model/suspend-data.ts, bundled by tests/node/helpers/import-ts.mjs; its
 * deflate-raw is Node's CompressionStream, zlib's default level as in Chromium).
 */
import { importTs } from '../../tests/node/helpers/import-ts.mjs';
import { ANSWERS } from './scorm-run.mjs';
import { slices, split } from './report.mjs';

/**
 * @param {string} prose realistic Dutch prose (report.mjs dutchProse)
 */
export async function measureSuspendData(prose) {
  const suspend = /** @type {any} */ (await importTs('src/model/suspend-data.ts'));
  const { STATEMENT_IDS } = /** @type {any} */ (await importTs('src/model/scoring.ts'));
  const { initialState } = /** @type {any} */ (await importTs('src/model/transitions.ts'));
  /** @type {(state: any, reported: any) => Promise<string>} */
  const encode = suspend.encodeSuspendData;
  const limit = /** @type {number} */ (suspend.SUSPEND_DATA_LIMIT);

  const answers = Object.fromEntries(STATEMENT_IDS.map((/** @type {string} */ id, /** @type {number} */ i) => [id, ANSWERS[i]]));
  // In step 4, every answer given and reported: the position and the answers, nothing else.
  const base = { ...initialState(), screen: 'plan', reached: 'plan', videoWatched: true, analysisSeen: true, answers };
  /** Four reflections: Q1 improvement, Q3 needs, Q4 timeline and one action (Q2). */
  const withTexts = (/** @type {string[]} */ [improvement, needs, timeline, action]) => ({
    ...base,
    plan: { improvement, needs, timeline, planDate: '', actions: [{ id: 'a1', text: action, date: '' }] },
  });
  const lengthOf = async (/** @type {number} */ total) => (await encode(withTexts(split(prose, total, 4)), answers)).length;

  const answersOnly = (await encode(base, answers)).length;
  const fourReflections = await encode(withTexts(slices(prose, 4, 1000)), answers);

  // The longest the UI allows (SCORM 1.2): the four fields grow together, character by
  // character, with consecutive prose; the LMS keeps the last version of at most `limit`
  // characters, after which the fields cannot grow. Coarse steps first, then one at a time.
  let total = 4000;
  if ((await lengthOf(total)) > limit) throw new Error('four reflections of 1,000 characters already exceed the limit');
  for (const step of [256, 16, 1]) {
    while (total + step <= prose.length && (await lengthOf(total + step)) <= limit) total += step;
  }
  const longest = await lengthOf(total);
  if (total + 1 > prose.length) throw new Error(`the prose (${prose.length} characters) ran out before the limit was reached`);
  return { limit, answersOnly, fourReflections: fourReflections.length, longest, longestChars: total };
}
