// @ts-check

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>} whether it is a JSON object (not an array or null)
 */
export function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
