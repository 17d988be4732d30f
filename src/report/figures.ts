/**
 * The team's aggregates from the learners' answers, with the contract's own
 * functions: pillar score = round((sum − 4) / 12 × 100), needs attention =
 * at least one answer of 1 or 2 (src/model/scoring.ts).
 */
import { PILLAR_IDS, type PillarId } from '../content/types.js';
import { answerFromValue, needsAttention, pillarScore, STATEMENT_IDS, type Answers } from '../model/scoring.js';
import type { AnswerSet } from './learners.js';
import { SCORE_BANDS, type PillarFigures, type StatementFigures } from './types.js';

export function toAnswers(set: AnswerSet): Answers {
  const answers: Answers = {};
  for (const id of STATEMENT_IDS) answers[id] = answerFromValue(set[id]);
  return answers;
}

export function pillarFigures(sets: readonly AnswerSet[]): PillarFigures[] {
  if (sets.length === 0) return [];
  const learners = sets.map(toAnswers);
  return PILLAR_IDS.map((pillar) => {
    const scores = learners.map((answers) => pillarScore(answers, pillar) ?? 0);
    return {
      pillar,
      total: scores.length,
      mean: scores.reduce((sum, s) => sum + s, 0) / scores.length,
      median: median(scores),
      distribution: SCORE_BANDS.map(([from, to]) => scores.filter((s) => s >= from && s <= to).length),
      attention: learners.filter((answers) => needsAttention(answers, pillar)).length,
    };
  });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Per statement the number of learners per answer, most disagreement first;
 * ties: more "helemaal oneens" first, then contract order.
 */
export function statementFigures(sets: readonly AnswerSet[]): StatementFigures[] {
  return statementCounts(sets).sort(
    (a, b) =>
      b.disagree - a.disagree || b.counts[0] - a.counts[0] || STATEMENT_IDS.indexOf(a.statement) - STATEMENT_IDS.indexOf(b.statement),
  );
}

/** Per statement the number of learners per answer, in contract order. */
export function statementCounts(sets: readonly AnswerSet[]): StatementFigures[] {
  if (sets.length === 0) return [];
  return STATEMENT_IDS.map((statement) => {
    const counts: [number, number, number, number] = [0, 0, 0, 0];
    for (const set of sets) counts[set[statement] - 1]++;
    return { statement, total: sets.length, counts, disagree: counts[0] + counts[1] };
  });
}

/** The pillar needing attention for the most learners (ties: lower mean, then contract order); null if none. */
export function focusPillar(pillars: readonly PillarFigures[]): PillarId | null {
  const ranked = [...pillars].sort(
    (a, b) => b.attention - a.attention || a.mean - b.mean || PILLAR_IDS.indexOf(a.pillar) - PILLAR_IDS.indexOf(b.pillar),
  );
  const first = ranked[0];
  return first && first.attention > 0 ? first.pillar : null;
}
