import { expect } from '@open-wc/testing';
import type { Actor } from '@xapi/xapi';
import { config } from '../../src/content/config.js';
import { completedProfile, type HistoryDocument } from '../../src/model/history.js';
import { LrsClient } from '../../src/tracking/xapi/lrs-client.js';
import { HISTORY_PROFILE_ID, LrsHistory } from '../../src/tracking/xapi/lrs-history.js';
import { uuid } from '../../src/tracking/xapi/uuid.js';
import { launchApp } from '../e2e/app-harness.js';
import { eventually } from '../helpers/eventually.js';
import { completedState } from '../helpers/states.js';
import { FakeCmi5Lms } from './fake-cmi5-lms.js';
import { PLAN_TEXTS, earlierShown, expectEarlierOnAnalysis, expectEarlierProfile } from './history-run.js';
import { clearTrackingStorage, completeAssessment, keptInBrowser } from './scorm-run.js';
import { connectLaunched, lrsEndpoint } from './xapi-run.js';

const AUTH = `Basic ${btoa('test:test')}`;
const HEADERS = { Authorization: AUTH, 'X-Experience-API-Version': '1.0.3' };

const newAgent = (): Actor => ({ objectType: 'Agent', name: 'Learner, History', mbox: `mailto:history-${uuid()}@example.com` });

/** An xAPI launch of `agent` in `registration` against the test LRS. */
async function launchXapi(endpoint: string, agent: Actor, registration = uuid()) {
  const search = `?${new URLSearchParams({ endpoint, auth: AUTH, actor: JSON.stringify(agent), registration, activity_id: config.activityIri })}`;
  const connection = await connectLaunched(search);
  return { registration, connection, ...(await launchApp(connection)) };
}

/** The history document the test LRS keeps for `agent`; null when there is none. */
async function historyInLrs(endpoint: string, agent: Actor): Promise<HistoryDocument | null> {
  const query = new URLSearchParams({ agent: JSON.stringify(agent), profileId: HISTORY_PROFILE_ID });
  const answer = await fetch(`${endpoint}agents/profile?${query}`, { headers: HEADERS });
  return answer.ok ? ((await answer.json()) as HistoryDocument) : null;
}

/** Counts the package's reads of the history document that were answered, and can make the LRS unreachable for it. */
function watchHistoryRequests() {
  const original = window.fetch;
  const watch = { reads: 0, unreachable: false, restore: () => (window.fetch = original) };
  window.fetch = async (input, init) => {
    const isHistory = String(input instanceof Request ? input.url : input).includes('agents/profile');
    if (isHistory && watch.unreachable) throw new TypeError('Failed to fetch');
    const answer = await original(input, init);
    if (isHistory && (init?.method ?? 'GET') === 'GET') watch.reads++;
    return answer;
  };
  return watch;
}

