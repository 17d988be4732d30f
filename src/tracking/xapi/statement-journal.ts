import type { Statement } from '@xapi/xapi';
import { config } from '../../content/config.js';
import { PILLAR_IDS, type PillarId } from '../../content/types.js';
import { isComplete } from '../../model/progress.js';
import { answersDue, answersToReport } from '../../model/reporting.js';
import { allAnswered, overallScore, pillarScore } from '../../model/scoring.js';
import type { AssessmentState } from '../../model/state.js';
import type { Reported } from '../../model/suspend-data.js';
import {
  answeredStatement,
  completedStatement,
  overallScoredStatement,
  pillarScoredStatement,
  videoExperiencedStatement,
  type StatementContext,
} from './statements.js';

/**
 * What the xAPI tracker has told the LRS about the attempt, and so which
 * statements a change calls for: the animation watched; each answer once step
 * 2 is done, then each change; each score whenever it changes from then on;
 * completion once. The SCORM tracker's InteractionJournal is its counterpart.
 */
export class StatementJournal {
  #reported: Reported = {};
  readonly #reportedScores = new Map<PillarId | 'overall', number>();
  #completed = false;

  /** The answers reported so far, as suspend_data keeps them. */
  get reported(): Reported {
    return this.#reported;
  }

  /** Continues an attempt saved elsewhere (the LRS, the browser copy, another tab): what it had reported. */
  continueFrom(state: AssessmentState, reported: Reported): void {
    this.#reported = { ...reported };
    this.#reportedScores.clear();
    if (state.analysisSeen && allAnswered(this.#reported)) {
      for (const pillar of PILLAR_IDS) {
        const score = pillarScore(this.#reported, pillar);
        if (score !== null) this.#reportedScores.set(pillar, score);
      }
      const overall = overallScore(this.#reported);
      if (overall !== null) this.#reportedScores.set('overall', overall);
    }
    this.#completed = isComplete(state);
  }

  /** The statements the change from `previous` to `state` calls for, in order; they count as reported. */
  statementsFor(state: AssessmentState, previous: AssessmentState, context: StatementContext, elapsedMs: number): Statement[] {
    const statements: Statement[] = [];
    if (state.videoWatched && !previous.videoWatched) {
      statements.push(videoExperiencedStatement(context, config.video.watchUrl));
    }
    for (const { statement, answer } of answersToReport(state, this.#reported)) {
      statements.push(answeredStatement(context, statement, answer));
      this.#reported[statement] = answer;
    }
    if (answersDue(state)) {
      for (const pillar of PILLAR_IDS) {
        const score = pillarScore(state.answers, pillar);
        if (score !== null && this.#reportedScores.get(pillar) !== score) {
          const scored = pillarScoredStatement(context, pillar, state.answers);
          if (scored) statements.push(scored);
          this.#reportedScores.set(pillar, score);
        }
      }
      const overall = overallScore(state.answers);
      if (overall !== null && this.#reportedScores.get('overall') !== overall) {
        const scored = overallScoredStatement(context, state.answers);
        if (scored) statements.push(scored);
        this.#reportedScores.set('overall', overall);
      }
    }
    if (!this.#completed && isComplete(state)) {
      this.#completed = true;
      statements.push(completedStatement(context, elapsedMs, state.answers));
    }
    return statements;
  }
}
