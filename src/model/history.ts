/**
 * A learner's earlier completed profiles, so the analysis can show then and
 * now. One entry per completed attempt: scores, answers and date, never the
 * plan's texts. Where the entries are kept depends on the standard (an LRS
 * agent profile document, or this browser): see docs/tracking.md.
 */
import { PILLAR_IDS, type AnswerId, type PillarId, type StatementId } from '../content/types.js';
import { isComplete } from './progress.js';
import { STATEMENT_IDS, answerFromValue, answerValue, pillarScore, type AnswerValue } from './scoring.js';
import type { AssessmentState } from './state.js';

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

/** Where one learner's completed profiles of this package are kept (src/persistence/browser-history.ts, src/tracking/xapi/lrs-history.ts). */
export interface LearnerHistory {
  readonly source: HistorySource;
  /** Every profile kept, oldest first; null when they could not be read (an LRS out of reach). */
  read(): Promise<CompletedProfile[] | null>;
  /** Adds the attempt's profile, or replaces the one it had; never throws, and keeps it until it is stored. */
  record(profile: CompletedProfile): void;
  /** Removes everything kept of this learner (the browser's history only). */
  forget?(): void;
}

/** How many completed attempts a history keeps: the latest. */
export const HISTORY_LIMIT = 20;

/** The attempt's profile; null unless the attempt is complete (all answered, analysis seen, Afronden). */
export function completedProfile(state: AssessmentState, attempt: string, completedAt: Date): CompletedProfile | null {
  if (!isComplete(state)) return null;
  return readProfile({
    attempt,
    completedAt: completedAt.toISOString(),
    answers: valuesOf(state.answers),
    scores: scoresOf(state.answers),
  });
}

function valuesOf(answers: AssessmentState['answers']): Partial<Record<StatementId, AnswerValue>> {
  return Object.fromEntries(STATEMENT_IDS.flatMap((id) => (answers[id] ? [[id, answerValue(answers[id])]] : [])));
}

function scoresOf(answers: AssessmentState['answers']): Partial<Record<PillarId, number | null>> {
  return Object.fromEntries(PILLAR_IDS.map((pillar) => [pillar, pillarScore(answers, pillar)]));
}

const time = (profile: CompletedProfile) => Date.parse(profile.completedAt);

/**
 * The history with `profile` in it: one entry per attempt, oldest first, at
 * most `limit` (the oldest go). An attempt already there gets the new answers
 * and scores (changed after Afronden) but keeps the moment it was completed.
 */
export function withProfile(history: readonly CompletedProfile[], profile: CompletedProfile, limit = HISTORY_LIMIT): CompletedProfile[] {
  const known = history.find((entry) => entry.attempt === profile.attempt);
  const entry = known ? { ...profile, completedAt: known.completedAt } : profile;
  const others = history.filter((other) => other.attempt !== profile.attempt);
  return [...others, entry].sort((a, b) => time(a) - time(b)).slice(-limit);
}

/**
 * The profile to show beside attempt `current`: the latest completed one of
 * another attempt, completed before `current` was (when it was: a completed
 * attempt reviewed later is compared with what came before it); null when
 * there is none.
 */
export function earlierProfile(history: readonly CompletedProfile[], current: string): CompletedProfile | null {
  const own = history.find((entry) => entry.attempt === current);
  const before = history.filter((entry) => entry.attempt !== current && (!own || time(entry) < time(own)));
  return before.reduce<CompletedProfile | null>((latest, entry) => (latest && time(latest) >= time(entry) ? latest : entry), null);
}

/** How a history is stored, in the LRS (the agent profile document) and in the browser alike. */
export interface HistoryDocument {
  version: 1;
  attempts: CompletedProfile[];
}

/** The profiles of a stored history document (null: none stored); a document of another version or shape holds none for this package. */
export function attemptsOf(document: unknown): CompletedProfile[] {
  return isRecord(document) && document.version === 1 ? readHistory(document.attempts) : [];
}

/**
 * The stored document with `profiles` added (its other fields kept); null when
 * it belongs to a later version of the package, which is then left alone.
 */
export function withProfiles(document: unknown, profiles: readonly CompletedProfile[]): HistoryDocument | null {
  if (isRecord(document) && typeof document.version === 'number' && document.version > 1) return null;
  const stored = isRecord(document) ? document : {};
  return {
    ...stored,
    version: 1,
    attempts: profiles.reduce((history, profile) => withProfile(history, profile), attemptsOf(document)),
  } as HistoryDocument;
}

/**
 * The entries of a history as read back (JSON from the LRS or the browser),
 * oldest first: each must be a whole, valid profile whose scores follow from
 * its answers; anything else is left out, never repaired.
 */
export function readHistory(value: unknown): CompletedProfile[] {
  if (!Array.isArray(value)) return [];
  const profiles = value.map(readProfile).filter((profile): profile is CompletedProfile => profile !== null);
  return profiles.reduce<CompletedProfile[]>((history, profile) => withProfile(history, profile, Infinity), []);
}

function readProfile(value: unknown): CompletedProfile | null {
  if (!isRecord(value) || !isRecord(value.answers) || !isRecord(value.scores)) return null;
  const { attempt, completedAt } = value;
  if (typeof attempt !== 'string' || attempt === '' || typeof completedAt !== 'string' || Number.isNaN(Date.parse(completedAt)))
    return null;
  const answers = {} as Record<StatementId, AnswerValue>;
  const answerIds: Partial<Record<StatementId, AnswerId>> = {};
  for (const id of STATEMENT_IDS) {
    const raw = value.answers[id];
    const answer = typeof raw === 'number' ? answerFromValue(raw) : null;
    if (answer === null) return null;
    answers[id] = answerValue(answer);
    answerIds[id] = answer;
  }
  const scores = {} as Record<PillarId, number>;
  for (const pillar of PILLAR_IDS) {
    const score = pillarScore(answerIds, pillar);
    if (score === null || value.scores[pillar] !== score) return null;
    scores[pillar] = score;
  }
  return { attempt, completedAt, answers, scores };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
