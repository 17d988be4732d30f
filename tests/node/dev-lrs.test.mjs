// @ts-check
// The preview's in-memory LRS (preview/dev-lrs.mjs): statements stored and listed,
// the 409 rule for a statement id that comes again, the State API, the required
// version header and Basic auth; and the same LRS served by @web/dev-server through
// web-dev-server.config.mjs, as `npm start` runs it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { URLSearchParams } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { DevLrs, MAX_LIMIT, XAPI_VERSION } from '../../preview/dev-lrs.mjs';

const { fetch } = globalThis;
const AUTH = `Basic ${Buffer.from('preview:preview').toString('base64')}`;
const ACTOR = { objectType: 'Agent', name: 'Learner, Preview', mbox: 'mailto:preview-learner@example.com' };
const ACTIVITY = 'https://lectoraatschuldenincasso.nl/xapi/wed-zelfassessment';
const REGISTRATION = '0b7e5a57-6f43-4c1f-9d5e-3f0a2b1c4d5e';
const OTHER_REGISTRATION = '9a1c1e0d-2b3c-4d5e-8f60-718293a4b5c6';
const ID_1 = '11111111-1111-4111-8111-111111111111';
const ID_2 = '22222222-2222-4222-8222-222222222222';

/**
 * A statement of the preview learner.
 * @param {string} verb last part of an ADL verb IRI
 * @param {Record<string, unknown>} [extra]
 */
const statement = (verb, extra = {}) => ({
  actor: ACTOR,
  verb: { id: `http://adlnet.gov/expapi/verbs/${verb}`, display: { 'en-US': verb } },
  object: { objectType: 'Activity', id: ACTIVITY },
  context: { registration: REGISTRATION },
  ...extra,
});

/** A clock that moves 1 ms per reading, from a fixed start. */
function testClock() {
  let time = Date.parse('2025-03-01T10:00:00.000Z');
  return () => time++;
}

/**
 * Calls the LRS as the package would: version header, Basic auth, JSON.
 * @param {DevLrs} lrs
 * @param {string} method
 * @param {string} path e.g. "statements?limit=2"
 * @param {{ body?: unknown, raw?: string, headers?: Record<string, string | undefined> }} [options]
 */
function call(lrs, method, path, { body, raw, headers = {} } = {}) {
  const [resource, search = ''] = path.split('?');
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
  const response = lrs.handle({
    method,
    path: resource,
    query: new URLSearchParams(search),
    headers: sent,
    body: Buffer.from(raw ?? (body === undefined ? '' : JSON.stringify(body))),
  });
  const text = response.body === null ? '' : String(response.body);
  return { ...response, text, json: () => JSON.parse(text) };
}

const stateQuery = (/** @type {Record<string, string>} */ extra = {}) =>
  new URLSearchParams({ activityId: ACTIVITY, agent: JSON.stringify(ACTOR), registration: REGISTRATION, ...extra }).toString();

