/**
 * The report's plain-language sentences, shared by the page and the command
 * line's text summary: per pillar how many need attention (most first), the
 * statement most disagreed with (unless withheld), and the focus pillar.
 */
import { pillarById, statementById } from '../content/content.js';
import { assessment, format, formatNumber, texts } from './texts.js';
import type { Excluded } from './comparison-types.js';
import type { ReportData, SkipReason, SourceKind } from './types.js';

export function summarySentences(data: ReportData): string[] {
  const total = data.analysed;
  if (total === 0) return [];
  const withAttention = [...data.pillars].filter((p) => p.attention > 0).sort((a, b) => b.attention - a.attention);
  if (withAttention.length === 0) return [format(texts.report.summaryNone, { total })];
  const sentences = withAttention.map((p) =>
    format(texts.report.summaryPillar, { count: p.attention, total, name: pillarById(p.pillar, assessment).name }),
  );
  const top = data.statements[0];
  if (top && top.disagree > 0) {
    sentences.push(
      format(texts.report.summaryStatement, {
        statement: statementById(top.statement, assessment).statement.text,
        count: top.disagree,
        total,
      }),
    );
  }
  if (data.focus) sentences.push(format(texts.report.summaryFocus, { name: pillarById(data.focus, assessment).name }));
  return sentences;
}

const SKIP_TEXTS: Readonly<Record<SkipReason, string>> = {
  'earlier-attempt': texts.report.skipEarlierAttempt,
  unfinished: texts.report.skipUnfinished,
  'no-answers': texts.report.skipNoAnswers,
  unreadable: texts.report.skipUnreadable,
  unmapped: texts.report.skipUnmapped,
  'single-attempt': texts.comparison.skipSingleAttempt,
  undated: texts.comparison.skipUndated,
};

export function skipText(reason: SkipReason, count: number): string {
  return format(SKIP_TEXTS[reason], { count });
}

export const NOTE_TEXTS = {
  'mapped-by-order': texts.report.noteMappedByOrder,
  'objectives-empty': texts.report.noteObjectivesEmpty,
  'no-answers': texts.report.noteNoAnswers,
} as const;

export function excludedText(excluded: Excluded): string {
  const c = texts.comparison;
  return format(excluded.reason === 'not-a-learner' ? c.excludedNotALearner : c.excludedLeftOut, { count: excluded.count });
}

const SCORM_REPORTS: readonly SourceKind[] = ['interactions', 'basic', 'objectives'];

/**
 * Without a gradebook export a teacher listed "Not attempted" counts as not
 * started; said unless the coordinator left rows out.
 */
export function teacherNote(sources: ReadonlyArray<{ kind: SourceKind }>, excluded: readonly Excluded[]): string | null {
  const kinds = new Set(sources.map((s) => s.kind));
  const unchecked = SCORM_REPORTS.some((k) => kinds.has(k)) && !kinds.has('gradebook') && !excluded.some((e) => e.reason === 'left-out');
  return unchecked ? texts.comparison.teachersNotChecked : null;
}

/** The command line's short text summary. */
export function textSummary(data: ReportData): string {
  const p = data.participation;
  const r = texts.report;
  const lines = [
    `${r.learners}: ${p.learners}`,
    `${r.completed}: ${p.completed}`,
    `${r.inProgress}: ${p.inProgress}`,
    `${r.notStarted}: ${p.notStarted ?? r.unknown}`,
  ];
  if (p.notCompleted > 0) lines.push(`${r.notCompleted}: ${p.notCompleted}`);
  if (data.analysed > 0) lines.push(format(r.analysed, { count: data.analysed }));
  const skipped = data.skipped.reduce((sum, s) => sum + s.count, 0);
  if (skipped > 0) lines.push(format(r.skipped, { count: skipped }), ...data.skipped.map((s) => `  - ${skipText(s.reason, s.count)}`));
  for (const pillar of data.pillars) {
    const name = pillarById(pillar.pillar, assessment).name;
    lines.push(
      `${name}: ${r.mean.toLowerCase()} ${formatNumber(pillar.mean)}, ${r.median.toLowerCase()} ${formatNumber(pillar.median)}, ` +
        `${r.attention.toLowerCase()} ${format(r.attentionValue, { count: pillar.attention, total: pillar.total, percent: Math.round((pillar.attention * 100) / pillar.total) })}`,
    );
  }
  if (data.withheld) lines.push(format(r.statementsWithheld, { count: data.analysed, min: data.minGroup }));
  lines.push(...data.excluded.map(excludedText));
  const teachers = teacherNote(data.sources, data.excluded);
  if (teachers) lines.push(teachers);
  lines.push(...data.notes.map((note) => NOTE_TEXTS[note]), ...summarySentences(data));
  return lines.join('\n');
}
