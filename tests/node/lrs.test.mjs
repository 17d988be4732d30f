// @ts-check
// The repository's LRS (scripts/lrs.mjs), over HTTP as the package, the preview and the
// tests use it: Learning Locker's statements service for statements (stored, listed,
// refused, the 409 rule for a statement id that comes again), the State and Agent Profile
// APIs in front of it, the required version header and Basic auth, CORS, the preview's
// request log, the same LRS mounted below another path, and its working directory outside
// the repository.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XAPI_VERSION, startLrs } from '../../scripts/lrs.mjs';

const AUTH = `Basic ${Buffer.from('preview:preview').toString('base64')}`;
const ACTOR = { objectType: 'Agent', name: 'Learner, Preview', mbox: 'mailto:preview-learner@example.com' };
const ACTIVITY = 'https://lectoraatschuldenincasso.nl/xapi/wed-zelfassessment';

/** @type {import('../../scripts/lrs.mjs').Lrs} */
let lrs;
before(async () => {
  lrs = await startLrs();
});
after(async () => {
  await lrs?.stop();
});

/**
 * A statement of the preview learner in `registration`.
 * @param {string} registration
 * @param {string} verb last part of an ADL verb IRI
 * @param {Record<string, unknown>} [extra]
 */
const statement = (registration, verb, extra = {}) => ({
  actor: ACTOR,
  verb: { id: `http://adlnet.gov/expapi/verbs/${verb}`, display: { 'en-US': verb } },
  object: { objectType: 'Activity', id: ACTIVITY },
  context: { registration },
  ...extra,
});

/**
 * Calls the LRS as the package does: version header, Basic auth, JSON.
 * @param {string} method
 * @param {string} path below the endpoint, e.g. "statements?limit=2"
 * @param {{ body?: unknown, raw?: string, headers?: Record<string, string | undefined>, endpoint?: string }} [options]
 */
