// @ts-check
/** The ids of assessment.json that its schema cannot check: the tracking contract's order. */
import { isObject } from './is-object.mjs';

/** @typedef {import('./content-error.mjs').ContentError} ContentError */

/** The pillars' ids by position (docs/tracking.md). */
const PILLAR_IDS = ['begrijpen', 'willen', 'kunnen'];

/**
 * Each pillar holds its own four statement ids in contract order, and no id
 * occurs twice in a list.
 * @param {string} file
 * @param {unknown} data the parsed assessment.json
 * @returns {ContentError[]}
 */
export function checkAssessmentIds(file, data) {
  /** @type {ContentError[]} */
  const errors = [];
  if (!isObject(data)) return errors;

  /** @param {unknown} list @param {string} listPath */
  const uniqueIds = (list, listPath) => {
    if (!Array.isArray(list)) return;
    /** @type {Map<unknown, number>} */
    const seen = new Map();
    list.forEach((item, index) => {
      if (!isObject(item) || typeof item.id !== 'string') return;
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, index);
      else errors.push({ file, path: `${listPath}/${index}/id`, message: `duplicate id "${item.id}" (also at ${listPath}/${first}/id)` });
    });
  };

  uniqueIds(data.pillars, '/pillars');
  uniqueIds(data.scale, '/scale');
  if (isObject(data.plan)) uniqueIds(data.plan.questions, '/plan/questions');

  if (Array.isArray(data.pillars)) {
    /** @type {Map<string, string>} */
    const statementPaths = new Map();
    data.pillars.forEach((pillar, p) => {
      if (!isObject(pillar) || !Array.isArray(pillar.statements)) return;
      const pillarId = PILLAR_IDS[p];
      const ids = pillar.statements.map((s) => (isObject(s) ? s.id : undefined));
      if (pillarId) {
        const expected = [1, 2, 3, 4].map((n) => `${pillarId}_${n}`);
        if (ids.length !== expected.length || ids.some((id, k) => id !== expected[k])) {
          errors.push({
            file,
            path: `/pillars/${p}/statements`,
            message: `statement ids must be ${expected[0]} … ${expected[3]} in order (found ${ids.map((id) => JSON.stringify(id ?? null)).join(', ')})`,
          });
        }
      }
      ids.forEach((id, k) => {
        if (typeof id !== 'string') return;
        const here = `/pillars/${p}/statements/${k}/id`;
        const first = statementPaths.get(id);
        if (first) errors.push({ file, path: here, message: `duplicate statement id "${id}" (also at ${first})` });
        else statementPaths.set(id, here);
      });
    });
  }
  return errors;
}
