/**
 * The state changes the store applies. Each returns a new state, or the very
 * same object when the change is refused or changes nothing, so the store can
 * skip saving and tracking with a plain `===`.
 */
import type { AnswerId, Language, PillarId, StatementId } from '../content/types.js';
import { emptyPlan } from './plan.js';
import { canVisit, screenIndex } from './progress.js';
import { allAnswered } from './scoring.js';
import type { AssessmentState, Plan, ScreenId } from './state.js';

export function initialState(): AssessmentState {
  return {
    screen: 'intro',
    reached: 'intro',
    videoWatched: false,
    answers: {},
    analysisSeen: false,
    chosenPillar: null,
    plan: emptyPlan(),
    finished: false,
    language: null,
  };
}

/**
 * The introduction's button: step 1 on a first visit, else on to the furthest
 * step reached. Also what a learner who pressed it before the LMS answered
 * gets once it has: they continue their attempt, whatever the button said then.
 */
export function begin(state: AssessmentState): AssessmentState {
  return goTo(state, state.reached === 'intro' ? 'video' : state.reached);
}

function later(a: ScreenId, b: ScreenId): ScreenId {
  return screenIndex(a) >= screenIndex(b) ? a : b;
}

/** Refused (same object) when the screen cannot be visited; see progress.ts. */
export function goTo(state: AssessmentState, screen: ScreenId): AssessmentState {
  if (screen === state.screen || !canVisit(state, screen)) return state;
  return {
    ...state,
    screen,
    reached: later(state.reached, screen),
    analysisSeen: state.analysisSeen || screen === 'analysis',
  };
}

export function markVideoWatched(state: AssessmentState): AssessmentState {
  return state.videoWatched ? state : { ...state, videoWatched: true };
}

/** Answers can be changed at any time, also after Afronden (the tracker reports the change). */
export function answer(state: AssessmentState, statementId: StatementId, answerId: AnswerId): AssessmentState {
  if (state.answers[statementId] === answerId) return state;
  return { ...state, answers: { ...state.answers, [statementId]: answerId } };
}

/** The pillar the learner wants to work on when (nearly) all answers agree; null clears it. */
export function choosePillar(state: AssessmentState, pillar: PillarId | null): AssessmentState {
  return state.chosenPillar === pillar ? state : { ...state, chosenPillar: pillar };
}

/** The learner switched the language; kept so the next session opens in it too. */
export function chooseLanguage(state: AssessmentState, language: Language): AssessmentState {
  return state.language === language ? state : { ...state, language };
}

/** Applies one of plan.ts's updates, e.g. `editPlan(s, (p) => addAction(p))`. */
export function editPlan(state: AssessmentState, planUpdate: (plan: Plan) => Plan): AssessmentState {
  const plan = planUpdate(state.plan);
  return plan === state.plan ? state : { ...state, plan };
}

/**
 * Afronden: refused (same object) unless all 12 are answered and the analysis
 * was seen. Choosing it again later just goes back to done.
 */
export function finish(state: AssessmentState): AssessmentState {
  if (!allAnswered(state.answers) || !state.analysisSeen) return state;
  if (state.finished && state.screen === 'done' && state.reached === 'done') return state;
  return { ...state, finished: true, screen: 'done', reached: 'done' };
}