async function call(method, path, { body, raw, headers = {}, endpoint = lrs.endpoint } = {}) {
  /** @type {Record<string, string>} */
  const sent = {};
  for (const [name, value] of Object.entries({
    'x-experience-api-version': '1.0.3',
    authorization: AUTH,
    'content-type': 'application/json',
    ...headers,
  })) {
    if (value !== undefined) sent[name] = value;
  }
  const response = await fetch(`${endpoint}${path}`, {
    method,
    headers: sent,
    body: method === 'GET' || method === 'HEAD' ? undefined : (raw ?? JSON.stringify(body)),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
}

/** @param {Record<string, string>} params */
const stateQuery = (params) => new URLSearchParams({ activityId: ACTIVITY, agent: JSON.stringify(ACTOR), ...params }).toString();

/** @param {string} registration */
const verbsOf = async (registration, query = '') =>
  (await call('GET', `statements?registration=${registration}${query}`))
    .json()
    .statements.map((/** @type {any} */ s) => s.verb.display['en-US']);

describe('statements', () => {
  test('POST stores one statement or a batch and answers with the ids, in order; GET gives a statement back by id', async () => {
    const registration = randomUUID();
    const id = randomUUID();
    const one = await call('POST', 'statements', { body: statement(registration, 'initialized') });
    assert.equal(one.status, 200);
    assert.equal(one.json().length, 1);
    const batch = await call('POST', 'statements', {
      body: [statement(registration, 'experienced', { id }), statement(registration, 'answered')],
    });
    assert.equal(batch.status, 200);
    assert.equal(batch.json()[0], id);
    assert.equal(batch.headers.get('x-experience-api-version'), XAPI_VERSION);
    const stored = (await call('GET', `statements?statementId=${id}`)).json();
    assert.equal(stored.id, id);
    assert.ok(
      stored.stored && stored.timestamp && stored.authority && stored.version,
      'the LRS sets stored, timestamp, authority and version',
    );
    assert.equal((await call('GET', `statements?statementId=${randomUUID()}`)).status, 404);
  });

  test('GET lists the statements of a registration, newest first, with limit and ascending, and `more` below the path asked', async () => {
    const registration = randomUUID();
    for (const verb of ['initialized', 'answered', 'completed']) await call('POST', 'statements', { body: statement(registration, verb) });
    await call('POST', 'statements', { body: statement(randomUUID(), 'answered') });
    assert.deepEqual(await verbsOf(registration), ['completed', 'answered', 'initialized']);
    assert.deepEqual(await verbsOf(registration, '&ascending=true'), ['initialized', 'answered', 'completed']);
    const page = await call('GET', `statements?registration=${registration}&limit=2`);
    assert.equal(page.json().statements.length, 2);
    assert.match(page.json().more, /^\/xapi\/statements\?.*cursor=/);
    const rest = await call('GET', page.json().more.slice('/xapi/'.length));
    assert.deepEqual(
      rest.json().statements.map((/** @type {any} */ s) => s.verb.display['en-US']),
      ['initialized'],
    );
    assert.ok(page.headers.get('x-experience-api-consistent-through'));
  });

  test('a statement id already stored with other content is a 409 conflict, and nothing of the request is stored', async () => {
    const registration = randomUUID();
    const [first, second] = [randomUUID(), randomUUID()];
    assert.equal((await call('PUT', `statements?statementId=${first}`, { body: statement(registration, 'answered') })).status, 204);
    const changed = statement(registration, 'answered', { result: { response: 'eens' } });
    const conflict = await call('PUT', `statements?statementId=${first}`, { body: changed });
    assert.equal(conflict.status, 409);
    assert.match(conflict.text, new RegExp(first));
    const batch = await call('POST', 'statements', {
      body: [statement(registration, 'completed', { id: second }), { ...changed, id: first }],
    });
    assert.equal(batch.status, 409);
    assert.equal((await call('GET', `statements?statementId=${second}`)).status, 404, 'the batch is all or nothing');
    assert.equal((await call('GET', `statements?statementId=${first}`)).json().result, undefined, 'the first statement stays');
  });

  test('the same statement sent again (a retry) is accepted and stored once', async () => {
    const registration = randomUUID();
    const id = randomUUID();
    const sent = statement(registration, 'answered', { id, timestamp: '2025-03-01T10:00:00.000Z' });
    assert.equal((await call('POST', 'statements', { body: sent })).status, 200);
    const again = await call('POST', 'statements', { body: [sent] });
    assert.equal(again.status, 200);
    assert.deepEqual(again.json(), [id]);
    assert.equal((await call('PUT', `statements?statementId=${id}`, { body: sent })).status, 204);
    assert.deepEqual(await verbsOf(registration), ['answered']);
  });

  test('invalid statements and requests are refused with 400 and what is wrong', async () => {
    const registration = randomUUID();
    const bad = await call('POST', 'statements', {
      body: { ...statement(registration, 'answered'), actor: { mbox: 'preview@example.com' }, colour: 'red' },
    });
    assert.equal(bad.status, 400);
    assert.match(bad.text, /actor\.mbox/);
    assert.match(bad.text, /colour/);
    assert.equal((await call('POST', 'statements', { raw: '{"actor":' })).status, 400);
    assert.equal((await call('PUT', 'statements', { body: statement(registration, 'answered') })).status, 400, 'PUT needs statementId');
    assert.equal((await call('GET', 'statements?colour=red')).status, 400, 'an unknown parameter');
    assert.deepEqual(await verbsOf(registration), []);
  });

  test('voided statements leave the list and are found with voidedStatementId', async () => {
    const registration = randomUUID();
    const id = randomUUID();
    await call('PUT', `statements?statementId=${id}`, { body: statement(registration, 'answered') });
    await call('POST', 'statements', { body: statement(registration, 'voided', { object: { objectType: 'StatementRef', id } }) });
    assert.deepEqual(await verbsOf(registration), ['voided']);
    assert.equal((await call('GET', `statements?statementId=${id}`)).status, 404);
    assert.equal((await call('GET', `statements?voidedStatementId=${id}`)).json().id, id);
  });
});

describe('headers', () => {
  test('X-Experience-API-Version is required (1.0.x) everywhere but about', async () => {
    const missing = await call('POST', 'statements', {
      body: statement(randomUUID(), 'answered'),
      headers: { 'x-experience-api-version': undefined },
    });
    assert.equal(missing.status, 400);
    assert.match(missing.text, /X-Experience-API-Version/);
    assert.equal((await call('GET', 'statements?limit=1', { headers: { 'x-experience-api-version': '0.95' } })).status, 400);
    assert.equal(
      (
        await call('GET', `activities/state?${stateQuery({ stateId: 'wed-state' })}`, {
          headers: { 'x-experience-api-version': undefined },
        })
      ).status,
      400,
    );
    for (const version of ['1.0.0', '1.0.3']) {
      assert.equal((await call('GET', 'statements?limit=1', { headers: { 'x-experience-api-version': version } })).status, 200, version);
    }
    const about = await call('GET', 'about', { headers: { 'x-experience-api-version': undefined, authorization: undefined } });
    assert.equal(about.status, 200);
    assert.ok(about.json().version.includes(XAPI_VERSION));
    assert.equal(about.headers.get('x-experience-api-version'), XAPI_VERSION);
  });

  test('any Basic auth is accepted; none or another scheme is 401', async () => {
    assert.equal(
      (await call('GET', 'statements?limit=1', { headers: { authorization: `Basic ${Buffer.from('x:y').toString('base64')}` } })).status,
      200,
    );
    assert.equal((await call('GET', 'statements?limit=1', { headers: { authorization: undefined } })).status, 401);
    assert.equal((await call('GET', 'statements?limit=1', { headers: { authorization: 'Bearer abc' } })).status, 401);
    assert.equal(
      (await call('GET', `activities/state?${stateQuery({ stateId: 'wed-state' })}`, { headers: { authorization: undefined } })).status,
      401,
    );
  });

  test('CORS: a preflight from any origin is answered, and answers expose what the package and the preview read', async () => {
    const preflight = await fetch(`${lrs.endpoint}statements`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:8000',
        'Access-Control-Request-Method': 'PUT',
        'Access-Control-Request-Headers': 'authorization,content-type,x-experience-api-version',
      },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
    assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /PUT/);
    for (const name of ['Authorization', 'Content-Type', 'X-Experience-API-Version']) {
      assert.match(preflight.headers.get('access-control-allow-headers') ?? '', new RegExp(name));
    }
    const listed = await call('GET', 'statements?limit=1', { headers: { origin: 'http://localhost:8000' } });
    assert.equal(listed.headers.get('access-control-allow-origin'), '*');
    assert.match(listed.headers.get('access-control-expose-headers') ?? '', /ETag.*Last-Modified.*X-Experience-API-Version/);
  });

  test('other resources are 404 and wrong methods 405, still with the version header (the preview tells an LRS by it)', async () => {
    const unknown = await call('GET', 'activities/profile?profileId=x');
    assert.equal(unknown.status, 404);
    assert.equal(unknown.headers.get('x-experience-api-version'), XAPI_VERSION);
    assert.equal((await call('DELETE', 'statements')).status, 405);
  });
});

describe('State API', () => {
  test('PUT then GET gives the document back with its content type, ETag and Last-Modified; another key is 404', async () => {
    const registration = randomUUID();
    const query = stateQuery({ registration, stateId: 'wed-state' });
    const put = await call('PUT', `activities/state?${query}`, { raw: 'W1.0000000000000000.', headers: { 'content-type': 'text/plain' } });
    assert.equal(put.status, 204);
    const got = await call('GET', `activities/state?${query}`);
    assert.equal(got.status, 200);
    assert.equal(got.text, 'W1.0000000000000000.');
    assert.equal(got.headers.get('content-type'), 'text/plain');
    assert.match(got.headers.get('etag') ?? '', /^"[0-9a-f]{40}"$/);
    assert.ok(got.headers.get('last-modified'));
    assert.equal((await call('GET', `activities/state?${stateQuery({ registration: randomUUID(), stateId: 'wed-state' })}`)).status, 404);
    assert.equal((await call('GET', `activities/state?${stateQuery({ registration, stateId: 'other' })}`)).status, 404);
    const otherAgent = new URLSearchParams({
      activityId: ACTIVITY,
      agent: JSON.stringify({ mbox: 'mailto:someone@example.com' }),
      registration,
      stateId: 'wed-state',
    });
    assert.equal((await call('GET', `activities/state?${otherAgent}`)).status, 404);
    // The agent is matched by its identifier, not by its JSON.
    const sameAgent = new URLSearchParams({
      activityId: ACTIVITY,
      agent: JSON.stringify({ mbox: ACTOR.mbox.toUpperCase() }),
      registration,
      stateId: 'wed-state',
    });
    assert.equal((await call('GET', `activities/state?${sameAgent}`)).text, 'W1.0000000000000000.');
  });

  test('PUT replaces, POST merges JSON objects, DELETE removes; without stateId GET lists the ids and DELETE removes all', async () => {
    const registration = randomUUID();
    const path = (/** @type {string} */ stateId) => `activities/state?${stateQuery({ registration, stateId })}`;
    const text = { 'content-type': 'text/plain' };
    await call('PUT', path('wed-state'), { raw: 'one', headers: text });
    await call('PUT', path('wed-state'), { raw: 'two', headers: text });
    assert.equal((await call('GET', path('wed-state'))).text, 'two');
    assert.equal((await call('POST', path('prefs'), { body: { a: 1, b: 1 } })).status, 204);
    assert.equal((await call('POST', path('prefs'), { body: { b: 2 } })).status, 204);
    assert.deepEqual((await call('GET', path('prefs'))).json(), { a: 1, b: 2 });
    assert.equal((await call('POST', path('wed-state'), { body: { b: 2 } })).status, 400, 'text cannot be merged');
    const all = `activities/state?${stateQuery({ registration })}`;
    assert.deepEqual((await call('GET', all)).json().sort(), ['prefs', 'wed-state']);
    assert.equal((await call('DELETE', path('prefs'))).status, 204);
    assert.equal((await call('GET', path('prefs'))).status, 404);
    assert.equal((await call('DELETE', all)).status, 204);
    assert.deepEqual((await call('GET', all)).json(), []);
  });

  test('If-Match and If-None-Match are honoured', async () => {
    const path = `activities/state?${stateQuery({ registration: randomUUID(), stateId: 'wed-state' })}`;
    const text = { 'content-type': 'text/plain' };
    assert.equal((await call('PUT', path, { raw: 'a', headers: { ...text, 'if-none-match': '*' } })).status, 204);
    assert.equal((await call('PUT', path, { raw: 'b', headers: { ...text, 'if-none-match': '*' } })).status, 412);
    const etag = (await call('GET', path)).headers.get('etag') ?? '';
    assert.equal((await call('PUT', path, { raw: 'c', headers: { ...text, 'if-match': '"nope"' } })).status, 412);
    assert.equal((await call('PUT', path, { raw: 'c', headers: { ...text, 'if-match': etag } })).status, 204);
    assert.equal((await call('GET', path)).text, 'c');
  });

  test('missing or broken parameters are 400', async () => {
    const text = { 'content-type': 'text/plain' };
    assert.equal((await call('PUT', `activities/state?${stateQuery({})}`, { raw: 'x', headers: text })).status, 400, 'no stateId');
    assert.equal(
      (await call('GET', `activities/state?stateId=s&agent=${encodeURIComponent(JSON.stringify(ACTOR))}`)).status,
      400,
      'no activityId',
    );
    assert.equal((await call('GET', `activities/state?stateId=s&activityId=${encodeURIComponent(ACTIVITY)}`)).status, 400, 'no agent');
    assert.equal(
      (await call('GET', `activities/state?${stateQuery({ stateId: 's', agent: '{"name":"x"}' })}`)).status,
      400,
      'agent without identifier',
    );
    assert.equal(
      (await call('GET', `activities/state?${stateQuery({ stateId: 's', registration: 'abc' })}`)).status,
      400,
      'registration not a UUID',
    );
  });
});

describe('Agent Profile API', () => {
  /** @param {Record<string, string>} params */
  const profileQuery = (params) => new URLSearchParams({ agent: JSON.stringify(ACTOR), ...params }).toString();
  const history = `${ACTIVITY}/profiles/history`;

  test('PUT then GET gives the document back with its ETag, per agent identifier and profileId; POST merges; DELETE removes', async () => {
    const path = `agents/profile?${profileQuery({ profileId: history })}`;
    assert.equal((await call('GET', path)).status, 404);
    assert.equal((await call('PUT', path, { body: { version: 1, attempts: [] }, headers: { 'if-none-match': '*' } })).status, 204);
    const got = await call('GET', path);
    assert.deepEqual(got.json(), { version: 1, attempts: [] });
    assert.equal(got.headers.get('content-type'), 'application/json');
    assert.match(got.headers.get('etag') ?? '', /^"[0-9a-f]{40}"$/);
    const sameAgent = new URLSearchParams({ agent: JSON.stringify({ mbox: ACTOR.mbox.toUpperCase() }), profileId: history });
    assert.equal((await call('GET', `agents/profile?${sameAgent}`)).status, 200, 'the agent is matched by its identifier');
    const otherAgent = new URLSearchParams({ agent: JSON.stringify({ mbox: 'mailto:someone@example.com' }), profileId: history });
    assert.equal((await call('GET', `agents/profile?${otherAgent}`)).status, 404);
    assert.equal((await call('GET', `agents/profile?${profileQuery({ profileId: `${history}-other` })}`)).status, 404);
    assert.equal((await call('GET', `activities/state?${stateQuery({ stateId: history })}`)).status, 404, 'not a state document');

    assert.equal((await call('POST', path, { body: { note: 'x' } })).status, 204);
    assert.deepEqual((await call('GET', path)).json(), { version: 1, attempts: [], note: 'x' });
    assert.deepEqual((await call('GET', `agents/profile?${profileQuery({})}`)).json(), [history]);
    assert.equal((await call('DELETE', path)).status, 204);
    assert.equal((await call('GET', path)).status, 404);
  });

  test('If-Match and If-None-Match decide concurrent writes; a PUT over an existing document without either is a 409', async () => {
    const path = `agents/profile?${profileQuery({ profileId: `${history}-${randomUUID()}` })}`;
    assert.equal((await call('PUT', path, { body: { n: 1 }, headers: { 'if-none-match': '*' } })).status, 204);
    assert.equal((await call('PUT', path, { body: { n: 2 }, headers: { 'if-none-match': '*' } })).status, 412);
    const etag = (await call('GET', path)).headers.get('etag') ?? '';
    assert.equal((await call('PUT', path, { body: { n: 2 }, headers: { 'if-match': etag } })).status, 204);
    assert.equal((await call('PUT', path, { body: { n: 3 }, headers: { 'if-match': etag } })).status, 412, 'the ETag read before is stale');
    assert.equal((await call('PUT', path, { body: { n: 3 } })).status, 409);
    assert.deepEqual((await call('GET', path)).json(), { n: 2 });
  });

  test('missing or broken parameters are 400, and the version header and Basic auth are required', async () => {
    assert.equal((await call('GET', `agents/profile?profileId=${encodeURIComponent(history)}`)).status, 400, 'no agent');
    assert.equal((await call('GET', `agents/profile?${profileQuery({ profileId: history, agent: '{"name":"x"}' })}`)).status, 400);
    assert.equal((await call('PUT', `agents/profile?${profileQuery({})}`, { body: {} })).status, 400, 'no profileId');
    const path = `agents/profile?${profileQuery({ profileId: history })}`;
    assert.equal((await call('GET', path, { headers: { 'x-experience-api-version': undefined } })).status, 400);
    assert.equal((await call('GET', path, { headers: { authorization: undefined } })).status, 401);
  });
});

test('the request log keeps writes and failures, not successful reads or state documents not found', async () => {
  const { requests: before } = (await call('GET', 'preview/requests')).json();
  const last = Math.max(0, ...before.map((/** @type {any} */ entry) => entry.seq));
  const registration = randomUUID();
  await call('POST', 'statements', { body: statement(registration, 'answered', { object: { id: `${ACTIVITY}/statements/begrijpen_1` } }) });
  await call('GET', 'statements?limit=1');
  await call('PUT', `activities/state?${stateQuery({ registration, stateId: 'wed-state' })}`, {
    raw: 'x',
    headers: { 'content-type': 'text/plain' },
  });
  await call('GET', 'statements?limit=1', { headers: { 'x-experience-api-version': undefined } });
  await call('POST', 'statements', { body: { ...statement(registration, 'answered'), colour: 'red' } });
  await call('GET', `activities/state?${stateQuery({ registration, stateId: 'not-there' })}`);
  const profile = `agents/profile?${new URLSearchParams({ agent: JSON.stringify(ACTOR), profileId: `${ACTIVITY}/profiles/${registration}` })}`;
  await call('GET', profile);
  await call('PUT', profile, { body: { version: 1 }, headers: { 'if-none-match': '*' } });
  const { instance, requests } = (await call('GET', `preview/requests?after=${last}`)).json();
  assert.match(instance, /^[0-9a-f-]{36}$/);
  assert.deepEqual(
    requests.map((/** @type {any} */ entry) => [entry.seq - last, entry.method, entry.resource, entry.status]),
    [
      [1, 'POST', 'statements', 200],
      [2, 'PUT', 'activities/state?stateId=wed-state', 204],
      [3, 'GET', 'statements', 400],
      [4, 'POST', 'statements', 400],
      [5, 'PUT', `agents/profile?profileId=${ACTIVITY}/profiles/${registration}`, 204],
    ],
  );
  assert.match(requests[4].message, /agent profile ".*" stored \(application\/json, 13 bytes\)/);
  assert.equal(requests[0].message, '1 statement(s) stored: answered begrijpen_1');
  assert.match(requests[1].message, /state "wed-state" stored \(text\/plain, 1 bytes\)/);
  assert.match(requests[2].message, /X-Experience-API-Version/);
  assert.match(requests[3].message, /colour/);
});

test('mounted below another path of another server, `more` links point below that path', async () => {
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/lrs/')) void lrs.serve(req, res, '/lrs/');
    else res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  try {
    const address = /** @type {import('node:net').AddressInfo} */ (server.address());
    const endpoint = `http://127.0.0.1:${address.port}/lrs/`;
    const registration = randomUUID();
    await call('POST', 'statements', { endpoint, body: [statement(registration, 'initialized'), statement(registration, 'completed')] });
    const page = await call('GET', `statements?registration=${registration}&limit=1`, { endpoint });
    assert.match(page.json().more, /^\/lrs\/statements\?/);
    const state = `activities/state?${stateQuery({ registration, stateId: 'wed-state' })}`;
    assert.equal((await call('PUT', state, { endpoint, raw: 'x', headers: { 'content-type': 'text/plain' } })).status, 204);
    assert.equal((await call('GET', state)).text, 'x', 'the same LRS as at its own endpoint');
    assert.equal((await call('GET', 'about', { endpoint })).status, 200);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(() => resolve(undefined)));
  }
});

