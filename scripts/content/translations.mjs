// @ts-check
/** A translation checked against the default language's file: only the texts may differ. */
import { escapePointer } from './content-error.mjs';
import { isObject } from './is-object.mjs';

/** @typedef {import('./content-error.mjs').ContentError} ContentError */

/**
 * A translation against the default language's file: the same keys (a text
 * missing in either language is an error on the file that misses it), the same number of paragraphs, list
 * items and so on, the same ids and numbers, and in running text the same
 * links (href and hreflang, in order). Only the texts themselves differ.
 * @param {string} file the translation, e.g. content/en/assessment.json
 * @param {string} referenceFile the default language's, e.g. content/nl/assessment.json
 * @param {unknown} value
 * @param {unknown} reference
 * @returns {ContentError[]}
 */
export function compareTranslation(file, referenceFile, value, reference) {
  /** @type {ContentError[]} */
  const errors = [];
  /** @param {unknown} v @param {unknown} ref @param {string} pointer @param {string} key */
  const compare = (v, ref, pointer, key) => {
    const kind = (/** @type {unknown} */ x) => (Array.isArray(x) ? 'a list' : isObject(x) ? 'an object' : x === null ? 'null' : `a ${typeof x}`);
    if (kind(v) !== kind(ref)) {
      errors.push({ file, path: pointer, message: `must be ${kind(ref)}, as in ${referenceFile}` });
      return;
    }
    if (isObject(ref) && isObject(v)) {
      for (const k of Object.keys(ref)) {
        const at = `${pointer}/${escapePointer(k)}`;
        if (Object.hasOwn(v, k)) compare(v[k], ref[k], at, k);
        else errors.push({ file, path: at, message: `is missing (${referenceFile} has it)` });
      }
      for (const k of Object.keys(v)) {
        if (!Object.hasOwn(ref, k)) errors.push({ file: referenceFile, path: `${pointer}/${escapePointer(k)}`, message: `is missing (${file} has it)` });
      }
    } else if (Array.isArray(ref) && Array.isArray(v)) {
      if (hasLinks(ref) || hasLinks(v)) {
        const mine = linksOf(v);
        const theirs = linksOf(ref);
        const at = theirs.findIndex((link, i) => link !== mine[i]);
        if (mine.length !== theirs.length) {
          errors.push({ file, path: pointer, message: `has ${mine.length} link${mine.length === 1 ? '' : 's'}, ${referenceFile} has ${theirs.length}` });
        } else if (at >= 0) {
          errors.push({ file, path: pointer, message: `link ${at + 1} must be ${theirs[at]}, as in ${referenceFile} (found ${mine[at]})` });
        }
      } else if (v.length !== ref.length) {
        errors.push({ file, path: pointer, message: `has ${v.length} item${v.length === 1 ? '' : 's'}, ${referenceFile} has ${ref.length}` });
      } else {
        v.forEach((item, i) => compare(item, ref[i], `${pointer}/${i}`, key));
      }
    } else if (typeof ref !== 'string' || key === 'id') {
      // Ids, values and numbers are the same in every language; only texts are translated.
      if (v !== ref) errors.push({ file, path: pointer, message: `must be ${JSON.stringify(ref)}, as in ${referenceFile}` });
    }
  };
  compare(value, reference, '', '');
  return errors;
}

/** @param {unknown[]} list running text holds links */
function hasLinks(list) {
  return list.some((item) => isObject(item) && typeof item.href === 'string');
}

/** @param {unknown[]} list @returns {string[]} each link as href, with its hreflang when it has one */
function linksOf(list) {
  return list.filter(isObject).map((link) => (typeof link.hreflang === 'string' ? `${link.href} (${link.hreflang})` : String(link.href)));
}
