import { expect } from '@open-wc/testing';
import { currentScreen, launchApp, rendered } from '../e2e/app-harness.js';
import { deepQueryAll, deepText } from '../helpers/dom.js';
import { cmi5Violations } from './cmi5-rules.js';
import { FakeCmi5Lms } from './fake-cmi5-lms.js';
import { expectCompletedAttemptOnEveryScreen } from './review-run.js';
import { clearTrackingStorage, completeAssessment } from './scorm-run.js';
import { connectLaunched, endedSession, verbOf } from './xapi-run.js';
import { TEXTS } from '../helpers/texts.js';

const { ui } = TEXTS.nl;

/** The package's requests go to the fake cmi5 LMS while a test runs. */
function routeFetchTo(lms: FakeCmi5Lms): () => void {
  const original = window.fetch;
  window.fetch = lms.fetch;
  return () => (window.fetch = original);
}

const factsOf = (lms: FakeCmi5Lms, launchMode: 'Normal' | 'Browse' | 'Review' = 'Normal') => ({
  sessionId: lms.sessionId,
  auId: lms.activityId,
  registration: lms.registration,
  publisherId: lms.publisherId,
  contextTemplate: lms.contextTemplate,
  launchMode,
});

describe('cmi5 session', () => {
  let restore: () => void = () => undefined;
  beforeEach(clearTrackingStorage);
  afterEach(() => {
    restore();
    return clearTrackingStorage();
  });

  it('follows cmi5 statement rules for a full run and returns to the LMS', async () => {
    const lms = new FakeCmi5Lms({ launchData: undefined });
    lms.launchData = { ...lms.launchData, returnURL: 'https://lms.example.com/course/7' };
    restore = routeFetchTo(lms);
    const connection = await connectLaunched(lms.launchSearch);
    expect(connection.tracker.mode).to.equal('cmi5');
    const left: string[] = [];
    const { app, store } = await launchApp(connection, (url) => left.push(url));
    completeAssessment(store);
    await rendered(app);

    const exit = deepQueryAll<HTMLButtonElement>(currentScreen(app), 'button').find((b) => b.textContent!.trim() === ui.done.exit)!;
    exit.click();
    expect(left).to.deep.equal(['https://lms.example.com/course/7']);

    const statements = await endedSession(lms);
    expect(cmi5Violations(statements, factsOf(lms))).to.deep.equal([]);
    const verbs = statements.map(verbOf);
    expect(verbs.filter((v) => v === 'answered')).to.have.length(12);
    expect(verbs.filter((v) => v === 'scored')).to.have.length(4);
    expect(verbs.filter((v) => v === 'completed')).to.have.length(1);
    expect(JSON.stringify(statements)).not.to.contain(lms.token);
  });

  it('in Browse mode changes nothing, says nothing is kept, and sends only initialized and terminated', async () => {
    const lms = new FakeCmi5Lms({ launchMode: 'Browse' });
    restore = routeFetchTo(lms);
    const connection = await connectLaunched(lms.launchSearch);
    const { app, store } = await launchApp(connection);
    expect(store.readOnly).to.equal(true);
    store.dispatch({ type: 'go-to', screen: 'video' });
    store.dispatch({ type: 'mark-video-watched' });
    await rendered(app);
    expect(store.state.videoWatched).to.equal(false);
    expect(deepText(app)).to.contain(ui.app.browseNotice);
    expect(deepText(app)).not.to.contain(ui.app.reviewNotice);
    connection.tracker.end();
    const statements = await endedSession(lms);
    expect(statements.map(verbOf)).to.deep.equal(['initialized', 'terminated']);
    expect(cmi5Violations(statements, factsOf(lms, 'Browse'))).to.deep.equal([]);
  });

  it('in Review mode shows the completed attempt on every screen and sends only initialized and terminated', async () => {
    const first = new FakeCmi5Lms();
    restore = routeFetchTo(first);
    const firstConnection = await connectLaunched(first.launchSearch);
    const session = await launchApp(firstConnection);
    completeAssessment(session.store);
    await rendered(session.app);
    firstConnection.tracker.end();
    await endedSession(first);
    const completed = session.store.state;
    session.app.remove();
    restore();

    // The same registration relaunched in Review: a new session with its own fetch URL, the same LRS state.
    const lms = new FakeCmi5Lms({
      launchMode: 'Review',
      fetchUrl: 'https://lms.example.com/cmi5/fetch?k=review',
      sessionId: crypto.randomUUID(),
    });
    for (const [id, document] of first.state) lms.state.set(id, document);
    restore = routeFetchTo(lms);
    const connection = await connectLaunched(lms.launchSearch);
    const { app, store } = await launchApp(connection);
    await expectCompletedAttemptOnEveryScreen(app, store, completed);
    connection.tracker.end();
    const statements = await endedSession(lms);
    expect(statements.map(verbOf)).to.deep.equal(['initialized', 'terminated']);
    expect(cmi5Violations(statements, factsOf(lms, 'Review'))).to.deep.equal([]);
    expect(lms.lrsRequests.filter((r) => r.url.includes('activities/state') && r.method !== 'GET')).to.deep.equal([]);
  });

  it('works standalone with a clear notice when the fetch URL was already used', async () => {
    const lms = new FakeCmi5Lms();
    restore = routeFetchTo(lms);
    await lms.fetch(lms.fetchUrl, { method: 'POST' });
    const connection = await connectLaunched(lms.launchSearch);
    expect(connection.tracker.mode).to.equal('standalone');
    const { app } = await launchApp(connection);
    await rendered(app);
    expect(deepText(app)).to.contain(ui.app.launchFailedNotice);
    await expect(app).to.be.accessible();
  });
});
