import type { AnswerId, StatementId } from '../../src/content/types.js';
import type { AssessmentState } from '../../src/model/state.js';
import { STATEMENT_IDS } from '../../src/model/scoring.js';
import { encodeSuspendDataNow } from '../../src/model/suspend-data.js';
import { initialState } from '../../src/model/transitions.js';

/** A state with every statement answered the same way, all screens reached. */
export function completedState(answer: AnswerId = 'eens', changes: Partial<AssessmentState> = {}): AssessmentState {
  const answers: Partial<Record<StatementId, AnswerId>> = {};
  for (const id of STATEMENT_IDS) answers[id] = answer;
  return {
    ...initialState(),
    screen: 'plan',
    reached: 'plan',
    videoWatched: true,
    analysisSeen: true,
    answers,
    ...changes,
  };
}

/** Whether two states hold the same for the learner: the same as suspend_data writes them (save stamp left out). */
export function sameState(a: AssessmentState, b: AssessmentState): boolean {
  return encodeSuspendDataNow(a, {}) === encodeSuspendDataNow(b, {});
}
