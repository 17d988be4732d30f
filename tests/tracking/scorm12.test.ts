import { expect } from '@open-wc/testing';
import { decodeSuspendData } from '../../src/model/suspend-data.js';
import { STATEMENT_IDS } from '../../src/model/scoring.js';
import { deepQueryAll, deepText } from '../helpers/dom.js';
import { editingInvitationsIn } from '../helpers/read-only.js';
import { currentScreen, rendered } from '../e2e/app-harness.js';
import { moodleViolations } from './moodle-rules.js';
import { expectCompletedAttemptOnEveryScreen, reopenCompletedAttempt } from './review-run.js';
import { ScormLms } from './scorm-lms.js';
import { ANSWERS, afterSaveTimers, answerAll, clearTrackingStorage, completeAssessment, launchWithLms, savesDone } from './scorm-run.js';
import { TEXTS } from '../helpers/texts.js';

const { ui } = TEXTS.nl;

describe('SCORM 1.2 against scorm-again', () => {
  beforeEach(clearTrackingStorage);
  afterEach(() => {
    ScormLms.unmountAll();
    return clearTrackingStorage();
  });

  it('reports the whole contract for a full run', async () => {
    const lms = new ScormLms('1.2');
    lms.mount();
    const { store, connection } = await launchWithLms();
    expect(connection.tracker.mode).to.equal('scorm12');
    await savesDone(lms, store);
    expect(lms.committed.get('cmi.core.lesson_status')).to.equal('incomplete');
    expect(lms.committed.get('cmi.core.exit')).to.equal('suspend');

    completeAssessment(store);
    await savesDone(lms, store);
    connection.tracker.end();

    const c = lms.committed;
    expect(c.get('cmi.core.lesson_status')).to.equal('completed');
    expect(c.get('cmi.core.exit')).to.equal('');
    expect(c.get('cmi.core.lesson_location')).to.equal('done');
    // Values 3,4,3,3,3,4,3,3,2,1,3,3: sum 35, (35 − 12) / 36 × 100 = 63.9 → 64.
    expect([c.get('cmi.core.score.raw'), c.get('cmi.core.score.min'), c.get('cmi.core.score.max')]).to.deep.equal(['64', '0', '100']);
    // begrijpen 3,4,3,3 → (13 − 4) / 12 = 75; willen the same; kunnen 2,1,3,3 → (9 − 4) / 12 = 41.7 → 42.
    const objectives = [0, 1, 2].map((n) => [
      c.get(`cmi.objectives.${n}.id`),
      c.get(`cmi.objectives.${n}.score.raw`),
      c.get(`cmi.objectives.${n}.score.min`),
      c.get(`cmi.objectives.${n}.score.max`),
      c.get(`cmi.objectives.${n}.status`),
    ]);
    expect(objectives).to.deep.equal([
      ['begrijpen', '75', '0', '100', 'completed'],
      ['willen', '75', '0', '100', 'completed'],
      ['kunnen', '42', '0', '100', 'completed'],
    ]);
    const digits = { helemaal_oneens: '1', oneens: '2', eens: '3', helemaal_eens: '4' };
    STATEMENT_IDS.forEach((id, n) => {
      expect(c.get(`cmi.interactions.${n}.id`)).to.equal(id);
      expect(c.get(`cmi.interactions.${n}.type`)).to.equal('likert');
      expect(c.get(`cmi.interactions.${n}.student_response`)).to.equal(digits[ANSWERS[n]!]);
      expect(c.get(`cmi.interactions.${n}.objectives.0.id`)).to.equal(id.split('_')[0]);
      expect(c.get(`cmi.interactions.${n}.time`)).to.match(/^\d{2}:\d{2}:\d{2}$/);
    });
    expect(c.has('cmi.interactions.12.id')).to.equal(false);
    expect(c.get('cmi.core.session_time')).to.match(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
    expect(lms.count('finish')).to.equal(1);

    const saved = await decodeSuspendData(c.get('cmi.suspend_data'));
    expect(saved.ok && saved.state).to.deep.equal(store.state);
    expect(moodleViolations('1.2', lms.calls)).to.deep.equal([]);
  });

  it('resumes everything, reflections included, in the next session', async () => {
    const first = new ScormLms('1.2');
    first.mount();
    const one = await launchWithLms();
    answerAll(one.store);
    one.store.dispatch({ type: 'go-to', screen: 'analysis' });
    one.store.dispatch({ type: 'go-to', screen: 'plan' });
    one.store.dispatch({ type: 'edit-plan', changes: { needs: 'Tijd,\nen “ruimte” – écht', timeline: 'Na de zomer' } });
    await savesDone(first, one.store);
    one.connection.tracker.end();
    const before = one.store.state;
    one.app.remove();

    const second = first.resume();
    second.mount();
    const two = await launchWithLms();
    expect(two.store.state).to.deep.equal(before);
    await rendered(two.app);
    expect(currentScreen(two.app).localName).to.equal('wed-plan-screen');
    two.connection.tracker.end();
    expect(moodleViolations('1.2', second.calls)).to.deep.equal([]);
  });

  it('reports interactions once after step 2, then only the answers changed later', async () => {
    const lms = new ScormLms('1.2');
    lms.mount();
    const { store, connection } = await launchWithLms();
    answerAll(store);
    await savesDone(lms, store);
    expect(lms.committed.has('cmi.interactions.0.id')).to.equal(false);
    store.dispatch({ type: 'go-to', screen: 'analysis' });
    await savesDone(lms, store);
    expect(lms.committed.get('cmi.interactions.11.id')).to.equal('kunnen_4');

    store.dispatch({ type: 'go-to', screen: 'statements' });
    store.dispatch({ type: 'answer', statement: 'willen_2', answer: 'oneens' });
    await savesDone(lms, store);
    connection.tracker.end();
    const interactionSets = lms.sets.filter(([element]) => /^cmi\.interactions\.\d+\.id$/.test(element));
    expect(interactionSets.map(([, id]) => id)).to.deep.equal([...STATEMENT_IDS, 'willen_2']);
    expect(lms.committed.get('cmi.interactions.12.student_response')).to.equal('2');
    // willen 3,2,3,3 → (11 − 4) / 12 = 58.3 → 58.
    expect(lms.committed.get('cmi.objectives.1.score.raw')).to.equal('58');

    // The next session continues the journal after the entries already there.
    const next = lms.resume();
    next.mount();
    const again = await launchWithLms();
    again.store.dispatch({ type: 'answer', statement: 'begrijpen_1', answer: 'helemaal_eens' });
    await savesDone(next, again.store);
    again.connection.tracker.end();
    expect(next.committed.get('cmi.interactions.13.id')).to.equal('begrijpen_1');
    expect(next.committed.get('cmi.interactions.13.student_response')).to.equal('4');
  });

  it('shows a reopened completed attempt read-only and writes nothing (review mode)', async () => {
    const { review, completed, app, store, connection } = await reopenCompletedAttempt('1.2');
    await expectCompletedAttemptOnEveryScreen(app, store, completed);
    store.dispatch({ type: 'go-to', screen: 'statements' });
    store.dispatch({ type: 'answer', statement: 'begrijpen_1', answer: 'oneens' });
    await rendered(app);
    expect(store.state.answers.begrijpen_1).to.equal('eens');
    await expect(app).to.be.accessible();
    // Time for a save that must not happen.
    await afterSaveTimers();
    connection.tracker.end();
    expect(review.sets).to.deep.equal([]);
    expect(review.count('commit')).to.equal(0);
  });

  it('shows an unfinished attempt opened in browse mode with its answers, says nothing is kept, writes nothing', async () => {
    const lms = new ScormLms('1.2');
    lms.mount();
    const first = await launchWithLms();
    answerAll(first.store);
    await savesDone(lms, first.store);
    first.connection.tracker.end();
    first.app.remove();

    const browse = lms.resume({ mode: 'browse' });
    browse.mount();
    const { app, store, connection } = await launchWithLms();
    expect(store.readOnly).to.equal(true);
    await rendered(app);
    const text = deepText(app);
    expect(text).to.contain(ui.app.browseNotice);
    expect(text).not.to.contain(ui.app.reviewNotice);
    expect(text).to.contain(ui.app.readOnlyNote);
    expect(editingInvitationsIn(text)).to.deep.equal([]);
    const radios = deepQueryAll<HTMLInputElement>(currentScreen(app), 'input[type=radio]');
    expect(radios.filter((radio) => radio.checked)).to.have.length(12);
    connection.tracker.end();
    expect(browse.sets).to.deep.equal([]);
    expect(browse.count('commit')).to.equal(0);
  });
});
