import { PILLAR_IDS, type PillarId } from '../../src/content/types.js';
import type { EarlierProfile, HistorySource } from '../../src/model/history.js';
import { STATEMENT_IDS, answerValue, pillarScore } from '../../src/model/scoring.js';
import { answersFromValues } from './answers.js';

/** An earlier completed profile from answer values (1–4) in contract order, its scores by the contract's formula. */
export function earlierProfile(values: readonly number[], source: HistorySource, completedAt = '2026-03-12T10:30:00.000Z'): EarlierProfile {
  const answers = answersFromValues(values);
  const scores = Object.fromEntries(PILLAR_IDS.map((pillar) => [pillar, pillarScore(answers, pillar)!])) as Record<PillarId, number>;
  return {
    source,
    profile: {
      attempt: 'earlier-attempt',
      completedAt,
      answers: Object.fromEntries(STATEMENT_IDS.map((id) => [id, answerValue(answers[id]!)])) as EarlierProfile['profile']['answers'],
      scores,
    },
  };
}

/** The long date a learner reads for an ISO time, computed apart from the code under test. */
export function longDate(iso: string, language: 'nl' | 'en' = 'nl'): string {
  const locale = language === 'nl' ? 'nl-NL' : 'en-GB';
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
}
