// @ts-check
import { zipSync } from 'fflate';

/** Every zip entry gets this time, so repeated builds give identical bytes. */
export const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

/**
 * A zip of the given entries, in the given order, with a fixed time.
 * @param {[string, Uint8Array][]} entries name at the zip root and contents
 */
export function makeZip(entries) {
  /** @type {Record<string, Uint8Array>} */
  const zippable = {};
  for (const [name, data] of entries) zippable[name] = data;
  return zipSync(zippable, { level: 9, mtime: FIXED_MTIME });
}
