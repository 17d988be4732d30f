import { expect } from '@open-wc/testing';
import type { Statement } from '@xapi/xapi';
import { KEEPALIVE_LIMIT, LrsClient } from '../../src/tracking/xapi/lrs-client.js';

interface Recorded {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
  keepalive: boolean;
}

/** Records every request and answers with `respond`; a never-settling answer ends only by abort, like fetch. */
function fakeFetch(respond: (request: Recorded) => Response | Promise<Response>) {
  const requests: Recorded[] = [];
  const fetchImpl = ((input: RequestInfo | URL, init: RequestInit = {}) => {
    const request: Recorded = {
      url: String(input),
      method: init.method ?? 'GET',
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      body: typeof init.body === 'string' ? init.body : undefined,
      keepalive: init.keepalive === true,
    };
    requests.push(request);
    return new Promise<Response>((resolve, reject) => {
      init.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
      Promise.resolve()
        .then(() => respond(request))
        .then(resolve, reject);
    });
  }) as typeof fetch;
  return { fetchImpl, requests };
}

const USER = 'lms-key';
const PASSWORD = 'S3cret/pass+word';
const AUTH = `Basic ${btoa(`${USER}:${PASSWORD}`)}`;
const ENDPOINT = 'https://lrs.example.org/xapi';
const agent = { objectType: 'Agent' as const, mbox: 'mailto:learner@example.org' };
const statement = (n: number): Statement => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  actor: agent,
  verb: { id: 'http://adlnet.gov/expapi/verbs/answered' },
  object: { id: `https://example.org/statement/${n}` },
});
const status =
  (code: number, body: string | null = null) =>
  () =>
    new Response(code === 204 ? null : body, { status: code });
const client = (fetchImpl: typeof fetch, timeoutMs?: number) =>
  new LrsClient({ endpoint: ENDPOINT, auth: AUTH, fetchImpl, ...(timeoutMs ? { timeoutMs } : {}) });
const secretParts = [AUTH, btoa(`${USER}:${PASSWORD}`), `${USER}:${PASSWORD}`, PASSWORD];

