// @ts-check
/**
 * The LMS side of a cmi5 launch, for the bench: what an LMS does before it opens the
 * assignable unit (cmi5 spec, Quartz, 8.1, 8.2, 10.0), against the repository's LRS
 * (scripts/lrs.mjs) that the bench server answers at /bench/lrs/. Per launch: a new
 * registration and session id, the LMS.LaunchData state document written to the LRS, and a
 * one-time fetch URL on the bench server (/bench/cmi5/fetch?session=…) whose first POST is
 * answered with `{ "auth-token": … }` and any later one with error-code 1. It also notes
 * whether the package read LMS.LaunchData with that token: the package falls back to
 * standalone when a cmi5 launch fails, and that must not be measured as cmi5.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { XAPI_VERSION } from '../lrs.mjs';

const SESSION_ID_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

/**
 * @typedef {object} Cmi5Unit the assignable unit, as the course structure (cmi5.xml) names it
 * @property {string} id the AU's id (its publisher id)
 * @property {string} url the AU's url, relative to the package
 */

/**
 * @param {string} lrsEndpoint the LRS's own xAPI endpoint (startLrs().endpoint), for writing LMS.LaunchData
 */
export function cmi5Lms(lrsEndpoint) {
  /** @type {Map<string, { token: string, fetched: boolean, launchDataRead: boolean }>} */
  const sessions = new Map();
  const lmsAuth = `Basic ${Buffer.from('bench-lms:bench').toString('base64')}`;
  const sessionOf = (/** @type {string} */ launchUrl) => {
    const fetchUrl = new URL(launchUrl).searchParams.get('fetch');
    return fetchUrl ? new URL(fetchUrl).searchParams.get('session') : null;
  };
  return {
    /**
     * Prepares one launch (LMS.LaunchData written, a token waiting) and returns its URL.
     * @param {{ origin: string, unit: Cmi5Unit, packagePath: string, actor: object }} launch
     *   `packagePath`: where the package's folder is served, e.g. /web/
     */
    async launch({ origin, unit, packagePath, actor }) {
      const session = randomUUID();
      const registration = randomUUID();
      const launchData = {
        contextTemplate: {
          contextActivities: { grouping: [{ objectType: 'Activity', id: unit.id }] },
          extensions: { [SESSION_ID_EXTENSION]: session },
        },
        launchMode: 'Normal',
        moveOn: 'Completed',
        returnURL: `${origin}/`,
      };
      const state = new URLSearchParams({ activityId: unit.id, agent: JSON.stringify(actor), registration, stateId: 'LMS.LaunchData' });
      const put = await fetch(`${lrsEndpoint}activities/state?${state}`, {
        method: 'PUT',
        headers: { Authorization: lmsAuth, 'Content-Type': 'application/json', 'X-Experience-API-Version': XAPI_VERSION },
        body: JSON.stringify(launchData),
      });
      if (!put.ok) throw new Error(`cmi5: the LRS did not take LMS.LaunchData (HTTP ${put.status}: ${await put.text()})`);
      sessions.set(session, { token: randomBytes(24).toString('base64'), fetched: false, launchDataRead: false });
      const query = new URLSearchParams({
        endpoint: `${origin}/bench/lrs/`,
        fetch: `${origin}/bench/cmi5/fetch?session=${session}`,
        actor: JSON.stringify(actor),
        registration,
        activityId: unit.id,
      });
      return `${origin}${packagePath}${unit.url}?${query}`;
    },

    /**
     * Answers a request to the fetch URL (8.2): POST only; the token once.
     * @param {import('node:http').IncomingMessage} req
     * @param {import('node:http').ServerResponse} res
     */
    answerFetch(req, res) {
      const session = sessions.get(new URL(req.url ?? '/', 'http://bench.invalid').searchParams.get('session') ?? '');
      const answer = (/** @type {number} */ status, /** @type {object} */ body) => {
        res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
        res.end(JSON.stringify(body));
      };
      if (req.method !== 'POST') return answer(405, { 'error-code': '3', 'error-text': 'POST only' });
      if (!session) return answer(400, { 'error-code': '3', 'error-text': 'unknown session' });
      if (session.fetched) return answer(200, { 'error-code': '1', 'error-text': 'The authorization token has already been returned.' });
      session.fetched = true;
      answer(200, { 'auth-token': session.token });
    },

    /**
     * Notes a request to the LRS: LMS.LaunchData read with a session's token.
     * @param {import('node:http').IncomingMessage} req
     * @param {import('node:http').ServerResponse} res
     */
    observe(req, res) {
      const url = new URL(req.url ?? '/', 'http://bench.invalid');
      if (req.method !== 'GET' || !url.pathname.endsWith('/activities/state') || url.searchParams.get('stateId') !== 'LMS.LaunchData')
        return;
      const session = [...sessions.values()].find((s) => req.headers.authorization === `Basic ${s.token}`);
      if (session) res.once('finish', () => (session.launchDataRead ||= res.statusCode === 200));
    },

    /**
     * What went wrong with a launch (by its URL), or null when the package fetched its token
     * and read LMS.LaunchData with it: the cmi5 launch got past the steps that can fail.
     * @param {string} launchUrl
     */
    problem(launchUrl) {
      const session = sessions.get(sessionOf(launchUrl) ?? '');
      if (!session) return 'not a cmi5 launch of this bench';
      if (!session.fetched) return 'the package did not POST the fetch URL';
      if (!session.launchDataRead) return 'the package did not read LMS.LaunchData with the token';
      return null;
    },
  };
}
