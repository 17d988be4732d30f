// @ts-check
/** What the content check reports: one problem at one place in one file. */

/**
 * @typedef {{ file: string, path: string, message: string }} ContentError
 *   file: relative to the root folder with forward slashes; path: JSON Pointer ('' = the whole file).
 */

/**
 * @param {ContentError} error
 * @returns {string} `file: path: message`, or `file: message` for whole-file errors.
 */
export function formatError({ file, path: pointer, message }) {
  return pointer ? `${file}: ${pointer}: ${message}` : `${file}: ${message}`;
}

/**
 * A property name as one JSON Pointer segment.
 * @param {string} segment
 */
export function escapePointer(segment) {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}