describe('statements', () => {
  test('POST stores one statement or a batch and answers with the ids, in order', () => {
    const lrs = new DevLrs({ now: testClock(), uuid: () => ID_2 });
    const one = call(lrs, 'POST', 'statements', { body: statement('initialized') });
    assert.equal(one.status, 200);
    assert.deepEqual(one.json(), [ID_2]);
    const batch = call(lrs, 'POST', 'statements', { body: [statement('experienced', { id: ID_1.toUpperCase() })] });
    assert.equal(batch.status, 200);
    assert.deepEqual(batch.json(), [ID_1]);
    assert.equal(batch.headers['X-Experience-API-Version'], XAPI_VERSION);
  });

  test('stored statements get id, stored, timestamp, authority and version; GET lists them newest first', () => {
    const lrs = new DevLrs({ now: testClock() });
    call(lrs, 'POST', 'statements', { body: statement('initialized', { timestamp: '2025-03-01T11:00:00+01:00' }) });
    call(lrs, 'PUT', `statements?statementId=${ID_1}`, { body: statement('completed') });
    const list = call(lrs, 'GET', 'statements');
    assert.equal(list.status, 200);
    const { statements, more } = list.json();
    assert.equal(more, '');
    assert.deepEqual(statements.map((/** @type {any} */ s) => s.verb.display['en-US']), ['completed', 'initialized']);
    const [completed, initialized] = statements;
    assert.equal(completed.id, ID_1);
    assert.match(initialized.id, /^[0-9a-f-]{36}$/);
    assert.ok(completed.stored > initialized.stored, 'stored times increase');
    assert.equal(completed.timestamp, completed.stored, 'a statement without timestamp gets the stored time');
    assert.equal(initialized.timestamp, '2025-03-01T11:00:00+01:00', 'a given timestamp is kept');
    assert.equal(completed.version, '1.0.0');
    assert.equal(completed.authority.account.name, 'preview');
    assert.ok(list.headers['X-Experience-API-Consistent-Through']);
    assert.deepEqual(call(lrs, 'GET', `statements?statementId=${ID_1}`).json(), completed);
    assert.equal(call(lrs, 'GET', `statements?statementId=${ID_2}`).status, 404);
  });

  test('GET filters by since, until, registration, verb and activity, and honours limit and ascending', () => {
    const lrs = new DevLrs({ now: testClock() });
    for (const verb of ['initialized', 'answered', 'completed']) call(lrs, 'POST', 'statements', { body: statement(verb) });
    call(lrs, 'POST', 'statements', { body: statement('answered', { context: { registration: OTHER_REGISTRATION } }) });
    const all = call(lrs, 'GET', 'statements').json().statements;
    const verbs = (/** @type {string} */ query) =>
      call(lrs, 'GET', `statements?${query}`).json().statements.map((/** @type {any} */ s) => s.verb.display['en-US']);
    assert.equal(all.length, 4);
    assert.deepEqual(verbs(`since=${encodeURIComponent(all[2].stored)}`), ['answered', 'completed']);
    assert.deepEqual(verbs(`since=${encodeURIComponent(all[2].stored)}&until=${encodeURIComponent(all[1].stored)}`), ['completed']);
    assert.deepEqual(verbs(`registration=${REGISTRATION}`), ['completed', 'answered', 'initialized']);
    assert.deepEqual(verbs(`registration=${REGISTRATION}&ascending=true`), ['initialized', 'answered', 'completed']);
    assert.deepEqual(verbs(`verb=${encodeURIComponent('http://adlnet.gov/expapi/verbs/answered')}`), ['answered', 'answered']);
    assert.deepEqual(verbs(`activity=${encodeURIComponent(`${ACTIVITY}/other`)}`), []);
    assert.deepEqual(verbs('limit=2'), ['answered', 'completed']);
    assert.equal(call(lrs, 'GET', 'statements?since=yesterday').status, 400);
    assert.ok(MAX_LIMIT >= 100);
  });

  test('a statement id already stored with other content is a 409 conflict, and nothing of the request is stored', () => {
    const lrs = new DevLrs({ now: testClock() });
    assert.equal(call(lrs, 'PUT', `statements?statementId=${ID_1}`, { body: statement('answered') }).status, 204);
    const changed = statement('answered', { result: { response: 'eens' } });
    assert.equal(call(lrs, 'PUT', `statements?statementId=${ID_1}`, { body: changed }).status, 409);
    const batch = call(lrs, 'POST', 'statements', { body: [statement('completed', { id: ID_2 }), { ...changed, id: ID_1 }] });
    assert.equal(batch.status, 409);
    assert.match(batch.text, new RegExp(ID_1));
    assert.equal(call(lrs, 'GET', `statements?statementId=${ID_2}`).status, 404, 'the batch is all or nothing');
    assert.equal(call(lrs, 'GET', `statements?statementId=${ID_1}`).json().result, undefined, 'the first statement stays');
  });

  test('the same statement sent again (a retry) is accepted and stored once: 204 for PUT, 200 with the id for POST', () => {
    const lrs = new DevLrs({ now: testClock() });
    const sent = statement('answered', { id: ID_1, timestamp: '2025-03-01T10:00:00.000Z' });
    assert.equal(call(lrs, 'POST', 'statements', { body: sent }).status, 200);
    // Key order, the timestamp's notation and LRS-set properties do not make it different.
    const reordered = { timestamp: '2025-03-01T11:00:00+01:00', context: sent.context, object: sent.object, verb: sent.verb, actor: sent.actor, id: ID_1, stored: '2020-01-01T00:00:00Z' };
    const again = call(lrs, 'POST', 'statements', { body: [reordered] });
    assert.equal(again.status, 200);
    assert.deepEqual(again.json(), [ID_1]);
    assert.equal(call(lrs, 'PUT', `statements?statementId=${ID_1}`, { body: sent }).status, 204);
    assert.equal(call(lrs, 'GET', 'statements').json().statements.length, 1);
  });

  test('invalid statements and requests are refused with 400 and what is wrong', () => {
    const lrs = new DevLrs();
    const bad = call(lrs, 'POST', 'statements', { body: { ...statement('answered'), actor: { mbox: 'preview@example.com' }, colour: 'red' } });
    assert.equal(bad.status, 400);
    assert.match(bad.text, /actor\.mbox/);
    assert.match(bad.text, /colour/);
    assert.equal(call(lrs, 'POST', 'statements', { raw: '{"actor":' }).status, 400);
    assert.equal(call(lrs, 'POST', 'statements', { body: [] }).status, 400);
    assert.equal(call(lrs, 'POST', 'statements', { body: [statement('a', { id: ID_1 }), statement('b', { id: ID_1 })] }).status, 400);
    assert.equal(call(lrs, 'PUT', 'statements', { body: statement('answered') }).status, 400, 'PUT needs statementId');
    assert.equal(call(lrs, 'PUT', `statements?statementId=${ID_1}`, { body: statement('answered', { id: ID_2 }) }).status, 400);
    assert.equal(call(lrs, 'POST', 'statements', { body: statement('answered'), headers: { 'content-type': 'multipart/mixed; boundary=x' } }).status, 400);
    assert.equal(call(lrs, 'GET', 'statements').json().statements.length, 0);
  });

  test('voided statements leave the list and are found with voidedStatementId', () => {
    const lrs = new DevLrs({ now: testClock() });
    call(lrs, 'PUT', `statements?statementId=${ID_1}`, { body: statement('answered') });
    call(lrs, 'POST', 'statements', { body: statement('voided', { object: { objectType: 'StatementRef', id: ID_1 } }) });
    const listed = call(lrs, 'GET', 'statements').json().statements;
    assert.deepEqual(listed.map((/** @type {any} */ s) => s.verb.display['en-US']), ['voided']);
    assert.equal(call(lrs, 'GET', `statements?statementId=${ID_1}`).status, 404);
    assert.equal(call(lrs, 'GET', `statements?voidedStatementId=${ID_1}`).json().id, ID_1);
  });
});