describe('LrsClient', () => {
  it('POSTs statements as JSON with the xAPI version and the Authorization header', async () => {
    const lrs = fakeFetch(status(200, '["id"]'));
    const result = await client(lrs.fetchImpl).sendStatements([statement(1), statement(2)]);
    expect(result).to.deep.equal({ ok: true });
    const [request] = lrs.requests;
    expect(request!.url).to.equal(`${ENDPOINT}/statements`);
    expect(request!.method).to.equal('POST');
    expect(request!.headers['x-experience-api-version']).to.equal('1.0.3');
    expect(request!.headers.authorization).to.equal(AUTH);
    expect(request!.headers['content-type']).to.equal('application/json');
    expect(JSON.parse(request!.body!)).to.deep.equal([statement(1), statement(2)]);
    expect(request!.keepalive).to.equal(false);
  });

  it('counts 200, 204 and 409 (the LRS already has these ids) as delivered', async () => {
    for (const code of [200, 204, 409]) {
      const lrs = fakeFetch(status(code, code === 409 ? 'Conflict' : '[]'));
      expect(await client(lrs.fetchImpl).sendStatements([statement(1)]), String(code)).to.deep.equal({ ok: true });
    }
  });

  it('after a 409 on a batch, sends its statements one by one so new ones are stored too', async () => {
    const stored = new Set([statement(1).id]);
    const lrs = fakeFetch((request) => {
      const batch = JSON.parse(request.body!) as Statement[];
      if (batch.some((s) => stored.has(s.id))) return new Response('Conflict', { status: 409 });
      batch.forEach((s) => stored.add(s.id));
      return new Response('[]', { status: 200 });
    });
    expect(await client(lrs.fetchImpl).sendStatements([statement(1), statement(2), statement(3)])).to.deep.equal({ ok: true });
    expect([...stored]).to.have.members([statement(1).id, statement(2).id, statement(3).id]);
    expect(lrs.requests).to.have.length(4);
  });

  it('reports a 400 with the LRS message, trimmed and capped, and no retry', async () => {
    const lrs = fakeFetch(status(400, '  Statement 0: "verb" is required  \n'));
    const result = await client(lrs.fetchImpl).sendStatements([statement(1)]);
    expect(result).to.deep.equal({ ok: false, retry: false, status: 400, message: 'Statement 0: "verb" is required' });
    const long = await client(fakeFetch(status(400, 'x'.repeat(5000))).fetchImpl).sendStatements([statement(1)]);
    expect(long.ok || long.message.length).to.be.within(1, 500);
    const empty = await client(fakeFetch(status(403, '')).fetchImpl).sendStatements([statement(1)]);
    expect(empty).to.deep.equal({ ok: false, retry: false, status: 403, message: 'the LRS answered 403' });
  });

  it('asks for a retry on 5xx and 429', async () => {
    for (const code of [500, 502, 503, 429]) {
      const result = await client(fakeFetch(status(code, 'busy')).fetchImpl).sendStatements([statement(1)]);
      expect(result, String(code)).to.deep.equal({ ok: false, retry: true, status: code, message: 'busy' });
    }
  });

  it('asks for a retry on a network error', async () => {
    const lrs = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const result = await client(lrs.fetchImpl).sendStatements([statement(1)]);
    expect(result).to.include({ ok: false, retry: true, status: null });
    expect(result.ok || result.message).to.contain('Failed to fetch');
  });

  it('gives up waiting after the timeout and asks for a retry', async () => {
    const lrs = fakeFetch(() => new Promise<Response>(() => undefined));
    const started = performance.now();
    const result = await client(lrs.fetchImpl, 40).sendStatements([statement(1)]);
    expect(performance.now() - started).to.be.within(35, 1000);
    expect(result).to.deep.equal({ ok: false, retry: true, status: null, message: 'the LRS did not answer within 40 ms' });
  });

  it('never lets the credentials into a message, in any form the LRS or the network may echo them', async () => {
    const echo = (request: Recorded) =>
      `denied for ${request.headers.authorization} (${atob(request.headers.authorization!.slice(6))}) ` +
      `${encodeURIComponent(AUTH)} {"auth":"${AUTH.replaceAll('/', '\\/')}","pw":"${PASSWORD.replaceAll('/', '\\/')}"} password ${PASSWORD}`;
    const messages: string[] = [];
    for (const code of [401, 500]) {
      const result = await client(fakeFetch((request) => new Response(echo(request), { status: code })).fetchImpl).sendStatements([
        statement(1),
      ]);
      if (!result.ok) messages.push(result.message);
      const state = await client(fakeFetch((request) => new Response(echo(request), { status: code })).fetchImpl).getState({
        activityId: 'https://example.org/a',
        agent,
        stateId: 's',
      });
      if (!state.ok) messages.push(state.message);
    }
    const network = await client(fakeFetch(() => Promise.reject(new TypeError(`refused ${AUTH}`))).fetchImpl).setState({
      activityId: 'a',
      agent,
      stateId: 's',
      value: 'v',
    });
    if (!network.ok) messages.push(network.message);
    expect(messages).to.have.length(5);
    for (const message of messages) {
      expect(message).to.contain('[credentials]');
      for (const secret of [...secretParts, encodeURIComponent(AUTH), PASSWORD.replaceAll('/', '\\/')])
        expect(message).not.to.contain(secret);
    }
    const stored = JSON.stringify(client(fakeFetch(status(200)).fetchImpl)) + String(client(fakeFetch(status(200)).fetchImpl));
    for (const secret of secretParts) expect(stored).not.to.contain(secret);
  });

  it('reads a state document as text, and no document (404) as null', async () => {
    const lrs = fakeFetch((request) =>
      request.url.includes('stateId=resume') ? new Response('{"v":1}', { status: 200 }) : new Response('', { status: 404 }),
    );
    const params = { activityId: 'https://example.org/a', agent, registration: 'c7bd3a0e-8c39-4f5b-9f7a-0a4f7b1a9f10', stateId: 'resume' };
    expect(await client(lrs.fetchImpl).getState(params)).to.deep.equal({ ok: true, value: '{"v":1}' });
    expect(await client(lrs.fetchImpl).getState({ ...params, stateId: 'other' })).to.deep.equal({ ok: true, value: null });
    const url = new URL(lrs.requests[0]!.url);
    expect(url.pathname).to.equal('/xapi/activities/state');
    expect(lrs.requests[0]!.method).to.equal('GET');
    expect(lrs.requests[0]!.headers['x-experience-api-version']).to.equal('1.0.3');
    expect(lrs.requests[0]!.headers.authorization).to.equal(AUTH);
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({ ...params, agent: JSON.stringify(agent) });
    const failing = await client(fakeFetch(status(503, 'down')).fetchImpl).getState(params);
    expect(failing).to.deep.equal({ ok: false, retry: true, status: 503, message: 'down' });
  });

  it('writes a state document with PUT as text/plain', async () => {
    const lrs = fakeFetch(status(204));
    const value = 'v1|{"answers":{"begrijpen_1":3}}';
    const result = await client(lrs.fetchImpl).setState({ activityId: 'https://example.org/a', agent, stateId: 'resume', value });
    expect(result).to.deep.equal({ ok: true });
    expect(lrs.requests[0]!.method).to.equal('PUT');
    expect(lrs.requests[0]!.headers['content-type']).to.equal('text/plain');
    expect(lrs.requests[0]!.headers['x-experience-api-version']).to.equal('1.0.3');
    expect(lrs.requests[0]!.body).to.equal(value);
    expect(new URL(lrs.requests[0]!.url).searchParams.has('registration')).to.equal(false);
  });

  it('reads JSON documents for cmi5 from the state and agent profile resources', async () => {
    const lrs = fakeFetch((request) =>
      request.url.includes('/activities/state?')
        ? new Response('{"launchMode":"Normal"}', { status: 200 })
        : new Response('', { status: 404 }),
    );
    const launchData = await client(lrs.fetchImpl).getDocument('activities/state', {
      activityId: 'a',
      agent: JSON.stringify(agent),
      registration: 'r',
      stateId: 'LMS.LaunchData',
    });
    expect(launchData).to.deep.equal({ ok: true, value: { launchMode: 'Normal' } });
    const preferences = await client(lrs.fetchImpl).getDocument('agents/profile', {
      agent: JSON.stringify(agent),
      profileId: 'cmi5LearnerPreferences',
    });
    expect(preferences).to.deep.equal({ ok: true, value: null });
    const url = new URL(lrs.requests[1]!.url);
    expect(url.pathname).to.equal('/xapi/agents/profile');
    expect(url.searchParams.get('profileId')).to.equal('cmi5LearnerPreferences');
    expect(JSON.parse(url.searchParams.get('agent')!)).to.deep.equal(agent);
  });

  it('hands statements over with keepalive on unload, and refuses what exceeds the keepalive limit', () => {
    const lrs = fakeFetch(status(200, '[]'));
    expect(client(lrs.fetchImpl).sendOnUnload([statement(1)])).to.equal(true);
    expect(lrs.requests[0]).to.deep.include({ url: `${ENDPOINT}/statements`, method: 'POST', keepalive: true });
    expect(lrs.requests[0]!.headers).to.include({
      authorization: AUTH,
      'x-experience-api-version': '1.0.3',
      'content-type': 'application/json',
    });
    expect(JSON.parse(lrs.requests[0]!.body!)).to.deep.equal([statement(1)]);
    const big = { ...statement(2), result: { response: 'x'.repeat(KEEPALIVE_LIMIT) } };
    expect(client(lrs.fetchImpl).sendOnUnload([big])).to.equal(false);
    expect(lrs.requests).to.have.length(1);
    const throwing = (() => {
      throw new TypeError('keepalive quota');
    }) as typeof fetch;
    expect(client(throwing).sendOnUnload([statement(3)])).to.equal(false);
  });

  it('puts the last state with keepalive on unload', () => {
    const lrs = fakeFetch(status(204, ''));
    const agent = { objectType: 'Agent' as const, mbox: 'mailto:learner@example.com' };
    expect(
      client(lrs.fetchImpl).setStateOnUnload({
        activityId: 'https://a.example/x',
        agent,
        registration: 'r-1',
        stateId: 'wed-state',
        value: 'W1x.',
      }),
    ).to.equal(true);
    const request = lrs.requests[0]!;
    expect(request).to.deep.include({ method: 'PUT', keepalive: true, body: 'W1x.' });
    const url = new URL(request.url);
    expect(url.pathname).to.equal('/xapi/activities/state');
    expect(JSON.parse(url.searchParams.get('agent')!)).to.deep.equal(agent);
    expect([url.searchParams.get('stateId'), url.searchParams.get('registration')]).to.deep.equal(['wed-state', 'r-1']);
    expect(request.headers).to.include({ authorization: AUTH, 'content-type': 'text/plain' });
  });
});
