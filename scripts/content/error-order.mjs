// @ts-check
/** The order in which the content check reports its errors, each once. */
import { formatError } from './content-error.mjs';
import { isObject } from './is-object.mjs';

/** @typedef {import('./content-error.mjs').ContentError} ContentError */

/**
 * Drops repeated errors and orders the rest by file (in the order the files were
 * checked) and, within a file, by JSON Pointer in document order; a missing
 * property sorts after the properties its object has.
 * @param {ContentError[]} errors
 * @param {Map<string, unknown>} documents parsed content of each file
 * @returns {ContentError[]}
 */
export function orderErrors(errors, documents) {
  const unique = dedupe(errors);
  const fileOrder = [...new Set(unique.map((e) => e.file))];
  return unique
    .map((error, index) => ({ error, index }))
    .sort(
      (x, y) =>
        fileOrder.indexOf(x.error.file) - fileOrder.indexOf(y.error.file) ||
        comparePointers(documents.get(x.error.file), x.error.path, y.error.path) ||
        x.index - y.index,
    )
    .map(({ error }) => error);
}

/**
 * @param {unknown} doc
 * @param {string} a JSON Pointer
 * @param {string} b JSON Pointer
 * @returns {number} negative when `a` comes first in `doc`
 */
function comparePointers(doc, a, b) {
  const as = a.split('/').slice(1);
  const bs = b.split('/').slice(1);
  let node = doc;
  for (let k = 0; k < Math.min(as.length, bs.length); k++) {
    if (as[k] !== bs[k]) {
      /** @param {string} segment */
      const rank = (segment) => {
        if (Array.isArray(node)) return Number(segment);
        const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
        const at = isObject(node) ? Object.keys(node).indexOf(key) : -1;
        return at < 0 ? Number.MAX_SAFE_INTEGER : at;
      };
      return rank(as[k]) - rank(bs[k]);
    }
    node = Array.isArray(node) ? node[Number(as[k])] : isObject(node) ? node[as[k]] : undefined;
  }
  return as.length - bs.length;
}

/** @param {ContentError[]} errors */
function dedupe(errors) {
  const seen = new Set();
  return errors.filter((error) => {
    const key = formatError(error);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