describe('headers', () => {
  test('X-Experience-API-Version is required (1.0.x or 2.0.0) everywhere but /about', () => {
    const lrs = new DevLrs();
    const missing = call(lrs, 'POST', 'statements', { body: statement('answered'), headers: { 'x-experience-api-version': undefined } });
    assert.equal(missing.status, 400);
    assert.match(missing.text, /X-Experience-API-Version/);
    assert.equal(call(lrs, 'GET', 'statements', { headers: { 'x-experience-api-version': '0.95' } }).status, 400);
    assert.equal(call(lrs, 'GET', `activities/state?${stateQuery({ stateId: 'wed-state' })}`, { headers: { 'x-experience-api-version': undefined } }).status, 400);
    for (const version of ['1.0.0', '1.0.3', '2.0.0']) {
      assert.equal(call(lrs, 'GET', 'statements', { headers: { 'x-experience-api-version': version } }).status, 200, version);
    }
    const about = call(lrs, 'GET', 'about', { headers: { 'x-experience-api-version': undefined, authorization: undefined } });
    assert.equal(about.status, 200);
    assert.ok(about.json().version.includes(XAPI_VERSION));
    assert.equal(about.headers['X-Experience-API-Version'], XAPI_VERSION);
  });

  test('any Basic auth is accepted; none or another scheme is 401', () => {
    const lrs = new DevLrs();
    assert.equal(call(lrs, 'GET', 'statements', { headers: { authorization: `Basic ${Buffer.from('x:y').toString('base64')}` } }).status, 200);
    assert.equal(call(lrs, 'GET', 'statements', { headers: { authorization: undefined } }).status, 401);
    assert.equal(call(lrs, 'GET', 'statements', { headers: { authorization: 'Bearer abc' } }).status, 401);
  });

  test('unknown resources are 404 and wrong methods 405', () => {
    const lrs = new DevLrs();
    assert.equal(call(lrs, 'GET', 'agents/profile').status, 404);
    assert.equal(call(lrs, 'DELETE', 'statements').status, 405);
    assert.equal(call(lrs, 'OPTIONS', 'statements', { headers: { authorization: undefined, 'x-experience-api-version': undefined } }).status, 204);
  });
});

