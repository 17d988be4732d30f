// @ts-check
/**
 * What `npm run bench` launches: the package once per standard, each as its LMS or LRS would
 * launch it, and the two floors (the static page on its own and in the LMS frame). SCORM
 * modes run in the LMS page's frame and are held against the framed floor; xAPI, cmi5 and
 * standalone run in the top window and are held against the plain floor.
 */
import { randomUUID } from 'node:crypto';
import { unzipSync } from 'fflate';
import { APP_SCREEN, FLOOR_SCREEN } from './instrument.mjs';
import { elementsNamed, parseXml } from '../packaging/xml.mjs';

/**
 * @typedef {object} Target
 * @property {string} id
 * @property {string} label
 * @property {import('./instrument.mjs').Screen} screen where its first screen is
 * @property {() => Promise<string>} launch prepares one launch and returns its URL
 * @property {'framed' | 'top'} [floor] the floor it is held against; none: it is a floor
 * @property {(url: string) => string | null} [problem] after a launch of `url`: why it was not
 *   the launch it should be (the package fell back to standalone), or null
 */

/**
 * The assignable unit of the cmi5 zip, as an LMS reads it from cmi5.xml: its id and url.
 * @param {Uint8Array} zip the bytes of the cmi5 zip
 * @returns {import('./cmi5.mjs').Cmi5Unit}
 */
export function cmi5Unit(zip) {
  const xml = unzipSync(zip, { filter: (file) => file.name === 'cmi5.xml' })['cmi5.xml'];
  if (!xml) throw new Error('the cmi5 zip has no cmi5.xml');
  const [unit] = elementsNamed(parseXml(Buffer.from(xml).toString('utf8')), 'au');
  const id = unit?.getAttribute('id');
  const url = unit && elementsNamed(unit, 'url')[0]?.textContent?.trim();
  if (!id || !url) throw new Error('cmi5.xml names no assignable unit with an id and a url');
  return { id, url };
}

/**
 * @param {{ origin: string, activityIri: string, unit: import('./cmi5.mjs').Cmi5Unit,
 *   cmi5: ReturnType<typeof import('./cmi5.mjs').cmi5Lms> }} options
 *   `activityIri`: content/config.json's; `unit`: the cmi5 zip's (cmi5Unit); `cmi5`: the bench server's LMS side
 * @returns {Target[]}
 */
export function targets({ origin, activityIri, unit, cmi5 }) {
  const host = (/** @type {string} */ api, /** @type {string} */ src) =>
    `${origin}/bench/host.html?api=${api}&src=${encodeURIComponent(src)}`;
  const learner = { objectType: 'Agent', name: 'Learner, Bench' };
  const xapi = () => {
    const query = new URLSearchParams({
      endpoint: `${origin}/bench/lrs/`,
      auth: `Basic ${Buffer.from('bench:bench').toString('base64')}`,
      actor: JSON.stringify({ ...learner, mbox: 'mailto:bench-learner@example.com' }),
      registration: randomUUID(),
      activity_id: activityIri,
    });
    return `${origin}/web/index.html?${query}`;
  };
  // cmi5 identifies the learner by an account on the LMS (9.2.2).
  const actor = { ...learner, account: { homePage: origin, name: 'bench-learner' } };
  const fixed = (/** @type {() => string} */ url) => async () => url();
  return [
    {
      id: 'scorm12',
      label: 'SCORM 1.2',
      screen: APP_SCREEN,
      floor: 'framed',
      launch: fixed(() => host('scorm12', '/web/index.html?standard=scorm12')),
    },
    {
      id: 'scorm2004',
      label: 'SCORM 2004',
      screen: APP_SCREEN,
      floor: 'framed',
      launch: fixed(() => host('scorm2004', '/web/index.html?standard=scorm2004')),
    },
    { id: 'xapi', label: 'xAPI', screen: APP_SCREEN, floor: 'top', launch: fixed(xapi) },
    {
      id: 'cmi5',
      label: 'cmi5',
      screen: { ...APP_SCREEN, path: `/web/${unit.url}` },
      floor: 'top',
      launch: () => cmi5.launch({ origin, unit, packagePath: '/web/', actor }),
      problem: (url) => cmi5.problem(url),
    },
    { id: 'standalone', label: 'standalone', screen: APP_SCREEN, floor: 'top', launch: fixed(() => `${origin}/web/index.html`) },
    {
      id: 'floor-framed',
      label: 'static page in an LMS frame',
      screen: FLOOR_SCREEN,
      launch: fixed(() => host('none', '/bench/floor.html')),
    },
    { id: 'floor-top', label: 'static page', screen: FLOOR_SCREEN, launch: fixed(() => `${origin}/bench/floor.html`) },
  ];
}
