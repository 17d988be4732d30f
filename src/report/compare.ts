/**
 * The team report's comparison of two moments. The moments come from one
 * set of sources (each learner's first against latest completed attempt;
 * attempts before against on or after a date; LRS: two date ranges) or from
 * two sets of sources. Learners are matched across moments by the single
 * report's rules (e-mail, name, actor), in memory only: ComparisonData holds
 * counts, never a person.
 */
import { validMinGroup } from './build-report.js';
import { mostChangedPillar, momentFigures, pairedFigures, pillarChanges, statementShifts } from './comparison-figures.js';
import type { ComparisonData, ComparisonMode, DateRange } from './comparison-types.js';
import { exclude, excludedCounts, type Exclusion } from './exclusions.js';
import { learnersOf, Registry, showsNotStarted, tally, wholeView, type AnswerSet, type Combined, type LearnerView } from './learners.js';
import { format, texts } from './texts.js';
import { DEFAULT_MIN_GROUP, ReportInputError, type AttemptRecord, type SkipReason, type SourceResult } from './types.js';

export interface CompareInput {
  mode: ComparisonMode;
  then: readonly SourceResult[];
  /** Only for mode 'sets'. */
  now?: readonly SourceResult[];
  labels?: readonly [string, string];
  minGroup?: number;
  /** Names or e-mail addresses of rows to leave out, case-insensitive. */
  leaveOut?: readonly string[];
}

interface Moments {
  then: Combined;
  now: Combined;
  pairs: Array<readonly [AnswerSet, AnswerSet]>;
  exclusions: Exclusion[];
}

export function buildComparison(input: CompareInput): ComparisonData {
  const minGroup = validMinGroup(input.minGroup ?? DEFAULT_MIN_GROUP);
  const { mode } = input;
  const nowSources = mode.kind === 'sets' ? (input.now ?? []) : input.then;
  const moments = mode.kind === 'sets' ? twoSets(input.then, nowSources, input.leaveOut) : oneSet(mode, input.then, input.leaveOut);
  const [thenLabel, nowLabel] = input.labels ?? defaultLabels(mode);
  const then = momentFigures(thenLabel, input.then, moments.then, minGroup);
  const now = momentFigures(nowLabel, nowSources, moments.now, minGroup);
  const changes = pillarChanges(then, now);
  return {
    mode,
    minGroup,
    then,
    now,
    pillarChanges: changes,
    statementShifts: statementShifts(then, now),
    paired: pairedFigures(moments.pairs, minGroup),
    excluded: excludedCounts(moments.exclusions),
    mostChanged: mostChangedPillar(changes),
    focusNow: now.focus,
  };
}

/** Each set counted as the single report counts it; learners of both sets paired. */
function twoSets(thenSources: readonly SourceResult[], nowSources: readonly SourceResult[], leaveOut?: readonly string[]): Moments {
  const thenKept = exclude(learnersOf(thenSources), thenSources, leaveOut);
  const nowKept = exclude(learnersOf(nowSources), nowSources, leaveOut);
  const then = tally(thenKept.kept.map(wholeView), showsNotStarted(thenSources));
  const now = tally(nowKept.kept.map(wholeView), showsNotStarted(nowSources));
  const registry = new Registry();
  const earlier = new Map([...then.byLearner].map(([learner, answers]) => [registry.find(learner.identity), answers]));
  const pairs: Array<readonly [AnswerSet, AnswerSet]> = [];
  for (const [learner, answers] of now.byLearner) {
    const before = earlier.get(registry.find(learner.identity));
    if (before) pairs.push([before, answers]);
  }
  return { then, now, pairs, exclusions: [thenKept, nowKept] };
}

function oneSet(mode: Exclude<ComparisonMode, { kind: 'sets' }>, sources: readonly SourceResult[], leaveOut?: readonly string[]): Moments {
  const exclusion = exclude(learnersOf(sources), sources, leaveOut);
  const views = exclusion.kept.map(wholeView);
  const split = mode.kind === 'first-latest' ? firstAndLatest(views) : byTime(views, placer(mode));
  const shown = showsNotStarted(sources);
  const then = tally(split.then, shown, split.skips);
  const now = tally(split.now, shown, split.skips);
  const pairs = [...then.byLearner].flatMap(([learner, answers]) => {
    const later = now.byLearner.get(learner);
    return later ? [[answers, later] as const] : [];
  });
  return { then, now, pairs, exclusions: [exclusion] };
}