describe('State API', () => {
  test('PUT then GET gives the document back with its content type; GET of another key is 404', () => {
    const lrs = new DevLrs();
    const query = stateQuery({ stateId: 'wed-state' });
    const put = call(lrs, 'PUT', `activities/state?${query}`, { raw: 'W1.0000000000000000.', headers: { 'content-type': 'text/plain' } });
    assert.equal(put.status, 204);
    const got = call(lrs, 'GET', `activities/state?${query}`);
    assert.equal(got.status, 200);
    assert.equal(got.text, 'W1.0000000000000000.');
    assert.equal(got.headers['Content-Type'], 'text/plain');
    assert.match(got.headers.ETag, /^"[0-9a-f]{40}"$/);
    assert.equal(call(lrs, 'GET', `activities/state?${stateQuery({ stateId: 'wed-state', registration: OTHER_REGISTRATION })}`).status, 404);
    assert.equal(call(lrs, 'GET', `activities/state?${stateQuery({ stateId: 'other' })}`).status, 404);
    const otherAgent = new URLSearchParams({ activityId: ACTIVITY, agent: JSON.stringify({ mbox: 'mailto:someone@example.com' }), registration: REGISTRATION, stateId: 'wed-state' });
    assert.equal(call(lrs, 'GET', `activities/state?${otherAgent}`).status, 404);
    // The agent is matched by its identifier, not by its JSON.
    const sameAgent = new URLSearchParams({ activityId: ACTIVITY, agent: JSON.stringify({ mbox: ACTOR.mbox }), registration: REGISTRATION, stateId: 'wed-state' });
    assert.equal(call(lrs, 'GET', `activities/state?${sameAgent}`).text, 'W1.0000000000000000.');
  });

  test('PUT replaces, POST merges JSON objects, DELETE removes; without stateId GET lists the ids', () => {
    const lrs = new DevLrs({ now: testClock() });
    const path = (/** @type {string} */ stateId) => `activities/state?${stateQuery({ stateId })}`;
    call(lrs, 'PUT', path('wed-state'), { raw: 'one', headers: { 'content-type': 'text/plain' } });
    call(lrs, 'PUT', path('wed-state'), { raw: 'two', headers: { 'content-type': 'text/plain' } });
    assert.equal(call(lrs, 'GET', path('wed-state')).text, 'two');
    assert.equal(call(lrs, 'POST', path('prefs'), { body: { a: 1, b: 1 } }).status, 204);
    assert.equal(call(lrs, 'POST', path('prefs'), { body: { b: 2 } }).status, 204);
    assert.deepEqual(call(lrs, 'GET', path('prefs')).json(), { a: 1, b: 2 });
    assert.equal(call(lrs, 'POST', path('wed-state'), { body: { b: 2 } }).status, 400, 'text cannot be merged');
    assert.deepEqual(call(lrs, 'GET', `activities/state?${stateQuery()}`).json().sort(), ['prefs', 'wed-state']);
    assert.equal(call(lrs, 'DELETE', path('prefs')).status, 204);
    assert.equal(call(lrs, 'GET', path('prefs')).status, 404);
    assert.equal(call(lrs, 'DELETE', `activities/state?${stateQuery()}`).status, 204);
    assert.deepEqual(call(lrs, 'GET', `activities/state?${stateQuery()}`).json(), []);
  });

  test('If-Match and If-None-Match are honoured', () => {
    const lrs = new DevLrs();
    const path = `activities/state?${stateQuery({ stateId: 'wed-state' })}`;
    const text = { 'content-type': 'text/plain' };
    assert.equal(call(lrs, 'PUT', path, { raw: 'a', headers: { ...text, 'if-none-match': '*' } }).status, 204);
    assert.equal(call(lrs, 'PUT', path, { raw: 'b', headers: { ...text, 'if-none-match': '*' } }).status, 412);
    const { ETag } = call(lrs, 'GET', path).headers;
    assert.equal(call(lrs, 'PUT', path, { raw: 'c', headers: { ...text, 'if-match': '"nope"' } }).status, 412);
    assert.equal(call(lrs, 'PUT', path, { raw: 'c', headers: { ...text, 'if-match': ETag } }).status, 204);
    assert.equal(call(lrs, 'GET', path).text, 'c');
  });

  test('missing or broken parameters are 400', () => {
    const lrs = new DevLrs();
    const text = { 'content-type': 'text/plain' };
    assert.equal(call(lrs, 'PUT', `activities/state?${stateQuery()}`, { raw: 'x', headers: text }).status, 400, 'no stateId');
    assert.equal(call(lrs, 'GET', `activities/state?stateId=s&agent=${encodeURIComponent(JSON.stringify(ACTOR))}`).status, 400, 'no activityId');
    assert.equal(call(lrs, 'GET', `activities/state?stateId=s&activityId=${encodeURIComponent(ACTIVITY)}`).status, 400, 'no agent');
    assert.equal(call(lrs, 'GET', `activities/state?${stateQuery({ stateId: 's', agent: '{"name":"x"}' })}`).status, 400, 'agent without identifier');
    assert.equal(call(lrs, 'GET', `activities/state?${stateQuery({ stateId: 's', registration: 'abc' })}`).status, 400, 'registration not a UUID');
  });
});

