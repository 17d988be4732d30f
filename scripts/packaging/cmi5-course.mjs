// @ts-check
/** The cmi5 course structure, cmi5.xml: the checks beyond its schema. */
import { elementsNamed, parseXmlForCheck } from './xml.mjs';

/**
 * The checks of cmi5.xml beyond its schema: the course id is the config's
 * activityIri, one assignable unit `<activityIri>/au` launching index.html,
 * moved on by completion alone (no pass or fail, so no masteryScore).
 * @param {string} xml
 * @param {Record<string, string>} values
 * @returns {string[]} one line per problem
 */
export function checkCmi5(xml, values) {
  const { document, problem } = parseXmlForCheck(xml);
  if (!document) return [problem];
  /** @type {string[]} */
  const problems = [];
  const course = elementsNamed(document, 'course')[0];
  if (course?.getAttribute('id') !== values.activityIri) problems.push(`<course id> must be activityIri "${values.activityIri}".`);
  const units = elementsNamed(document, 'au');
  if (units.length !== 1) {
    problems.push(`there must be exactly one <au>, found ${units.length}.`);
    return problems;
  }
  const [unit] = units;
  const id = unit.getAttribute('id') ?? '';
  if (id !== `${values.activityIri}/au`) problems.push(`<au id> must be "${values.activityIri}/au", not "${id}".`);
  if (unit.getAttribute('moveOn') !== 'Completed') problems.push('<au moveOn> must be "Completed": the package reports no pass or fail.');
  if (unit.hasAttribute('masteryScore')) problems.push('remove <au masteryScore>: the tracking contract has no pass or fail.');
  const url = elementsNamed(unit, 'url')[0]?.textContent?.trim();
  if (url !== 'index.html') problems.push(`<au><url> must be index.html, not "${url ?? ''}".`);
  return problems;
}
