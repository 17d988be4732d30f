import { expect } from '@open-wc/testing';
import { Cmi5LaunchError, startCmi5Session } from '../../src/tracking/xapi/cmi5-launch.js';
import { readLaunch, type Cmi5Launch } from '../../src/tracking/xapi/launch-params.js';
import { LrsClient } from '../../src/tracking/xapi/lrs-client.js';
import { FakeCmi5Lms, type FakeCmi5LmsOptions } from './fake-cmi5-lms.js';

const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

function launchOf(lms: FakeCmi5Lms): Cmi5Launch {
  const launch = readLaunch(lms.launchSearch);
  if (launch?.kind !== 'cmi5') throw new Error('not a cmi5 launch');
  return launch;
}

function setUp(options: FakeCmi5LmsOptions = {}) {
  const lms = new FakeCmi5Lms(options);
  const start = () => startCmi5Session(launchOf(lms), { fetchImpl: lms.fetch, retryDelaysMs: [1, 1] });
  return { lms, start };
}

/** The rejection of `promise`, which must be a Cmi5LaunchError. */
async function failure(promise: Promise<unknown>): Promise<Cmi5LaunchError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(Cmi5LaunchError);
    return error as Cmi5LaunchError;
  }
  throw new Error('expected the launch to fail');
}

/** Neither the token nor the decoded credentials in the error, nor in any storage of the page. */
function expectNoCredentials(lms: FakeCmi5Lms, error?: Error) {
  const secrets = [lms.token, atob(lms.token), atob(lms.token).split(':')[1]];
  const places = [
    error ? `${error.message}\n${error.stack ?? ''}\n${String(error)}\n${JSON.stringify(error)}` : '',
    JSON.stringify({ ...localStorage }),
    JSON.stringify({ ...sessionStorage }),
    document.cookie,
  ];
  for (const secret of secrets) for (const place of places) expect(place).not.to.include(secret);
}

