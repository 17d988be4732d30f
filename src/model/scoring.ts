/**
 * Answers and scores as fixed by the tracking contract (docs/tracking.md): the twelve
 * statement ids, the value of each answer and the 0–100 scores coordinators
 * see in their reports. Works on ids only.
 */
import { ANSWER_IDS, PILLAR_IDS, type AnswerId, type PillarId, type StatementId } from '../content/types.js';

export type Answers = Partial<Record<StatementId, AnswerId>>;
export type AnswerValue = 1 | 2 | 3 | 4;

const STATEMENT_NUMBERS = [1, 2, 3, 4] as const;

/** The twelve statements in contract (seed) order. */
export const STATEMENT_IDS: readonly StatementId[] = PILLAR_IDS.flatMap((pillar) =>
  STATEMENT_NUMBERS.map((n): StatementId => `${pillar}_${n}`),
);

const PILLAR_OF = new Map<string, PillarId>(
  PILLAR_IDS.flatMap((pillar) => STATEMENT_NUMBERS.map((n) => [`${pillar}_${n}`, pillar] as const)),
);

export function isStatementId(value: unknown): value is StatementId {
  return typeof value === 'string' && PILLAR_OF.has(value);
}

export function isAnswerId(value: unknown): value is AnswerId {
  return typeof value === 'string' && (ANSWER_IDS as readonly string[]).includes(value);
}

/** The four statements of a pillar, in order. */
export function statementIdsOf(pillar: PillarId): readonly StatementId[] {
  return STATEMENT_NUMBERS.map((n): StatementId => `${pillar}_${n}`);
}

export function pillarOf(statementId: StatementId): PillarId {
  const pillar = PILLAR_OF.get(statementId);
  if (pillar === undefined) throw new RangeError(`Unknown statement id: ${statementId}`);
  return pillar;
}

/** helemaal_oneens 1, oneens 2, eens 3, helemaal_eens 4. */
export function answerValue(answer: AnswerId): AnswerValue {
  return (ANSWER_IDS.indexOf(answer) + 1) as AnswerValue;
}

/** The answer with this value; null for anything but 1–4 (e.g. a digit read back from an LMS). */
export function answerFromValue(value: AnswerValue): AnswerId;
export function answerFromValue(value: number): AnswerId | null;
export function answerFromValue(value: number): AnswerId | null {
  return Number.isInteger(value) && value >= 1 && value <= 4 ? ANSWER_IDS[value - 1] : null;
}

/** (helemaal) oneens: value 1 or 2. */
export function isDisagreement(answer: AnswerId): boolean {
  return answerValue(answer) <= 2;
}

export function answeredCount(answers: Answers): number {
  return STATEMENT_IDS.filter((id) => answers[id] !== undefined).length;
}

/** The first statement in contract order without an answer, or null when all are answered. */
export function firstUnanswered(answers: Answers): StatementId | null {
  return STATEMENT_IDS.find((id) => answers[id] === undefined) ?? null;
}

export function allAnswered(answers: Answers): boolean {
  return firstUnanswered(answers) === null;
}

/**
 * round((sum − min) / (max − min) × 100) over the given statements, or null
 * unless all are answered. The numerator is multiplied first so the division
 * is the only inexact step. Math.round rounds .5 up, but no tie can occur: a
 * pillar score is 25k/3 and the overall score 25k/9 for an integer k, whose
 * fractional parts are thirds and ninths, never halves.
 */
function scaledScore(answers: Answers, ids: readonly StatementId[]): number | null {
  let sum = 0;
  for (const id of ids) {
    const answer = answers[id];
    if (answer === undefined) return null;
    sum += answerValue(answer);
  }
  const min = ids.length;
  const range = ids.length * 3;
  return Math.round(((sum - min) * 100) / range);
}

/** round((sum of its 4 values − 4) / 12 × 100); null unless all 4 are answered. */
export function pillarScore(answers: Answers, pillar: PillarId): number | null {
  return scaledScore(answers, statementIdsOf(pillar));
}

/** round((sum of all 12 values − 12) / 36 × 100); null unless all 12 are answered. */
export function overallScore(answers: Answers): number | null {
  return scaledScore(answers, STATEMENT_IDS);
}

/** The statements of a pillar answered with (helemaal) oneens, in order. */
export function disagreedStatements(answers: Answers, pillar: PillarId): StatementId[] {
  return statementIdsOf(pillar).filter((id) => {
    const answer = answers[id];
    return answer !== undefined && isDisagreement(answer);
  });
}

/** At least one answer of value 1 or 2 in the pillar (answered statements only). */
export function needsAttention(answers: Answers, pillar: PillarId): boolean {
  return disagreedStatements(answers, pillar).length > 0;
}