interface Split {
  then: LearnerView[];
  now: LearnerView[];
  skips: SkipReason[];
}

/** Everyone in both moments (participation as the single report); answers only of learners with two completed attempts. */
function firstAndLatest(views: readonly LearnerView[]): Split {
  const split: Split = { then: [], now: [], skips: [] };
  for (const view of views) {
    const completed = view.attempts.filter((a) => a.status === 'completed').sort((a, b) => a.order - b.order);
    const both = completed.length >= 2;
    if (completed.length === 1) split.skips.push('single-attempt');
    split.then.push({ ...view, attempts: both ? [completed[0]] : [] });
    split.now.push({ ...view, attempts: both ? [completed[completed.length - 1]] : [] });
  }
  return split;
}

type Place = 'then' | 'now' | 'outside' | 'undated';

/**
 * A learner is in a moment with the attempts of that moment; one who never
 * started is in both; one whose attempts all lie in the other moment is not in this one.
 */
function byTime(views: readonly LearnerView[], place: (record: AttemptRecord) => Place): Split {
  const split: Split = { then: [], now: [], skips: [] };
  for (const view of views) {
    if (view.attempts.length === 0) {
      split.then.push(view);
      split.now.push(view);
      continue;
    }
    const placed = view.attempts.map((attempt) => ({ attempt, place: place(attempt) }));
    placed.filter((p) => p.place === 'undated').forEach(() => split.skips.push('undated'));
    for (const moment of ['then', 'now'] as const) {
      const attempts = placed.filter((p) => p.place === moment).map((p) => p.attempt);
      if (attempts.length === 0) continue;
      const status = attempts.some((a) => a.status === 'completed') ? 'completed' : 'in-progress';
      split[moment].push({ learner: view.learner, status, attempts });
    }
  }
  return split;
}

/** Moodle: when the attempt started; LRS: when it was completed (else started). Dates compared as days. */
function placer(mode: Extract<ComparisonMode, { kind: 'date' | 'ranges' }>): (record: AttemptRecord) => Place {
  const within = (day: string, range: DateRange) => day >= range.from && day <= range.to;
  if (mode.kind === 'date') checkDate(mode.date);
  else for (const range of mode.ranges) checkRange(range);
  return (record) => {
    const day = (record.completedAt ?? record.startedAt)?.slice(0, 10);
    if (!day) return 'undated';
    if (mode.kind === 'date') return day < mode.date ? 'then' : 'now';
    if (within(day, mode.ranges[0])) return 'then';
    return within(day, mode.ranges[1]) ? 'now' : 'outside';
  };
}

/** "2026-06-01", a day that exists. */
function isDay(value: string): boolean {
  const time = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN;
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

function checkDate(date: string): void {
  if (!isDay(date)) throw new ReportInputError(format(texts.errors.compareDate, { value: date }), 'compare');
}

function checkRange(range: DateRange): void {
  if (!isDay(range.from) || !isDay(range.to) || range.from > range.to) {
    throw new ReportInputError(format(texts.errors.compareRange, { value: `${range.from}..${range.to}` }), 'compare');
  }
}

const longDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-06-01" → "1 juni 2026". */
export function dutchDate(date: string): string {
  return longDate.format(new Date(`${date}T00:00:00Z`));
}

/** The moments' labels when the coordinator gives none. */
export function defaultLabels(mode: ComparisonMode): [string, string] {
  const c = texts.comparison;
  switch (mode.kind) {
    case 'first-latest':
      return [c.labelFirst, c.labelLatest];
    case 'date':
      return [format(c.labelBefore, { date: dutchDate(mode.date) }), format(c.labelFrom, { date: dutchDate(mode.date) })];
    case 'sets':
      return [c.labelThen, c.labelNow];
    case 'ranges':
      return mode.ranges.map((r) => format(c.labelRange, { from: dutchDate(r.from), to: dutchDate(r.to) })) as [string, string];
  }
}

/** An LRS source with only the attempts of the given registrations (mode 'sets' by registration lists). */
export function filterRegistrations(source: SourceResult, ids: readonly string[]): SourceResult {
  const wanted = new Set(ids.map((id) => id.trim().toLowerCase()));
  const records = source.records.filter((r) => r.registration !== undefined && wanted.has(r.registration.toLowerCase()));
  return { ...source, records };
}