describe('cmi5 launch sequence', () => {
  // The launch keeps nothing in localStorage (the secrets check above proves it); clearing it would
  // also wipe what test pages running beside this one keep there.
  afterEach(() => sessionStorage.clear());

  it('fetches the token once, then reads LaunchData and preferences with it', async () => {
    const { lms, start } = setUp({ preferences: { languagePreference: 'nl-NL,en-US', audioPreference: 'on' } });
    const session = await start();

    expect(session.auth).to.equal(`Basic ${lms.token}`);
    expect(session.launchMode).to.equal('Normal');
    expect(session.contextTemplate.extensions?.[SESSION_ID]).to.equal(lms.sessionId);
    expect(session.contextTemplate.contextActivities?.grouping?.map((a) => a.id)).to.deep.equal([lms.publisherId]);
    expect(session.returnUrl).to.equal('https://lms.example.com/course/12?au=4711');
    expect(session.moveOn).to.equal('Completed');
    expect(session.language).to.equal('nl-NL');
    expect(session.launchParameters).to.equal(null);

    const fetches = lms.requests.filter((r) => r.url === lms.fetchUrl);
    expect(fetches).to.have.length(1);
    expect(fetches[0].method).to.equal('POST');
    expect(fetches[0].body).to.equal('');
    expect(fetches[0].headers.authorization).to.equal(undefined);
    expect(lms.requests[0].url).to.equal(lms.fetchUrl);

    const reads = lms.lrsRequests;
    expect(reads.map((r) => `${r.method} ${new URL(r.url).pathname}`).sort()).to.deep.equal([
      'GET /xapi/activities/state',
      'GET /xapi/agents/profile',
    ]);
    for (const read of reads) expect(read.headers.authorization).to.equal(`Basic ${lms.token}`);
    const state = new URL(reads.find((r) => r.url.includes('activities/state'))!.url).searchParams;
    expect(state.get('stateId')).to.equal('LMS.LaunchData');
    expect(state.get('activityId')).to.equal(lms.activityId);
    expect(state.get('registration')).to.equal(lms.registration);
    expect(JSON.parse(state.get('agent')!)).to.deep.equal(lms.actor);
    const profile = new URL(reads.find((r) => r.url.includes('agents/profile'))!.url).searchParams;
    expect(profile.get('profileId')).to.equal('cmi5LearnerPreferences');
    expect(JSON.parse(profile.get('agent')!)).to.deep.equal(lms.actor);

    // The token goes nowhere but into the Authorization header.
    for (const request of lms.requests) expect(`${request.url} ${request.body ?? ''}`).not.to.include(lms.token);
    expectNoCredentials(lms);
  });

  it('hands over launchMode, launchParameters and a missing returnURL as they are', async () => {
    const { lms, start } = setUp();
    lms.launchData = {
      contextTemplate: lms.contextTemplate,
      launchMode: 'Review',
      moveOn: 'CompletedOrPassed',
      launchParameters: '{"lang":"nl"}',
    };
    const session = await start();
    expect(session.launchMode).to.equal('Review');
    expect(session.returnUrl).to.equal(null);
    expect(session.moveOn).to.equal('CompletedOrPassed');
    expect(session.launchParameters).to.equal('{"lang":"nl"}');
  });

  it('takes no preferences from a 404 as no language', async () => {
    const { lms, start } = setUp({ preferences: null });
    const session = await start();
    expect(session.language).to.equal(null);
    expect(lms.lrsRequests.some((r) => r.url.includes('cmi5LearnerPreferences'))).to.be.true;
  });

  it('reports an error answer of the fetch URL with the LMS text', async () => {
    const { lms, start } = setUp({ fetchAnswer: { status: 200, body: { 'error-code': '2', 'error-text': 'Launch session expired.' } } });
    const error = await failure(start());
    expect(error.step).to.equal('fetch');
    expect(error.message).to.include('Launch session expired.').and.to.include('error-code 2');
    expect(lms.lrsRequests).to.have.length(0);
    expectNoCredentials(lms, error);
  });

  it('reports a fetch URL that answers with an HTTP error or without a token', async () => {
    const refused = setUp({ fetchAnswer: { status: 500, body: { 'error-code': '3', 'error-text': 'LMS database down' } } });
    const error = await failure(refused.start());
    expect(error.step).to.equal('fetch');
    expect(error.message).to.include('LMS database down').and.to.include('HTTP 500');

    const empty = setUp({ fetchAnswer: { status: 200, body: {} } });
    expect((await failure(empty.start())).message).to.include('without an auth-token');

    const unreachable = new FakeCmi5Lms();
    const rejecting: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const offline = await failure(startCmi5Session(launchOf(unreachable), { fetchImpl: rejecting }));
    expect(offline.step).to.equal('fetch');
    expect(offline.message).to.include('Failed to fetch');
  });

  it('is refused a second token, and never asks twice itself', async () => {
    const { lms, start } = setUp();
    await start();
    const error = await failure(start());
    expect(error.step).to.equal('fetch');
    expect(error.message).to.include('already been returned');
    expect(lms.requests.filter((r) => r.url === lms.fetchUrl)).to.have.length(2);
    expectNoCredentials(lms, error);
  });

  it('fails at launch-data when LMS.LaunchData is missing or incomplete', async () => {
    const missing = setUp({ launchData: null });
    const error = await failure(missing.start());
    expect(error.step).to.equal('launch-data');
    expect(error.message).to.include('LMS.LaunchData');
    expectNoCredentials(missing.lms, error);

    const lms = new FakeCmi5Lms();
    const cases: [Record<string, unknown>, string][] = [
      [{ launchMode: 'Normal' }, 'no contextTemplate'],
      [{ contextTemplate: lms.contextTemplate }, 'no valid launchMode'],
      [{ contextTemplate: lms.contextTemplate, launchMode: 'normal' }, 'no valid launchMode'],
      [{ contextTemplate: { extensions: {} }, launchMode: 'Normal' }, 'no session id'],
    ];
    for (const [launchData, expected] of cases) {
      const broken = setUp({ launchData });
      const brokenError = await failure(broken.start());
      expect(brokenError.step).to.equal('launch-data');
      expect(brokenError.message).to.include(expected);
    }
  });

  it('retries a failing LRS read, then gives up without leaking the token the LRS echoes', async () => {
    const flaky = setUp();
    flaky.lms.faults.push(503, 503);
    const session = await flaky.start();
    expect(session.launchMode).to.equal('Normal');

    const { lms } = setUp();
    // Every LRS request fails; the LRS puts the Authorization header it got into its answer.
    const echoing: typeof fetch = async (input, init) => {
      const response = await lms.fetch(input, init);
      if (String(input instanceof Request ? input.url : input) === lms.fetchUrl) return response;
      return new Response(`forbidden for ${new Headers(init?.headers).get('Authorization')}`, { status: 403 });
    };
    const error = await failure(startCmi5Session(launchOf(lms), { fetchImpl: echoing, retryDelaysMs: [1] }));
    expect(error.step).to.equal('launch-data');
    expectNoCredentials(lms, error);
  });

  it('goes on without preferences when the profile cannot be read, and uses a given client', async () => {
    const { lms } = setUp();
    const failingProfile: typeof fetch = (input, init) =>
      String(input).includes('agents/profile') ? Promise.resolve(new Response('{}', { status: 500 })) : lms.fetch(input, init);
    const auths: string[] = [];
    const client = (auth: string) => {
      auths.push(auth);
      return new LrsClient({ endpoint: lms.endpoint, auth, fetchImpl: failingProfile });
    };
    const session = await startCmi5Session(launchOf(lms), { fetchImpl: failingProfile, client, retryDelaysMs: [] });
    expect(session.language).to.equal(null);
    expect(session.launchMode).to.equal('Normal');
    expect(auths).to.deep.equal([`Basic ${lms.token}`]);

    // A client that puts the token into its message: the launch still keeps it out of the error.
    const leaky = setUp();
    const denied = { ok: false, retry: false, message: `denied for Basic ${leaky.lms.token}` } as const;
    const leakyClient = () => ({ getState: async () => denied, getDocument: async () => denied }) as unknown as LrsClient;
    expectNoCredentials(
      leaky.lms,
      await failure(startCmi5Session(launchOf(leaky.lms), { fetchImpl: leaky.lms.fetch, client: leakyClient })),
    );
  });
});
