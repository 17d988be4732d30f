import { expect } from '@open-wc/testing';
import { STATEMENT_IDS } from '../../src/model/scoring.js';
import { decodeSuspendData } from '../../src/model/suspend-data.js';
import { deepText } from '../helpers/dom.js';
import { moodleViolations } from './moodle-rules.js';
import { expectCompletedAttemptOnEveryScreen, reopenCompletedAttempt } from './review-run.js';
import { ScormLms } from './scorm-lms.js';
import { ANSWERS, afterSaveTimers, answerAll, clearTrackingStorage, completeAssessment, launchWithLms, savesDone } from './scorm-run.js';
import { TEXTS } from '../helpers/texts.js';

const { content: assessment, ui } = TEXTS.nl;

describe('SCORM 2004 against scorm-again', () => {
  beforeEach(clearTrackingStorage);
  afterEach(() => {
    ScormLms.unmountAll();
    return clearTrackingStorage();
  });

  it('reports the whole contract for a full run', async () => {
    const lms = new ScormLms('2004');
    lms.mount();
    const { store, connection } = await launchWithLms();
    expect(connection.tracker.mode).to.equal('scorm2004');
    await savesDone(lms, store);
    expect(lms.committed.get('cmi.completion_status')).to.equal('incomplete');
    expect(lms.committed.get('cmi.exit')).to.equal('suspend');
    expect(lms.committed.get('cmi.progress_measure')).to.equal('0');

    completeAssessment(store);
    await savesDone(lms, store);
    connection.tracker.end();

    const c = lms.committed;
    expect(c.get('cmi.completion_status')).to.equal('completed');
    expect(c.get('cmi.success_status')).to.equal('unknown');
    expect(c.get('cmi.exit'), 'Moodle hands stored data back only after suspend').to.equal('suspend');
    expect(c.get('cmi.location')).to.equal('done');
    expect(c.get('cmi.progress_measure')).to.equal('1');
    // Moodle grades from raw only, so raw is there next to scaled.
    expect([c.get('cmi.score.scaled'), c.get('cmi.score.raw'), c.get('cmi.score.min'), c.get('cmi.score.max')]).to.deep.equal([
      '0.64',
      '64',
      '0',
      '100',
    ]);
    const pillars = assessment.pillars;
    [0, 1, 2].forEach((n) => {
      expect(c.get(`cmi.objectives.${n}.id`)).to.equal(pillars[n]!.id);
      expect(c.get(`cmi.objectives.${n}.description`)).to.equal(pillars[n]!.question);
      expect(c.get(`cmi.objectives.${n}.success_status`)).to.equal('unknown');
      expect(c.get(`cmi.objectives.${n}.completion_status`)).to.equal('completed');
    });
    expect([0, 1, 2].map((n) => c.get(`cmi.objectives.${n}.score.raw`))).to.deep.equal(['75', '75', '42']);
    STATEMENT_IDS.forEach((id, n) => {
      expect(c.get(`cmi.interactions.${n}.id`)).to.equal(id);
      expect(c.get(`cmi.interactions.${n}.type`)).to.equal('likert');
      expect(c.get(`cmi.interactions.${n}.learner_response`)).to.equal(ANSWERS[n]);
      expect(c.get(`cmi.interactions.${n}.objectives.0.id`)).to.equal(id.split('_')[0]);
      expect(c.get(`cmi.interactions.${n}.description`)!.length).to.be.within(1, 250);
    });
    expect(c.get('cmi.interactions.0.description')).to.equal(assessment.pillars[0]!.statements[0]!.text);
    expect(c.get('cmi.session_time')).to.match(/^PT(\d+H)?(\d+M)?[\d.]+S$/);
    const saved = await decodeSuspendData(c.get('cmi.suspend_data'));
    expect(saved.ok && saved.state).to.deep.equal(store.state);
    expect(moodleViolations('2004', lms.calls)).to.deep.equal([]);
  });

  it('updates an interaction in place when an answer changes', async () => {
    const lms = new ScormLms('2004');
    lms.mount();
    const { store, connection } = await launchWithLms();
    answerAll(store);
    store.dispatch({ type: 'go-to', screen: 'analysis' });
    await savesDone(lms, store);
    store.dispatch({ type: 'go-to', screen: 'statements' });
    store.dispatch({ type: 'answer', statement: 'kunnen_1', answer: 'helemaal_eens' });
    await savesDone(lms, store);
    connection.tracker.end();
    expect(lms.committed.get('cmi.interactions.8.learner_response')).to.equal('helemaal_eens');
    expect(lms.committed.has('cmi.interactions.12.id')).to.equal(false);
  });

  it('resumes in the next session because exit was suspend', async () => {
    const lms = new ScormLms('2004');
    lms.mount();
    const one = await launchWithLms();
    answerAll(one.store);
    one.store.dispatch({ type: 'go-to', screen: 'analysis' });
    one.store.dispatch({ type: 'choose-pillar', pillar: 'kunnen' });
    await savesDone(lms, one.store);
    one.connection.tracker.end();
    expect(lms.committed.get('cmi.exit')).to.equal('suspend');
    const before = one.store.state;
    one.app.remove();

    const next = lms.resume();
    next.mount();
    const two = await launchWithLms();
    expect(two.store.state).to.deep.equal(before);
    two.connection.tracker.end();
  });

  it('writes nothing in browse mode, and says that nothing is kept', async () => {
    const lms = new ScormLms('2004', { mode: 'browse' });
    lms.mount();
    const { app, store, connection } = await launchWithLms();
    expect(store.readOnly).to.equal(true);
    expect(deepText(app)).to.contain(ui.app.browseNotice);
    expect(deepText(app)).not.to.contain(ui.app.reviewNotice);
    store.dispatch({ type: 'go-to', screen: 'video' });
    // Time for a save that must not happen.
    await afterSaveTimers();
    connection.tracker.end();
    expect(lms.count('set')).to.equal(0);
  });

  it('shows a reopened completed attempt (review mode): answers, analysis and plan; writes nothing', async () => {
    const { lms, review, completed, app, store, connection } = await reopenCompletedAttempt('2004');
    // The test LMS hands the data back, as Moodle does, only because the completed session left with suspend.
    expect(lms.committed.get('cmi.completion_status')).to.equal('completed');
    expect(lms.committed.get('cmi.exit')).to.equal('suspend');
    await expectCompletedAttemptOnEveryScreen(app, store, completed);
    store.dispatch({ type: 'edit-plan', changes: { improvement: 'Anders' } });
    // Time for a save that must not happen.
    await afterSaveTimers();
    connection.tracker.end();
    expect(store.state.plan.improvement).to.equal(completed.plan.improvement);
    expect(review.sets).to.deep.equal([]);
    expect(review.count('commit')).to.equal(0);
    expect(review.calls.map((call) => call.method).filter((method) => method !== 'GetValue')).to.deep.equal(['Initialize', 'Terminate']);
  });
});
