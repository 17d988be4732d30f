import { expect } from '@open-wc/testing';
import { config } from '../../src/content/config.js';
import { STATEMENT_IDS } from '../../src/model/scoring.js';
import { decodeSuspendData } from '../../src/model/suspend-data.js';
import { launchApp } from '../e2e/app-harness.js';
import { eventually } from '../helpers/eventually.js';
import { sameState } from '../helpers/states.js';
import { ANSWERS, clearTrackingStorage, completeAssessment } from './scorm-run.js';
import { connectLaunched, launchXapiAttempt, stateInLrs, storedStatements, verbOf } from './xapi-run.js';

const PLAN_MARKER = 'Beter doorvragen bij de intake.';

describe('xAPI against Learning Locker (xapi-statements, in memory)', () => {
  beforeEach(clearTrackingStorage);
  afterEach(clearTrackingStorage);

  it('leaves exactly the contract statements in the LRS for a full run', async () => {
    const { endpoint, registration, connection, store } = await launchXapiAttempt();
    expect(connection.tracker.mode).to.equal('xapi');
    completeAssessment(store);
    store.dispatch({ type: 'go-to', screen: 'statements' });
    store.dispatch({ type: 'answer', statement: 'kunnen_1', answer: 'helemaal_eens' });
    connection.tracker.end();

    const statements = await eventually(
      () => storedStatements(endpoint, registration),
      (list) => list.some((s) => verbOf(s) === 'terminated'),
    );
    const verbs = statements.map(verbOf);
    expect(verbs[0]).to.equal('initialized');
    expect(verbs.at(-1)).to.equal('terminated');
    expect(verbs.filter((v) => v === 'completed')).to.have.length(1);
    expect(verbs.filter((v) => v === 'experienced')).to.have.length(1);

    const answered = statements.filter((s) => verbOf(s) === 'answered');
    expect(answered.map((s) => (s.object as { id: string }).id)).to.deep.equal([
      ...STATEMENT_IDS.map((id) => `${config.activityIri}/statement/${id}`),
      `${config.activityIri}/statement/kunnen_1`,
    ]);
    expect(answered.map((s) => s.result?.response)).to.deep.equal([...ANSWERS, 'helemaal_eens']);

    const scored = statements.filter((s) => verbOf(s) === 'scored');
    const score = (id: string) => scored.filter((s) => (s.object as { id: string }).id === id).map((s) => s.result?.score?.raw);
    // kunnen 2,1,3,3 → 42, then 4,1,3,3 → (11 − 4) / 12 = 58; overall 35 → 64, then 37 → 69.
    expect(score(`${config.activityIri}/pillar/begrijpen`)).to.deep.equal([75]);
    expect(score(`${config.activityIri}/pillar/kunnen`)).to.deep.equal([42, 58]);
    expect(score(config.activityIri)).to.deep.equal([64, 69]);

    const completed = statements.find((s) => verbOf(s) === 'completed')!;
    expect(completed.result?.completion).to.equal(true);
    expect(completed.result?.duration).to.match(/^PT/);
    expect(completed.result?.score?.raw).to.equal(64);
    expect(statements.every((s) => s.context?.registration === registration)).to.equal(true);
    expect(JSON.stringify(statements)).not.to.contain(PLAN_MARKER);
    expect(JSON.stringify(statements)).not.to.contain(btoa('test:test'));
  });

  it('resumes from the State API in the next session', async () => {
    const { endpoint, registration, search, connection: first, ...one } = await launchXapiAttempt();
    one.store.dispatch({ type: 'go-to', screen: 'video' });
    one.store.dispatch({ type: 'mark-video-watched' });
    one.store.dispatch({ type: 'go-to', screen: 'statements' });
    one.store.dispatch({ type: 'answer', statement: 'willen_3', answer: 'oneens' });
    one.store.dispatch({ type: 'edit-plan', changes: { improvement: 'Tekst – “bewaard”' } });
    first.tracker.end();
    const before = one.store.state;
    await eventually(
      async () => decodeSuspendData(await stateInLrs(endpoint, registration, search)),
      (saved) => saved.ok && sameState(saved.state, before),
    );
    one.app.remove();
    await clearTrackingStorage();

    const second = await connectLaunched(search);
    const two = await launchApp(second);
    expect(two.store.state).to.deep.equal(before);
    second.tracker.end();
  });
});
