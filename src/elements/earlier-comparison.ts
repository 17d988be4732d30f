/**
 * The learner's earlier completed profile beside this attempt's, per pillar:
 * the scores then and now and whether the pillar needed attention then and
 * needs it now. The earlier attention is derived from the earlier answers with
 * the same rule as today's.
 */
import { format } from '../content/format.js';
import { texts } from '../content/texts.js';
import type { Pillar } from '../content/types.js';
import type { CompletedProfile } from '../model/history.js';
import { STATEMENT_IDS, answerFromValue, needsAttention, pillarScore, type Answers } from '../model/scoring.js';
import { formatLongDate } from './long-date.js';

export interface PillarComparison {
  pillar: Pillar;
  then: number;
  /** Null while not all four statements are answered. */
  now: number | null;
  attentionThen: boolean;
  attentionNow: boolean;
}

/** The earlier profile's answers in today's form; a value that is no answer is left out rather than guessed. */
export function earlierAnswers(profile: CompletedProfile): Answers {
  const answers: Answers = {};
  for (const id of STATEMENT_IDS) {
    const answer = answerFromValue(Number(profile.answers[id]));
    if (answer !== null) answers[id] = answer;
  }
  return answers;
}

export function compareWithEarlier(answers: Answers, profile: CompletedProfile): PillarComparison[] {
  const then = earlierAnswers(profile);
  return texts.assessment.pillars.map((pillar) => ({
    pillar,
    then: profile.scores[pillar.id],
    now: pillarScore(answers, pillar.id),
    attentionThen: needsAttention(then, pillar.id),
    attentionNow: needsAttention(answers, pillar.id),
  }));
}

/** The day the earlier attempt was completed, in the language shown. */
export function earlierDate(profile: CompletedProfile): string {
  return formatLongDate(new Date(profile.completedAt));
}

/** "Toen 42, nu 67 (+25)." */
export function scoresSentence({ then, now }: PillarComparison): string {
  const { analysis } = texts.ui;
  if (now === null) return format(analysis.earlierScoresIncomplete, { then });
  const points = Math.abs(now - then);
  const change =
    now > then ? format(analysis.changeUp, { points }) : now < then ? format(analysis.changeDown, { points }) : analysis.changeNone;
  return format(analysis.earlierScores, { then, now, change });
}

/** "Toen vroeg deze pijler aandacht, nu niet meer." */
export function attentionSentence({ attentionThen, attentionNow }: PillarComparison): string {
  const { analysis } = texts.ui;
  if (attentionThen) return attentionNow ? analysis.attentionThenAndNow : analysis.attentionThenOnly;
  return attentionNow ? analysis.attentionNowOnly : analysis.attentionNeither;
}
