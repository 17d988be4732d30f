/**
 * Shapes of the report's comparison of two moments ("then" and "now"): the
 * same team (or activity) before and after, from one Moodle download with
 * several attempts per learner, two sets of downloads, or an LRS. Like
 * ReportData, a ComparisonData holds counts only, never a person.
 */
import type { PillarId, StatementId } from '../content/types.js';
import type { Participation, PillarFigures, SkipReason, SourceKind, SourceNote, StatementFigures } from './types.js';

/** How the two moments were chosen. */
export type ComparisonMode =
  /** One download (or LRS): each learner's first completed attempt against their latest; only learners with both. */
  | { kind: 'first-latest' }
  /** One download (or LRS): attempts started (Moodle) or completed (LRS) before `date` against those on or after it. */
  | { kind: 'date'; date: string }
  /** Two sets of downloads, or two sets of LRS registrations, labelled by the coordinator. */
  | { kind: 'sets' }
  /** LRS: completions in two date ranges (ISO dates, inclusive). */
  | { kind: 'ranges'; ranges: readonly [DateRange, DateRange] };

export interface DateRange {
  from: string;
  to: string;
}

/** Why a moment's or the paired group's figures are left out. */
export type WithheldReason = 'below-min-group' | 'no-answers';

/** One moment's figures, as the single report has them. */
export interface MomentFigures {
  /** The coordinator's label ("Nulmeting", "Na de training") or one the mode gives (first/latest, before/after a date). */
  label: string;
  /** Where this moment's figures come from; never a person. */
  sources: ReadonlyArray<{ label: string; kind: SourceKind; rows: number }>;
  participation: Participation;
  /** Learners whose answers this moment uses. */
  analysed: number;
  skipped: ReadonlyArray<{ reason: SkipReason; count: number }>;
  notes: SourceNote[];
  /** Empty when withheld. */
  pillars: PillarFigures[];
  /** In contract order (not sorted), so then and now line up; empty when withheld. */
  statements: StatementFigures[];
  withheld: WithheldReason | null;
  focus: PillarId | null;
}

/** A pillar then and now; null fields: a moment is withheld. */
export interface PillarChange {
  pillar: PillarId;
  /** now.mean − then.mean, in score points. */
  mean: number | null;
  median: number | null;
  /** Share needing attention now − then, in percentage points. */
  attentionShare: number | null;
}

/** A statement's answers then and now, shares in percent of each moment's learners. */
export interface StatementShift {
  statement: StatementId;
  /** Percent per answer 1…4, then and now. */
  then: [number, number, number, number];
  now: [number, number, number, number];
  /** Share of (helemaal) oneens now − then, in percentage points. */
  disagree: number;
}

/** Learners present at both moments, matched in memory and counted without names. */
export interface PairedFigures {
  learners: number;
  withheld: WithheldReason | null;
  /** Per pillar: how many scored higher, the same, lower now; empty when withheld. */
  pillars: ReadonlyArray<{ pillar: PillarId; improved: number; stayed: number; declined: number }>;
}

/** Rows left out before counting, with how they were recognised. */
export interface Excluded {
  /**
   * 'not-a-learner': listed as "Not attempted" in a SCORM report but absent from the gradebook
   * export given with it (Moodle grades students only; an enrolled teacher is listed in every
   * SCORM report). 'left-out': the coordinator named them.
   */
  reason: 'not-a-learner' | 'left-out';
  count: number;
}

export interface ComparisonData {
  mode: ComparisonMode;
  minGroup: number;
  then: MomentFigures;
  now: MomentFigures;
  /** In contract order; empty when either moment is withheld. */
  pillarChanges: PillarChange[];
  /** In contract order; empty when either moment is withheld. */
  statementShifts: StatementShift[];
  paired: PairedFigures;
  excluded: Excluded[];
  /** The pillar whose mean changed most (either way), or null when nothing can be compared. */
  mostChanged: PillarId | null;
  /** The pillar that needs attention most now (as ReportData.focus). */
  focusNow: PillarId | null;
  /** ISO time the comparison was made (set by the command line). */
  generatedAt?: string;
}
