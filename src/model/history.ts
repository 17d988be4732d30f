/**
 * A learner's earlier completed profiles, so the analysis can show then and
 * now. One entry per completed attempt: scores, answers and date, never the
 * plan's texts. Where the entries are kept depends on the standard (an LRS
 * agent profile document, or this browser): see docs/tracking.md.
 */
import type { PillarId, StatementId } from '../content/types.js';
import type { AnswerValue } from './scoring.js';

export interface CompletedProfile {
  /** The attempt it belongs to (save stamp attempt, or xAPI/cmi5 registration): an attempt is never compared with itself. */
  attempt: string;
  /** ISO time the learner completed the attempt (chose Afronden). */
  completedAt: string;
  answers: Readonly<Record<StatementId, AnswerValue>>;
  /** Pillar scores 0–100, the contract's formula. */
  scores: Readonly<Record<PillarId, number>>;
}

/** Where an earlier profile was found: the LRS (xAPI, cmi5) or this browser (SCORM, standalone). */
export type HistorySource = 'lrs' | 'browser';

/** The profile the analysis shows beside the current one. */
export interface EarlierProfile {
  profile: CompletedProfile;
  source: HistorySource;
}