test('the request log keeps writes and failures, not successful reads or state documents not found', () => {
  const lrs = new DevLrs({ now: testClock() });
  call(lrs, 'POST', 'statements', { body: statement('answered', { object: { id: `${ACTIVITY}/statements/begrijpen_1` } }) });
  call(lrs, 'GET', 'statements');
  call(lrs, 'PUT', `activities/state?${stateQuery({ stateId: 'wed-state' })}`, { raw: 'x', headers: { 'content-type': 'text/plain' } });
  call(lrs, 'GET', 'statements', { headers: { 'x-experience-api-version': undefined } });
  call(lrs, 'GET', `activities/state?${stateQuery({ stateId: 'not-there' })}`);
  const { instance, requests: log } = call(lrs, 'GET', 'preview/requests').json();
  assert.equal(instance, lrs.instance);
  assert.notEqual(new DevLrs().instance, instance);
  assert.deepEqual(log.map((/** @type {any} */ entry) => [entry.seq, entry.method, entry.resource, entry.status]), [
    [1, 'POST', 'statements', 200],
    [2, 'PUT', 'activities/state?stateId=wed-state', 204],
    [3, 'GET', 'statements', 400],
  ]);
  assert.match(log[0].message, /1 statement\(s\) stored: answered begrijpen_1/);
  assert.match(log[2].message, /X-Experience-API-Version/);
  assert.deepEqual(call(lrs, 'GET', 'preview/requests?after=2').json().requests.map((/** @type {any} */ entry) => entry.seq), [3]);
});

describe('served by @web/dev-server with web-dev-server.config.mjs', () => {
  /** @type {Awaited<ReturnType<typeof startDevServer>> | undefined} */
  let server;
  let origin = '';

  before(async () => {
    const { default: config } = await import('../../web-dev-server.config.mjs');
    const port = await freePort();
    server = await startDevServer({
      config: { ...config, port, hostname: '127.0.0.1', watch: false },
      readCliArgs: false,
      readFileConfig: false,
      autoExitProcess: false,
      logStartMessage: false,
    });
    origin = `http://127.0.0.1:${port}`;
  });

  after(async () => {
    await server?.stop();
  });

  const headers = { 'X-Experience-API-Version': '1.0.3', Authorization: AUTH };

  test('statements go in and come out over HTTP', async () => {
    const posted = await fetch(`${origin}/lrs/statements`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify(statement('answered', { id: ID_1 })),
    });
    assert.equal(posted.status, 200);
    assert.deepEqual(await posted.json(), [ID_1]);
    const conflict = await fetch(`${origin}/lrs/statements?statementId=${ID_1}`, {
      method: 'PUT',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify(statement('completed')),
    });
    assert.equal(conflict.status, 409);
    const listed = await fetch(`${origin}/lrs/statements?registration=${REGISTRATION}`, { headers });
    assert.equal(listed.status, 200);
    assert.equal(listed.headers.get('x-experience-api-version'), XAPI_VERSION);
    assert.deepEqual((await listed.json()).statements.map((/** @type {any} */ s) => s.id), [ID_1]);
    assert.equal((await fetch(`${origin}/lrs/statements`)).status, 400);
  });

  test('the state document round-trips over HTTP, and a missing one is 404', async () => {
    const url = `${origin}/lrs/activities/state?${stateQuery({ stateId: 'wed-state' })}`;
    const put = await fetch(url, { method: 'PUT', headers: { ...headers, 'Content-Type': 'text/plain' }, body: 'W1.x.' });
    assert.equal(put.status, 204);
    const got = await fetch(url, { headers });
    assert.equal(got.status, 200);
    assert.equal(got.headers.get('content-type'), 'text/plain');
    assert.equal(await got.text(), 'W1.x.');
    const missing = await fetch(`${origin}/lrs/activities/state?${stateQuery({ stateId: 'nothing' })}`, { headers });
    assert.equal(missing.status, 404);
    assert.equal((await fetch(`${origin}/lrs/about`)).status, 200);
  });

  test('other paths are still served from dist/', async () => {
    const response = await fetch(`${origin}/no-such-file-here.txt`);
    assert.equal(response.status, 404);
    assert.equal(response.headers.get('x-experience-api-version'), null);
  });
});

/** A port nobody listens on right now. */
function freePort() {
  return /** @type {Promise<number>} */ (
    new Promise((resolve, reject) => {
      const probe = createServer();
      probe.once('error', reject);
      probe.listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
      });
    })
  );
}