describe("The learner's earlier profile in xAPI: the LRS's agent profile document", () => {
  let watch: ReturnType<typeof watchHistoryRequests>;
  beforeEach(async () => {
    await clearTrackingStorage();
    watch = watchHistoryRequests();
  });
  afterEach(() => {
    watch.restore();
    return clearTrackingStorage();
  });

  it("shows a second registration of the same agent the first one's profile; the first launch and another agent none", async () => {
    const endpoint = await lrsEndpoint();
    const agent = newAgent();
    const first = await launchXapi(endpoint, agent);
    await eventually(() => watch.reads > 0);
    expect(first.app.earlier).to.equal(null);
    completeAssessment(first.store);
    const stored = (await eventually(() => historyInLrs(endpoint, agent)))!;
    expect(stored.version).to.equal(1);
    expect(stored.attempts.map((entry) => entry.attempt)).to.deep.equal([first.registration]);
    for (const text of PLAN_TEXTS) expect(JSON.stringify(stored)).not.to.contain(text);
    first.connection.tracker.end();
    first.app.remove();

    const second = await launchXapi(endpoint, agent);
    const profile = await expectEarlierProfile(second.app, 'lrs', first.registration);
    await expectEarlierOnAnalysis(second.app, second.store, profile, 'lrs');
    second.connection.tracker.end();
    second.app.remove();

    const reads = watch.reads;
    const other = await launchXapi(endpoint, newAgent());
    await eventually(() => watch.reads > reads);
    expect(other.app.earlier).to.equal(null);
    other.connection.tracker.end();
  });

  it('while the LRS cannot be reached shows none, blocks nothing, and keeps the profile in the browser until the LRS has it', async () => {
    const endpoint = await lrsEndpoint();
    const agent = newAgent();
    watch.unreachable = true;
    const first = await launchXapi(endpoint, agent);
    let status = '';
    first.connection.tracker.onStatus((next) => (status = next));
    completeAssessment(first.store);
    expect(first.store.state.screen).to.equal('done');
    expect(first.app.earlier).to.equal(null);
    const outbox = `history-outbox:${JSON.stringify(agent)}`;
    expect(await eventually(() => keptInBrowser(outbox))).to.contain(first.registration);
    await eventually(() => status === 'failing');
    // The page is left before the LRS is back: the next launch, in another registration, delivers it.
    first.connection.tracker.end();
    first.app.remove();
    watch.unreachable = false;
    const second = await launchXapi(endpoint, agent);
    await eventually(async () => (await historyInLrs(endpoint, agent))?.attempts.length === 1);
    await eventually(() => keptInBrowser(outbox) === null);
    expect((await earlierShown(second.app)).profile.attempt).to.equal(first.registration);
    second.connection.tracker.end();
  });
});

describe('LrsHistory against the test LRS', () => {
  const profileOf = (attempt: string) => completedProfile(completedState('eens', { finished: true }), attempt, new Date())!;

  it('appends without losing a profile another writer stored between its read and its write (If-Match, 412, merged again)', async () => {
    const endpoint = await lrsEndpoint();
    const agent = newAgent();
    const other = new LrsHistory({ client: new LrsClient({ endpoint, auth: AUTH }), agent, outbox: null, retryMs: [20] });
    other.record(profileOf('earlier'));
    await eventually(async () => (await historyInLrs(endpoint, agent)) !== null);
    const statuses: number[] = [];
    let raced = false;
    const racing: typeof fetch = async (input, init) => {
      if (init?.method === 'PUT' && !raced) {
        raced = true;
        other.record(profileOf('other-device'));
        await eventually(async () => (await historyInLrs(endpoint, agent))?.attempts.length === 2);
      }
      const answer = await fetch(input, init);
      statuses.push(answer.status);
      return answer;
    };
    const history = new LrsHistory({
      client: new LrsClient({ endpoint, auth: AUTH, fetchImpl: racing }),
      agent,
      outbox: null,
      retryMs: [20],
    });
    history.record(profileOf('this-device'));
    const stored = await eventually(
      () => historyInLrs(endpoint, agent),
      (document) => document?.attempts.some((entry) => entry.attempt === 'this-device') === true,
    );
    expect(stored!.attempts.map((entry) => entry.attempt).sort()).to.deep.equal(['earlier', 'other-device', 'this-device']);
    expect(statuses).to.include(412);
    expect(history.status).to.equal('saved');
  });

  it('reads a profile left waiting by an earlier page that is delivered while the document is on its way', async () => {
    const endpoint = await lrsEndpoint();
    const agent = newAgent();
    const kept = new Map([
      [`history-outbox:${JSON.stringify(agent)}`, JSON.stringify({ version: 1, attempts: [profileOf('left-waiting')] })],
    ]);
    const outbox = {
      getItem: (key: string) => kept.get(key) ?? null,
      setItem: (key: string, value: string) => void kept.set(key, value),
      removeItem: (key: string) => void kept.delete(key),
    };
    let delivered = () => {};
    const written = new Promise<void>((resolve) => (delivered = resolve));
    let reads = 0;
    const holding: typeof fetch = async (input, init) => {
      const answer = await fetch(input, init);
      if (init?.method === 'PUT') delivered();
      // The first read is read()'s (the delivery starts a task later): answered without the profile, handed over once it is stored.
      if ((init?.method ?? 'GET') === 'GET' && ++reads === 1) {
        await written;
        await eventually(() => history.status === 'saved');
      }
      return answer;
    };
    const history = new LrsHistory({ client: new LrsClient({ endpoint, auth: AUTH, fetchImpl: holding }), agent, outbox, retryMs: [20] });
    const read = await history.read();
    expect(read!.map((entry) => entry.attempt)).to.deep.equal(['left-waiting']);
  });

  it('leaves a document of a later version of the package alone', async () => {
    const endpoint = await lrsEndpoint();
    const agent = newAgent();
    const later = { version: 2, entries: ['kept'] };
    const query = new URLSearchParams({ agent: JSON.stringify(agent), profileId: HISTORY_PROFILE_ID });
    await fetch(`${endpoint}agents/profile?${query}`, {
      method: 'PUT',
      headers: { ...HEADERS, 'Content-Type': 'application/json', 'If-None-Match': '*' },
      body: JSON.stringify(later),
    });
    const history = new LrsHistory({ client: new LrsClient({ endpoint, auth: AUTH }), agent, outbox: null, retryMs: [20] });
    expect(await history.read()).to.deep.equal([]);
    history.record(profileOf('a'));
    await eventually(() => history.status === 'saved');
    expect(await historyInLrs(endpoint, agent)).to.deep.equal(later);
  });
});