test('Learning Locker works in a temporary directory, removed when the LRS stops; nothing is written where it is started', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const temp = mkdtempSync(join(tmpdir(), 'wed-lrs-test-tmp-'));
  const cwd = mkdtempSync(join(tmpdir(), 'wed-lrs-test-cwd-'));
  try {
    const script = `
      import { readdirSync } from 'node:fs';
      import { startLrs } from ${JSON.stringify(join(root, 'scripts/lrs.mjs'))};
      const lrs = await startLrs();
      const [dir] = readdirSync(process.env.TMPDIR);
      console.log(JSON.stringify({ dir, inside: readdirSync(process.env.TMPDIR + '/' + dir) }));
      await lrs.stop();`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd,
      env: { ...process.env, TMPDIR: temp },
      encoding: 'utf8',
    });
    const { dir, inside } = JSON.parse(output);
    assert.match(dir, /^wed-lrs-/);
    assert.deepEqual(inside, ['storage'], 'its storage/ folder is in the temporary directory');
    assert.deepEqual(readdirSync(temp), [], 'the temporary directory is gone');
    assert.deepEqual(readdirSync(cwd), [], 'nothing in the working directory it was started from');
  } finally {
    rmSync(temp, { recursive: true, force: true });
    rmSync(cwd, { recursive: true, force: true });
  }
});
