import { expect } from '@open-wc/testing';
import type { ScormVersion } from './scorm-lms.js';
import { ScormLms, loginClearsLocalStorage } from './scorm-lms.js';
import { STATEMENT_IDS } from '../../src/model/scoring.js';
import { deepQueryAll, deepText } from '../helpers/dom.js';
import { eventually } from '../helpers/eventually.js';
import { TEXTS } from '../helpers/texts.js';
import {
  afterSaveTimers,
  answerAll,
  clearTrackingStorage,
  completeAssessment,
  launchWithLms,
  savesDone,
  TRACKING_KEY,
} from './scorm-run.js';
import {
  COMPLETED_SCORES,
  COMPLETED_VALUES,
  PLAN_TEXTS,
  attemptIdOf,
  browserHistory,
  earlierOnAnalysis,
  earlierShown,
  expectEarlierOnAnalysis,
  expectEarlierProfile,
  historyInIndexedDb,
} from './history-run.js';
import { currentScreen, rendered } from '../e2e/app-harness.js';

/** One attempt of `learner` in a new LMS attempt, completed and left; what the next attempt should be shown. */
async function completedAttempt(version: ScormVersion, learnerId: string) {
  const lms = new ScormLms(version, { learnerId });
  lms.mount();
  const run = await launchWithLms();
  const before = Date.now();
  completeAssessment(run.store);
  const after = Date.now();
  await savesDone(lms, run.store);
  run.connection.tracker.end();
  run.app.remove();
  ScormLms.unmountAll();
  return { lms, ...run, before, after, attempt: await attemptIdOf(lms.committed.get('cmi.suspend_data')) };
}

/** A new attempt (an empty LMS attempt) of `learnerId`. */
async function newAttempt(version: ScormVersion, learnerId: string) {
  const lms = new ScormLms(version, { learnerId });
  lms.mount();
  return { lms, ...(await launchWithLms()) };
}

