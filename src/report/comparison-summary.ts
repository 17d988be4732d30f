/**
 * The comparison in plain Dutch, for the page and the command line: which
 * pillar changed most, which needs attention most now, and the paired change
 * in one sentence. Withheld figures are named as withheld, never shown.
 */
import { pillarById } from '../content/content.js';
import type { ComparisonData, MomentFigures } from './comparison-types.js';
import { excludedText, NOTE_TEXTS, skipText, teacherNote } from './summary.js';
import { assessment, format, formatNumber, percent, texts } from './texts.js';

const c = texts.comparison;
const pillarName = (id: Parameters<typeof pillarById>[0]) => pillarById(id, assessment).name;

export function comparisonSentences(data: ComparisonData): string[] {
  const sentences: string[] = [];
  const most = data.pillarChanges.find((p) => p.pillar === data.mostChanged);
  const then = data.then.pillars.find((p) => p.pillar === data.mostChanged);
  const now = data.now.pillars.find((p) => p.pillar === data.mostChanged);
  if (most?.mean !== null && most && then && now) {
    const values = { name: pillarName(most.pillar), then: formatNumber(then.mean), now: formatNumber(now.mean) };
    if (formatNumber(then.mean) === formatNumber(now.mean)) sentences.push(c.summaryNoChange);
    else sentences.push(format(most.mean > 0 ? c.summaryRose : c.summaryFell, values));
  }
  if (data.now.withheld === null) {
    const focus = data.now.pillars.find((p) => p.pillar === data.focusNow);
    sentences.push(
      focus
        ? format(c.summaryFocusNow, { name: pillarName(focus.pillar), count: focus.attention, total: focus.total })
        : c.summaryNoFocusNow,
    );
  }
  if (data.paired.withheld === null) {
    const list = data.paired.pillars.map((p) => format(c.summaryPairedItem, { ...p, name: pillarName(p.pillar) })).join('; ');
    sentences.push(format(c.summaryPaired, { count: data.paired.learners, list }));
  }
  return sentences;
}

function momentLines(moment: MomentFigures, minGroup: number): string[] {
  const r = texts.report;
  const p = moment.participation;
  const lines = [
    format(c.momentLine, { label: moment.label, count: moment.analysed }),
    `  ${r.learners}: ${p.learners}, ${r.completed.toLowerCase()}: ${p.completed}, ${r.inProgress.toLowerCase()}: ${p.inProgress}, ` +
      `${r.notStarted.toLowerCase()}: ${p.notStarted ?? r.unknown}`,
    ...moment.skipped.map((s) => `  - ${skipText(s.reason, s.count)}`),
  ];
  if (moment.withheld === 'below-min-group')
    lines.push(format(c.momentWithheld, { label: moment.label, count: moment.analysed, min: minGroup }));
  if (moment.withheld === 'no-answers') lines.push(format(c.momentNoAnswers, { label: moment.label }));
  return lines;
}

const signed = (value: number) => (Math.round(value * 10) === 0 ? '0' : `${value > 0 ? '+' : '−'}${formatNumber(Math.abs(value))}`);
const share = (count: number, total: number) => percent(count, total);

/** The command line's text summary of a comparison. */
export function comparisonTextSummary(data: ComparisonData): string {
  const lines = [format(c.heading, { then: data.then.label, now: data.now.label })];
  lines.push(...momentLines(data.then, data.minGroup), ...momentLines(data.now, data.minGroup));
  lines.push(...data.excluded.map(excludedText));
  const teachers = teacherNote([...data.then.sources, ...data.now.sources], data.excluded);
  if (teachers) lines.push(teachers);
  for (const change of data.pillarChanges) {
    const then = data.then.pillars.find((p) => p.pillar === change.pillar);
    const now = data.now.pillars.find((p) => p.pillar === change.pillar);
    if (!then || !now || change.mean === null || change.median === null || change.attentionShare === null) continue;
    lines.push(
      format(c.pillarLine, {
        name: pillarName(change.pillar),
        then: formatNumber(then.mean),
        now: formatNumber(now.mean),
        change: signed(change.mean),
        medianThen: formatNumber(then.median),
        medianNow: formatNumber(now.median),
        attentionThen: share(then.attention, then.total),
        attentionNow: share(now.attention, now.total),
        attentionChange: signed(change.attentionShare),
      }),
    );
  }
  lines.push(format(c.pairedHeading, { count: data.paired.learners }));
  if (data.paired.withheld === 'below-min-group') lines.push(format(c.pairedWithheld, { count: data.paired.learners, min: data.minGroup }));
  for (const p of data.paired.pillars) lines.push(`  ${format(c.pairedLine, { ...p, name: pillarName(p.pillar) })}`);
  const notes = new Set([...data.then.notes, ...data.now.notes]);
  lines.push(...[...notes].map((note) => NOTE_TEXTS[note]), ...comparisonSentences(data));
  return lines.join('\n');
}
