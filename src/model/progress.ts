/**
 * Where the learner may go and how far they are: the stepper's statuses, the
 * messages for a refused "Volgende", completion and the share of steps done.
 */
import { SCREEN_IDS, type AssessmentState, type ScreenId } from './state.js';
import { allAnswered } from './scoring.js';

/** The four numbered steps (1–4) the stepper shows between intro and done. */
export const STEP_SCREENS = ['video', 'statements', 'analysis', 'plan'] as const;
export type StepScreen = (typeof STEP_SCREENS)[number];

/**
 * Why a screen cannot be visited: the first unmet requirement of a screen
 * before it. The first two are the messages the learner sees when "Volgende"
 * is refused; 'not-finished' means only Afronden leads to done; 'not-reached'
 * is a jump past the next screen when no requirement is unmet.
 */
export type Blocker = 'video-not-watched' | 'statements-unanswered' | 'not-finished' | 'not-reached';

export type StepStatus = 'done' | 'current' | 'available' | 'locked';

export function screenIndex(screen: ScreenId): number {
  return SCREEN_IDS.indexOf(screen);
}

/** What blocks leaving a screen forwards, or null when the learner may go on. */
function leaveBlocker(state: AssessmentState, screen: ScreenId): Blocker | null {
  switch (screen) {
    case 'video':
      return state.videoWatched ? null : 'video-not-watched';
    case 'statements':
      return allAnswered(state.answers) ? null : 'statements-unanswered';
    case 'plan':
      return state.finished ? null : 'not-finished';
    default:
      return null;
  }
}

/**
 * null when the screen can be visited, else the reason. Any screen up to
 * `reached` can be visited; so can the one just after `reached` (from wherever
 * the learner is) when no screen before it blocks. Nothing further.
 */
export function blockerFor(state: AssessmentState, screen: ScreenId): Blocker | null {
  const target = screenIndex(screen);
  const frontier = screenIndex(state.reached);
  if (target <= frontier) return null;
  for (const before of SCREEN_IDS.slice(0, target)) {
    const blocker = leaveBlocker(state, before);
    if (blocker !== null) return blocker;
  }
  return target === frontier + 1 ? null : 'not-reached';
}

export function canVisit(state: AssessmentState, screen: ScreenId): boolean {
  return blockerFor(state, screen) === null;
}

/** The contract's completion: all 12 answered, analysis shown, Afronden chosen. */
export function isComplete(state: AssessmentState): boolean {
  return allAnswered(state.answers) && state.analysisSeen && state.finished;
}

/** Whether the work of a screen is done (intro: the learner has moved on). */
function isScreenDone(state: AssessmentState, screen: ScreenId): boolean {
  switch (screen) {
    case 'intro':
      return screenIndex(state.reached) > screenIndex('intro');
    case 'video':
      return state.videoWatched;
    case 'statements':
      return allAnswered(state.answers);
    case 'analysis':
      return state.analysisSeen;
    case 'plan':
    case 'done':
      return state.finished;
  }
}

/** Share 0..1 of the four steps done, rounded to 2 decimals (SCORM 2004 progress_measure). */
export function progressMeasure(state: AssessmentState): number {
  const done = STEP_SCREENS.filter((screen) => isScreenDone(state, screen)).length;
  return Math.round((done / STEP_SCREENS.length) * 100) / 100;
}

/**
 * For the stepper. 'current' wins over 'done', so the learner always sees
 * where they are; 'done' and 'available' steps can be visited, 'locked' not.
 */
export function stepStatus(state: AssessmentState, screen: ScreenId): StepStatus {
  if (state.screen === screen) return 'current';
  if (!canVisit(state, screen)) return 'locked';
  return isScreenDone(state, screen) ? 'done' : 'available';
}