for (const version of ['1.2', '2004'] as const) {
  describe(`The learner's earlier profile in SCORM ${version}: a copy in this browser`, () => {
    beforeEach(clearTrackingStorage);
    afterEach(() => {
      ScormLms.unmountAll();
      return clearTrackingStorage();
    });

    it("shows a new attempt the first attempt's date, answers and scores, from this browser; the first attempt none", async () => {
      const first = await completedAttempt(version, 'learner-7');
      expect(first.app.earlier).to.equal(null);
      const second = await newAttempt(version, 'learner-7');
      expect(first.attempt).to.be.a('string');
      const profile = await expectEarlierProfile(second.app, 'browser', first.attempt);
      expect(STATEMENT_IDS.map((id) => profile.answers[id])).to.deep.equal(COMPLETED_VALUES);
      const completedAt = Date.parse(profile.completedAt);
      expect(completedAt).to.be.within(first.before, first.after);
      expect(second.store.state.answers).to.deep.equal({}, 'a new attempt, not the first continued');
      for (const text of PLAN_TEXTS) expect(JSON.stringify(browserHistory('learner-7'))).not.to.contain(text);
      await expectEarlierOnAnalysis(second.app, second.store, profile, 'browser');
    });

    it('gives another learner id on the same browser nothing', async () => {
      await completedAttempt(version, 'learner-7');
      const other = await newAttempt(version, 'learner-8');
      await afterSaveTimers(); // Only to show that no earlier profile comes.
      expect(other.app.earlier).to.equal(null);
      answerAll(other.store);
      other.store.dispatch({ type: 'go-to', screen: 'analysis' });
      await rendered(other.app);
      expect(currentScreen(other.app).shadowRoot!.querySelector('[data-earlier]')).to.equal(null);
    });

    it("survives Moodle's localStorage.clear() at login", async () => {
      const first = await completedAttempt(version, 'learner-7');
      await historyInIndexedDb('learner-7', (value) => value !== null);
      expect(loginClearsLocalStorage(TRACKING_KEY)).to.be.greaterThan(0);
      const second = await newAttempt(version, 'learner-7');
      expect((await earlierShown(second.app)).profile.attempt).to.equal(first.attempt);
    });

    it('keeps the changed answers of a completed attempt, with the moment it was completed', async () => {
      const lms = new ScormLms(version, { learnerId: 'learner-7' });
      lms.mount();
      const { store } = await launchWithLms();
      completeAssessment(store);
      const [completed] = (await eventually(() => browserHistory('learner-7')))!.attempts;
      expect(completed!.scores).to.deep.equal(COMPLETED_SCORES);
      store.dispatch({ type: 'answer', statement: 'kunnen_2', answer: 'helemaal_eens' });
      const { attempts } = await eventually(
        () => browserHistory('learner-7')!,
        (kept) => kept.attempts[0]!.scores.kunnen !== COMPLETED_SCORES.kunnen,
      );
      expect(attempts).to.have.length(1);
      // kunnen 2,4,3,3 → (12 − 4) / 12 = 67.
      expect(attempts[0]!.scores).to.deep.equal({ ...COMPLETED_SCORES, kunnen: 67 });
      expect(attempts[0]!.completedAt).to.equal(completed!.completedAt);
    });

    it('removes the history on request: the app shows none, and neither does the next attempt', async () => {
      await completedAttempt(version, 'learner-7');
      const second = await newAttempt(version, 'learner-7');
      await earlierShown(second.app);
      // As the learner does it: the button beside the earlier profile on the analysis, then "yes".
      await earlierOnAnalysis(second.app, second.store);
      const analysis = currentScreen(second.app);
      deepQueryAll<HTMLButtonElement>(analysis, 'button[data-start]')[0]!.click();
      const confirm = await eventually(() => deepQueryAll<HTMLButtonElement>(analysis, 'button[data-confirm]')[0]);
      confirm.click();
      expect(second.app.earlier).to.equal(null);
      await rendered(second.app);
      expect(analysis.shadowRoot!.querySelector('[data-earlier]')).to.equal(null);
      expect(deepText(analysis)).to.contain(TEXTS.nl.ui.analysis.historyForgotten);
      expect(browserHistory('learner-7')).to.equal(null);
      await historyInIndexedDb('learner-7', (value) => value === null);
      second.connection.tracker.end();
      second.app.remove();
      ScormLms.unmountAll();
      const third = await newAttempt(version, 'learner-7');
      await afterSaveTimers(); // Only to show that no earlier profile comes.
      expect(third.app.earlier).to.equal(null);
    });

    it('in review mode shows the profile before the reviewed attempt and writes nothing', async () => {
      const first = await completedAttempt(version, 'learner-7');
      const second = await completedAttempt(version, 'learner-7');
      const kept = JSON.stringify(browserHistory('learner-7'));
      expect(browserHistory('learner-7')!.attempts.map((entry) => entry.attempt)).to.deep.equal([first.attempt, second.attempt]);
      const review = second.lms.resume({ mode: 'review', learnerId: 'learner-7' });
      review.mount();
      const reviewed = await launchWithLms();
      expect(reviewed.store.readOnly).to.equal(true);
      expect((await earlierShown(reviewed.app)).profile.attempt).to.equal(first.attempt);
      reviewed.store.dispatch({ type: 'answer', statement: 'kunnen_2', answer: 'helemaal_eens' });
      reviewed.store.dispatch({ type: 'go-to', screen: 'analysis' });
      await afterSaveTimers(); // Only to show that nothing is written.
      expect(JSON.stringify(browserHistory('learner-7'))).to.equal(kept);
    });
  });
}

describe("The learner's earlier profile across SCORM versions", () => {
  beforeEach(clearTrackingStorage);
  afterEach(() => {
    ScormLms.unmountAll();
    return clearTrackingStorage();
  });

  it('is shared by SCORM 1.2 and 2004 for the same learner id (a baseline in one, a follow-up in the other)', async () => {
    const first = await completedAttempt('1.2', 'learner-7');
    const second = await newAttempt('2004', 'learner-7');
    await eventually(() => second.app.earlier?.profile.attempt === first.attempt);
  });
});
