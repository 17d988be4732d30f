/**
 * When the answers go to the LMS or LRS (docs/tracking.md): once step 2 is
 * complete, all twelve at once, and from then on each answer that changed.
 * Both trackers report by this rule: SCORM as interactions, xAPI as
 * `answered` statements.
 */
import type { AnswerId, StatementId } from '../content/types.js';
import { STATEMENT_IDS, allAnswered } from './scoring.js';
import type { AssessmentState } from './state.js';
import type { Reported } from './suspend-data.js';

export interface AnswerReport {
  statement: StatementId;
  answer: AnswerId;
}

/** Step 2 is complete (all twelve statements answered, the analysis shown): from then on the answers are reported. */
export function answersDue(state: AssessmentState): boolean {
  return state.analysisSeen && allAnswered(state.answers);
}

/** The answers of `state` not reported as they are, in contract order; none before step 2 is complete. */
export function answersToReport(state: AssessmentState, reported: Reported): AnswerReport[] {
  if (!answersDue(state)) return [];
  return STATEMENT_IDS.flatMap((statement) => {
    const answer = state.answers[statement];
    return answer === undefined || reported[statement] === answer ? [] : [{ statement, answer }];
  });
}
