// @ts-check
/** The xAPI package manifest, tincan.xml: its structure checks (it has no official schema). */
import { elementsNamed, parseXmlForCheck } from './xml.mjs';

/** The namespace of tincan.xml's root element. */
export const TINCAN_NAMESPACE = 'http://projecttincan.com/tincan.xsd';
/** The activity type of the package in tincan.xml. */
export const COURSE_ACTIVITY_TYPE = 'http://adlnet.gov/expapi/activities/course';

/**
 * The structure checks of tincan.xml, which has no official schema (the caller
 * checks that it is well-formed): a `<tincan>` root in the TinCan namespace
 * holding exactly one activity, the course, whose id is the config's
 * activityIri, with a name and a description in each content language
 * (`values.languages`, else at least one), each with a different `lang`, and
 * `index.html` as its one launch, with a `lang`.
 * @param {string} xml
 * @param {Record<string, string>} values
 * @returns {string[]} one line per problem
 */
export function checkTincan(xml, values) {
  const { document, problem } = parseXmlForCheck(xml);
  if (!document) return [problem];
  /** @type {string[]} */
  const problems = [];
  const root = document.documentElement;
  if (root?.localName !== 'tincan' || elementsNamed(document, 'tincan').length !== 1)
    problems.push('the root element must be one <tincan>.');
  else if (root.namespaceURI !== TINCAN_NAMESPACE) problems.push(`<tincan> must have xmlns="${TINCAN_NAMESPACE}".`);
  if (elementsNamed(document, 'activities').length !== 1) problems.push('there must be exactly one <activities>.');
  const activities = elementsNamed(document, 'activity');
  if (activities.length !== 1) {
    problems.push(`there must be exactly one <activity> (the course), found ${activities.length}.`);
    return problems;
  }
  const [activity] = activities;
  const id = activity.getAttribute('id') ?? '';
  if (id !== values.activityIri) problems.push(`<activity id> must be activityIri "${values.activityIri}", not "${id}".`);
  if (!/^https?:\/\/\S+$/.test(id)) problems.push('<activity id> must be an absolute http(s) IRI.');
  if (activity.getAttribute('type') !== COURSE_ACTIVITY_TYPE) problems.push(`<activity type> must be "${COURSE_ACTIVITY_TYPE}".`);
  const languages = typeof values.languages === 'string' ? values.languages.split(/\s+/).filter(Boolean) : [];
  for (const name of ['name', 'description', 'launch']) {
    const found = elementsNamed(activity, name);
    if (name === 'launch' ? found.length !== 1 : found.length === 0) {
      problems.push(`the activity must have ${name === 'launch' ? 'exactly' : 'at least'} one <${name}>, found ${found.length}.`);
      continue;
    }
    if (found.some((element) => !element.textContent?.trim())) problems.push(`<${name}> must not be empty.`);
    const langs = found.map((element) => element.getAttribute('lang'));
    if (langs.some((lang) => !lang)) problems.push(`<${name}> must have a lang attribute.`);
    else if (new Set(langs).size !== langs.length) problems.push(`<${name}> must not repeat a lang (${langs.join(', ')}).`);
    else if (name !== 'launch') {
      const missing = languages.filter((lang) => !langs.includes(lang));
      if (missing.length > 0) problems.push(`<${name}> is missing for ${missing.join(', ')}.`);
    }
  }
  const launch = elementsNamed(activity, 'launch')[0]?.textContent?.trim();
  if (launch !== undefined && launch !== 'index.html') problems.push(`<launch> must be index.html, not "${launch}".`);
  return problems;
}
