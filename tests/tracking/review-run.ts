import { expect } from '@open-wc/testing';
import { pillarById } from '../../src/content/content.js';
import { format } from '../../src/content/format.js';
import type { WedApp } from '../../src/elements/wed-app.js';
import type { AssessmentState, ScreenId } from '../../src/model/state.js';
import type { AssessmentStore } from '../../src/store/assessment-store.js';
import { currentScreen, rendered } from '../e2e/app-harness.js';
import { deepQueryAll, deepText } from '../helpers/dom.js';
import { editingInvitationsIn } from '../helpers/read-only.js';
import { ScormLms, type ScormVersion } from './scorm-lms.js';
import { completeAssessment, launchWithLms, savesDone } from './scorm-run.js';
import { TEXTS } from '../helpers/texts.js';

const { ui } = TEXTS.nl;

/** Completes an attempt in one session, then reopens it in review mode as the LMS does: the new session, its LMS and the completed state. */
export async function reopenCompletedAttempt(version: ScormVersion) {
  const lms = new ScormLms(version);
  lms.mount();
  const done = await launchWithLms();
  completeAssessment(done.store);
  await savesDone(lms, done.store);
  done.connection.tracker.end();
  const completed = done.store.state;
  done.app.remove();
  const review = lms.resume({ mode: 'review' });
  review.mount();
  return { lms, review, completed, ...(await launchWithLms()) };
}

/**
 * Checks that a completed attempt (completeAssessment of scorm-run.ts),
 * reopened read-only, shows the learner's answers, analysis and plan on its
 * screens, with texts for looking and printing only: from the done screen
 * where it was left, back through every screen to the introduction.
 */
export async function expectCompletedAttemptOnEveryScreen(app: WedApp, store: AssessmentStore, completed: AssessmentState): Promise<void> {
  expect(store.readOnly).to.equal(true);
  expect(store.state).to.deep.equal(completed);
  const seen = {} as Record<ScreenId, string>;
  for (const screen of ['done', 'plan', 'analysis', 'statements', 'video', 'intro'] as const) {
    store.dispatch({ type: 'go-to', screen });
    await rendered(app);
    seen[screen] = deepText(app);
    expect(editingInvitationsIn(seen[screen]), `editing invitations on ${screen}`).to.deep.equal([]);
    expect(seen[screen]).to.contain(ui.app.reviewNotice);
    expect(seen[screen]).not.to.contain(ui.app.browseNotice);
    expect(seen[screen]).to.contain(ui.app.readOnlyNote);
    if (screen === 'done') await expect(app).to.be.accessible();
    if (screen === 'plan') {
      const fields = deepQueryAll<HTMLInputElement | HTMLTextAreaElement>(currentScreen(app), 'textarea, input');
      expect(fields.every((field) => field.readOnly)).to.equal(true);
      expect(fields.map((field) => field.value)).to.include.members([
        'Beter doorvragen bij de intake.',
        'Huisbezoek met een collega',
        '2027-03-01',
      ]);
    }
    if (screen === 'analysis') {
      const disagreed = deepQueryAll(currentScreen(app), 'section[data-pillar="kunnen"] [data-statement]');
      expect(disagreed.map((item) => item.getAttribute('data-statement'))).to.deep.equal(['kunnen_1', 'kunnen_2']);
    }
    if (screen === 'statements') {
      const radios = deepQueryAll<HTMLInputElement>(currentScreen(app), 'input[type=radio]');
      expect(radios.every((radio) => radio.disabled)).to.equal(true);
      expect(radios.filter((radio) => radio.checked)).to.have.length(12);
    }
  }
  expect(seen.done).to.contain(ui.done.textReadOnly);
  expect(seen.done).to.contain(ui.done.viewPlan);
  expect(seen.done).to.contain(format(ui.done.attentionPillars, { pillars: pillarById('kunnen', TEXTS.nl.content).name }));
  expect(seen.done).to.contain(format(ui.done.actionsCount, { count: 1 }));
  expect(seen.plan).to.contain(ui.plan.readOnly);
  expect(seen.intro).to.contain(ui.intro.review);
}
