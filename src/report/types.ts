/**
 * Shapes of the team report's core: what a source (a Moodle download or an
 * LRS) says about each attempt, and the aggregates the report shows. Only
 * ReportData leaves the core, and it holds counts, never a person.
 */
import type { PillarId, StatementId } from '../content/types.js';
import type { AnswerValue } from '../model/scoring.js';
import type { Excluded } from './comparison-types.js';

/** The Moodle downloads the report reads, and an LRS. */
export type SourceKind = 'interactions' | 'basic' | 'objectives' | 'gradebook' | 'completion' | 'lrs';

/**
 * What one attempt shows. `completed`: the learner answered all twelve
 * statements (Moodle: the package wrote its score; LRS: a completed
 * statement). `not-completed`: not completed, and the source cannot tell
 * whether the learner started (gradebook "-", completion "Not completed").
 */
export type AttemptStatus = 'completed' | 'in-progress' | 'not-started' | 'not-completed';

/** Why an attempt's answers cannot be used, although the source has answer columns. */
export type AnswerProblem = 'unreadable' | 'unmapped';

/** Who an attempt belongs to: only used to group rows in memory, never reported. */
export interface LearnerIdentity {
  email?: string;
  name?: string;
  /** An LRS actor's identifier (mbox, account …). */
  actor?: string;
}

export interface AttemptRecord {
  identity: LearnerIdentity;
  status: AttemptStatus;
  /** Orders a learner's attempts: Moodle's attempt number, an LRS's completion time. */
  order: number;
  /** The twelve answers when the source has them and they are all there. */
  answers?: Readonly<Record<StatementId, AnswerValue>>;
  /** Set when the source has answer columns but this attempt's answers cannot be used. */
  problem?: AnswerProblem;
  /** When the attempt started: Moodle's "Started on" as local wall time (2026-11-29T22:59), an LRS attempt's first statement (ISO, UTC). */
  startedAt?: string;
  /** LRS: the time of the attempt's `completed` statement (ISO, UTC). */
  completedAt?: string;
  /** LRS: the attempt's registration. */
  registration?: string;
}

/** Remarks about how a source was read, shown on the report. */
export type SourceNote = 'mapped-by-order' | 'objectives-empty' | 'no-answers';

/** One file (or LRS) read. */
export interface SourceResult {
  /** File name, or the LRS endpoint and activity. */
  label: string;
  kind: SourceKind;
  /** Data rows read (attempt rows; statements for an LRS). */
  rows: number;
  /** Whether this kind of source holds answers at all. */
  hasAnswers: boolean;
  /** Whether a learner without an attempt shows up (Moodle's SCORM reports with "all users"). */
  showsNotStarted: boolean;
  notes: SourceNote[];
  records: AttemptRecord[];
}

/** A file that is not what the report reads: the message names the file and what was expected. */
export class ReportInputError extends Error {
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(message);
    this.name = 'ReportInputError';
  }
}

export type SkipReason =
  | 'earlier-attempt'
  | 'unfinished'
  | 'no-answers'
  | 'unreadable'
  | 'unmapped'
  /** Comparison of first and latest attempt: a learner with one completed attempt. */
  | 'single-attempt'
  /** Comparison by date: an attempt without a readable start (or completion) time. */
  | 'undated';

export interface Participation {
  learners: number;
  completed: number;
  inProgress: number;
  /** null: no source can show learners who never started. */
  notStarted: number | null;
  /** Not completed, and not known whether started. */
  notCompleted: number;
}

/** The score bands of a pillar's distribution: 0–24, 25–49, 50–74, 75–100. */
export const SCORE_BANDS: ReadonlyArray<readonly [from: number, to: number]> = [
  [0, 24],
  [25, 49],
  [50, 74],
  [75, 100],
];

export interface PillarFigures {
  pillar: PillarId;
  /** Learners with answers. */
  total: number;
  mean: number;
  median: number;
  /** Learners per SCORE_BANDS band. */
  distribution: number[];
  /** Learners with at least one answer of 1 or 2 in this pillar. */
  attention: number;
}

export interface StatementFigures {
  statement: StatementId;
  total: number;
  /** Learners per answer value 1 (helemaal oneens) … 4 (helemaal eens). */
  counts: [number, number, number, number];
  /** counts[0] + counts[1]. */
  disagree: number;
}

export interface ReportData {
  /** Where the figures come from (file names or the LRS); never a person. */
  sources: ReadonlyArray<{ label: string; kind: SourceKind; rows: number }>;
  participation: Participation;
  /** Learners whose answers the figures use. */
  analysed: number;
  skipped: ReadonlyArray<{ reason: SkipReason; count: number }>;
  notes: SourceNote[];
  minGroup: number;
  /** Per pillar in contract order; empty without answers. */
  pillars: PillarFigures[];
  /** Sorted by share of disagreement; empty when withheld or without answers. */
  statements: StatementFigures[];
  /** Per-statement figures withheld because analysed < minGroup. */
  withheld: boolean;
  /** The pillar that most needs attention, or null when none does. */
  focus: PillarId | null;
  /** Rows left out before counting (teachers recognised by the gradebook, rows the coordinator named); counts only. */
  excluded: Excluded[];
  /** ISO time the report was made (set by the command line). */
  generatedAt?: string;
}

export const DEFAULT_MIN_GROUP = 5;
