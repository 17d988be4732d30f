/**
 * The figures of a comparison from each moment's learners: a moment as the
 * single report counts it (withheld whole below the minimum group), the
 * changes between two moments, and the paired change of learners present at
 * both, counted without names.
 */
import { PILLAR_IDS, type PillarId } from '../content/types.js';
import { pillarScore } from '../model/scoring.js';
import { notesOf } from './build-report.js';
import type { MomentFigures, PairedFigures, PillarChange, StatementShift, WithheldReason } from './comparison-types.js';
import { focusPillar, pillarFigures, statementCounts, toAnswers } from './figures.js';
import type { AnswerSet, Combined } from './learners.js';
import type { SourceResult } from './types.js';

export function momentFigures(label: string, sources: readonly SourceResult[], combined: Combined, minGroup: number): MomentFigures {
  const analysed = combined.answers.length;
  const withheld = withheldFor(analysed, minGroup);
  const pillars = withheld ? [] : pillarFigures(combined.answers);
  return {
    label,
    sources: sources.map(({ label: source, kind, rows }) => ({ label: source, kind, rows })),
    participation: combined.participation,
    analysed,
    skipped: combined.skipped,
    notes: notesOf(sources),
    pillars,
    statements: withheld ? [] : statementCounts(combined.answers),
    withheld,
    focus: focusPillar(pillars),
  };
}

function withheldFor(count: number, minGroup: number): WithheldReason | null {
  if (count === 0) return 'no-answers';
  return count < minGroup ? 'below-min-group' : null;
}

function comparable(then: MomentFigures, now: MomentFigures): boolean {
  return then.withheld === null && now.withheld === null;
}

/*
 * A change is the difference of the two figures as the report shows them (means and medians to
 * one decimal, shares in whole percent), so "61,3 → 73,7" reads "+12,4", never "+12,3".
 */
const asShown = (value: number) => Math.round(value * 10) / 10;
const wholePercent = (count: number, total: number) => Math.round((count * 100) / total);

export function pillarChanges(then: MomentFigures, now: MomentFigures): PillarChange[] {
  if (!comparable(then, now)) return [];
  return PILLAR_IDS.map((pillar) => {
    const before = then.pillars.find((p) => p.pillar === pillar);
    const after = now.pillars.find((p) => p.pillar === pillar);
    if (!before || !after) return { pillar, mean: null, median: null, attentionShare: null };
    return {
      pillar,
      mean: asShown(after.mean) - asShown(before.mean),
      median: asShown(after.median) - asShown(before.median),
      attentionShare: wholePercent(after.attention, after.total) - wholePercent(before.attention, before.total),
    };
  });
}

export function statementShifts(then: MomentFigures, now: MomentFigures): StatementShift[] {
  if (!comparable(then, now)) return [];
  return then.statements.map((before, i) => {
    const after = now.statements[i];
    const shares = (counts: readonly number[], total: number) => counts.map((c) => (c * 100) / total) as [number, number, number, number];
    return {
      statement: before.statement,
      then: shares(before.counts, before.total),
      now: shares(after.counts, after.total),
      disagree: wholePercent(after.disagree, after.total) - wholePercent(before.disagree, before.total),
    };
  });
}

/** The pillar whose mean changed most, either way (ties: contract order); null when nothing is compared. */
export function mostChangedPillar(changes: readonly PillarChange[]): PillarId | null {
  let best: PillarChange | null = null;
  for (const change of changes) {
    if (change.mean !== null && (best === null || Math.abs(change.mean) > Math.abs(best.mean ?? 0))) best = change;
  }
  return best?.pillar ?? null;
}

/** Per pillar how many of the paired learners scored higher, the same or lower now. */
export function pairedFigures(pairs: ReadonlyArray<readonly [AnswerSet, AnswerSet]>, minGroup: number): PairedFigures {
  const withheld = withheldFor(pairs.length, minGroup);
  if (withheld) return { learners: pairs.length, withheld, pillars: [] };
  const scored = pairs.map(([then, now]) => [toAnswers(then), toAnswers(now)] as const);
  return {
    learners: pairs.length,
    withheld: null,
    pillars: PILLAR_IDS.map((pillar) => {
      const counts = { pillar, improved: 0, stayed: 0, declined: 0 };
      for (const [then, now] of scored) {
        const change = (pillarScore(now, pillar) ?? 0) - (pillarScore(then, pillar) ?? 0);
        if (change > 0) counts.improved++;
        else if (change < 0) counts.declined++;
        else counts.stayed++;
      }
      return counts;
    }),
  };
}
