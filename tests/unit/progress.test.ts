import { expect } from '@open-wc/testing';
import {
  STEP_SCREENS,
  blockerFor,
  canVisit,
  isComplete,
  progressMeasure,
  screenIndex,
  stepStatus,
  type Blocker,
  type StepStatus,
} from '../../src/model/progress.js';
import { STATEMENT_IDS, type Answers } from '../../src/model/scoring.js';
import { SCREEN_IDS, type AssessmentState, type ScreenId } from '../../src/model/state.js';
import { initialState } from '../../src/model/transitions.js';

const ALL_AGREE: Answers = Object.fromEntries(STATEMENT_IDS.map((id) => [id, 'eens']));
const ELEVEN: Answers = { ...ALL_AGREE };
delete ELEVEN.kunnen_4;

function state(changes: Partial<AssessmentState>): AssessmentState {
  return { ...initialState(), ...changes };
}

/** Typical moments of a learner's path. */
const fresh = initialState();
const onVideo = state({ screen: 'video', reached: 'video' });
const watched = state({ screen: 'video', reached: 'video', videoWatched: true });
const answering = state({ screen: 'statements', reached: 'statements', videoWatched: true, answers: ELEVEN });
const answered = state({ screen: 'statements', reached: 'statements', videoWatched: true, answers: ALL_AGREE });
const onAnalysis = state({ screen: 'analysis', reached: 'analysis', videoWatched: true, answers: ALL_AGREE, analysisSeen: true });
const onPlan = { ...onAnalysis, screen: 'plan', reached: 'plan' } satisfies AssessmentState;
const finished = { ...onPlan, screen: 'done', reached: 'done', finished: true } satisfies AssessmentState;
const backOnIntro = { ...answered, screen: 'intro' } satisfies AssessmentState;

describe('progress: screens and steps', () => {
  it('numbers the screens in order and has four steps', () => {
    expect(SCREEN_IDS.map(screenIndex)).to.deep.equal([0, 1, 2, 3, 4, 5]);
    expect(STEP_SCREENS).to.deep.equal(['video', 'statements', 'analysis', 'plan']);
  });
});

describe('progress: blockerFor and canVisit', () => {
  // One column per screen: intro, video, statements, analysis, plan, done. The
  // reason is the first unmet requirement before the screen; 'not-reached' only
  // when none is unmet but the screen lies beyond the next one.
  const table: Array<{ name: string; state: AssessmentState; blockers: Array<Blocker | null> }> = [
    {
      name: 'fresh start',
      state: fresh,
      blockers: [null, null, 'video-not-watched', 'video-not-watched', 'video-not-watched', 'video-not-watched'],
    },
    {
      name: 'on the video, not watched',
      state: onVideo,
      blockers: [null, null, 'video-not-watched', 'video-not-watched', 'video-not-watched', 'video-not-watched'],
    },
    {
      name: 'video watched',
      state: watched,
      blockers: [null, null, null, 'statements-unanswered', 'statements-unanswered', 'statements-unanswered'],
    },
    {
      name: 'eleven answered',
      state: answering,
      blockers: [null, null, null, 'statements-unanswered', 'statements-unanswered', 'statements-unanswered'],
    },
    { name: 'all answered', state: answered, blockers: [null, null, null, null, 'not-reached', 'not-finished'] },
    { name: 'back on intro, all answered', state: backOnIntro, blockers: [null, null, null, null, 'not-reached', 'not-finished'] },
    { name: 'on the analysis', state: onAnalysis, blockers: [null, null, null, null, null, 'not-finished'] },
    { name: 'on the plan', state: onPlan, blockers: [null, null, null, null, null, 'not-finished'] },
    { name: 'finished', state: finished, blockers: [null, null, null, null, null, null] },
  ];
  for (const row of table) {
    it(row.name, () => {
      expect(SCREEN_IDS.map((screen) => blockerFor(row.state, screen))).to.deep.equal(row.blockers);
      expect(SCREEN_IDS.map((screen) => canVisit(row.state, screen))).to.deep.equal(row.blockers.map((b) => b === null));
    });
  }

  it('lets the learner revisit every reached screen even when a later requirement fails', () => {
    // Reached the plan, then (for whatever reason) an answer is missing: the way back stays open.
    const s = { ...onPlan, answers: ELEVEN };
    expect(['intro', 'video', 'statements', 'analysis', 'plan'].every((x) => canVisit(s, x as ScreenId))).to.equal(true);
  });
});

describe('progress: isComplete and progressMeasure', () => {
  const table: Array<{ name: string; state: AssessmentState; measure: number; complete: boolean }> = [
    { name: 'fresh start', state: fresh, measure: 0, complete: false },
    { name: 'video watched', state: watched, measure: 0.25, complete: false },
    { name: 'eleven answered', state: answering, measure: 0.25, complete: false },
    { name: 'all answered', state: answered, measure: 0.5, complete: false },
    { name: 'analysis seen', state: onPlan, measure: 0.75, complete: false },
    { name: 'finished', state: finished, measure: 1, complete: true },
    { name: 'finished without analysis seen', state: { ...finished, analysisSeen: false }, measure: 0.75, complete: false },
    { name: 'finished with an answer missing', state: { ...finished, answers: ELEVEN }, measure: 0.75, complete: false },
    { name: 'all answered, video never marked', state: { ...onPlan, videoWatched: false }, measure: 0.5, complete: false },
  ];
  for (const row of table) {
    it(`${row.name}: ${row.measure}, ${row.complete ? 'complete' : 'not complete'}`, () => {
      expect(progressMeasure(row.state)).to.equal(row.measure);
      expect(isComplete(row.state)).to.equal(row.complete);
    });
  }
});

describe('progress: stepStatus', () => {
  // One column per step: video, statements, analysis, plan.
  const table: Array<{ name: string; state: AssessmentState; statuses: StepStatus[] }> = [
    { name: 'fresh start', state: fresh, statuses: ['available', 'locked', 'locked', 'locked'] },
    { name: 'on the video, not watched', state: onVideo, statuses: ['current', 'locked', 'locked', 'locked'] },
    { name: 'video watched', state: watched, statuses: ['current', 'available', 'locked', 'locked'] },
    { name: 'eleven answered', state: answering, statuses: ['done', 'current', 'locked', 'locked'] },
    { name: 'all answered', state: answered, statuses: ['done', 'current', 'available', 'locked'] },
    { name: 'back on intro, all answered', state: backOnIntro, statuses: ['done', 'done', 'available', 'locked'] },
    { name: 'on the analysis', state: onAnalysis, statuses: ['done', 'done', 'current', 'available'] },
    { name: 'on the plan', state: onPlan, statuses: ['done', 'done', 'done', 'current'] },
    { name: 'finished', state: finished, statuses: ['done', 'done', 'done', 'done'] },
    {
      name: 'finished, back on the statements',
      state: { ...finished, screen: 'statements' },
      statuses: ['done', 'current', 'done', 'done'],
    },
  ];
  for (const row of table) {
    it(row.name, () => {
      expect(STEP_SCREENS.map((screen) => stepStatus(row.state, screen))).to.deep.equal(row.statuses);
    });
  }
});