describe("The learner's earlier profile in cmi5: the agent profile document of the launch's actor", () => {
  let restore = () => {};
  beforeEach(clearTrackingStorage);
  afterEach(() => {
    restore();
    return clearTrackingStorage();
  });

  /** The package's requests go to `lms` while the test runs. */
  function routeFetchTo(lms: FakeCmi5Lms): void {
    restore();
    const original = window.fetch;
    window.fetch = lms.fetch;
    restore = () => (window.fetch = original);
  }

  it("shows a second registration the first one's profile, with never a plan text in the document", async () => {
    const first = new FakeCmi5Lms({ registration: uuid() });
    routeFetchTo(first);
    const one = await launchApp(await connectLaunched(first.launchSearch));
    await eventually(() => first.lrsRequests.some((r) => r.method === 'GET' && r.url.includes(encodeURIComponent(HISTORY_PROFILE_ID))));
    expect(one.app.earlier).to.equal(null);
    completeAssessment(one.store);
    const document = (await eventually(() => first.profiles.get(HISTORY_PROFILE_ID)))!;
    const stored = JSON.parse(document) as HistoryDocument;
    expect(stored.attempts.map((entry) => entry.attempt)).to.deep.equal([first.registration]);
    for (const text of PLAN_TEXTS) expect(document).not.to.contain(text);
    one.app.remove();

    // The same learner's next registration, in the same LRS.
    const second = new FakeCmi5Lms({ registration: uuid() });
    second.profiles.set(HISTORY_PROFILE_ID, document);
    routeFetchTo(second);
    const two = await launchApp(await connectLaunched(second.launchSearch));
    const profile = await expectEarlierProfile(two.app, 'lrs', first.registration);
    await expectEarlierOnAnalysis(two.app, two.store, profile, 'lrs');
  });

  it('in Review mode shows the profile before the reviewed registration and writes nothing', async () => {
    const earlier = completedProfile(completedState('oneens', { finished: true }), uuid(), new Date('2026-01-10T10:00:00Z'))!;
    const reviewed = completedProfile(completedState('eens', { finished: true }), uuid(), new Date('2026-03-10T10:00:00Z'))!;
    const lms = new FakeCmi5Lms({ registration: reviewed.attempt, launchMode: 'Review' });
    const document = JSON.stringify({ version: 1, attempts: [earlier, reviewed] });
    lms.profiles.set(HISTORY_PROFILE_ID, document);
    routeFetchTo(lms);
    const { app, store } = await launchApp(await connectLaunched(lms.launchSearch));
    expect(store.readOnly).to.equal(true);
    expect((await earlierShown(app)).profile).to.deep.equal(earlier);
    expect(lms.lrsRequests.filter((r) => r.url.includes('agents/profile') && r.method !== 'GET')).to.deep.equal([]);
    expect(lms.profiles.get(HISTORY_PROFILE_ID)).to.equal(document);
  });
});
