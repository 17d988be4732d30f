/**
 * From attempt records of one or more sources to learners: rows of the same
 * learner are grouped (by e-mail, else by name, else by LRS actor), the same
 * attempt read from several files (one report in three formats) counts once,
 * and of each learner the latest completed attempt is used. Every attempt
 * that is not used is counted with its reason.
 */
import type { StatementId } from '../content/types.js';
import type { AnswerValue } from '../model/scoring.js';
import type { AttemptRecord, AttemptStatus, LearnerIdentity, Participation, SkipReason, SourceKind, SourceResult } from './types.js';

export type AnswerSet = Readonly<Record<StatementId, AnswerValue>>;

export interface Learner {
  identity: LearnerIdentity;
  statuses: Set<AttemptStatus>;
  /** Attempts from sources with answers, by attempt order. */
  attempts: Map<number, AttemptRecord>;
  /** The kinds of source the learner appears in. */
  kinds: Set<SourceKind>;
}

/** One learner as a moment sees them: their status then, and the attempts of that moment. */
export interface LearnerView {
  learner: Learner;
  status: AttemptStatus;
  attempts: readonly AttemptRecord[];
}

export interface Combined {
  participation: Participation;
  answers: AnswerSet[];
  /** Each counted learner's answers, to pair learners across moments in memory. */
  byLearner: Map<Learner, AnswerSet>;
  skipped: Array<{ reason: SkipReason; count: number }>;
}

const PRECEDENCE: readonly AttemptStatus[] = ['completed', 'in-progress', 'not-started', 'not-completed'];
const SKIP_ORDER: readonly SkipReason[] = [
  'single-attempt',
  'undated',
  'earlier-attempt',
  'unfinished',
  'no-answers',
  'unreadable',
  'unmapped',
];

/** The learners of the sources, each with every attempt the sources show. */
export function learnersOf(sources: readonly SourceResult[], registry = new Registry()): Learner[] {
  const found = new Set<Learner>();
  for (const source of sources) {
    for (const record of source.records) {
      const learner = registry.find(record.identity);
      found.add(learner);
      learner.statuses.add(record.status);
      learner.kinds.add(source.kind);
      if (source.hasAnswers && record.status !== 'not-started' && record.status !== 'not-completed') {
        const known = learner.attempts.get(record.order);
        if (!known || (!known.answers && record.answers)) learner.attempts.set(record.order, record);
      }
    }
  }
  return [...found];
}

/** The single report's view: every attempt, the status the sources show. */
export function wholeView(learner: Learner): LearnerView {
  return { learner, status: PRECEDENCE.find((s) => learner.statuses.has(s)) ?? 'not-completed', attempts: [...learner.attempts.values()] };
}

export function combine(sources: readonly SourceResult[]): Combined {
  return tally(learnersOf(sources).map(wholeView), showsNotStarted(sources));
}

export function showsNotStarted(sources: readonly SourceResult[]): boolean {
  return sources.some((s) => s.showsNotStarted);
}

/** Counts participation and takes each learner's latest completed attempt of the view. */
export function tally(views: readonly LearnerView[], notStartedShown: boolean, extraSkips: readonly SkipReason[] = []): Combined {
  const counts = new Map<AttemptStatus, number>();
  const skipped = new Map<SkipReason, number>();
  const skip = (reason: SkipReason) => skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
  extraSkips.forEach(skip);
  const answers: AnswerSet[] = [];
  const byLearner = new Map<Learner, AnswerSet>();
  for (const view of views) {
    counts.set(view.status, (counts.get(view.status) ?? 0) + 1);
    const attempts = [...view.attempts].sort((a, b) => b.order - a.order);
    const completed = attempts.filter((a) => a.status === 'completed');
    attempts.filter((a) => a.status !== 'completed').forEach(() => skip('unfinished'));
    completed.slice(1).forEach(() => skip('earlier-attempt'));
    const latest = completed[0];
    if (latest?.answers) {
      answers.push(latest.answers);
      byLearner.set(view.learner, latest.answers);
    } else if (latest) skip(latest.problem ?? 'no-answers');
  }
  return {
    participation: {
      learners: views.length,
      completed: counts.get('completed') ?? 0,
      inProgress: counts.get('in-progress') ?? 0,
      notStarted: notStartedShown ? (counts.get('not-started') ?? 0) : null,
      notCompleted: (counts.get('not-completed') ?? 0) + (notStartedShown ? 0 : (counts.get('not-started') ?? 0)),
    },
    answers,
    byLearner,
    skipped: SKIP_ORDER.filter((r) => skipped.has(r)).map((reason) => ({ reason, count: skipped.get(reason) ?? 0 })),
  };
}

/** Finds a learner by e-mail, then name, then actor; adds what a record tells about them. */
export class Registry {
  readonly learners: Learner[] = [];
  readonly #byKey = new Map<string, Learner>();

  find(identity: LearnerIdentity): Learner {
    const keys = keysOf(identity);
    const learner = keys.map((key) => this.#byKey.get(key)).find((l) => l !== undefined) ?? this.#add();
    // A row with a different e-mail under a known name is another person with the same name.
    if (identity.email && learner.identity.email && identity.email !== learner.identity.email) {
      return this.#index(this.#add(), identity);
    }
    return this.#index(learner, identity);
  }

  #add(): Learner {
    const learner: Learner = { identity: {}, statuses: new Set(), attempts: new Map(), kinds: new Set() };
    this.learners.push(learner);
    return learner;
  }

  #index(learner: Learner, identity: LearnerIdentity): Learner {
    learner.identity = { ...identity, ...learner.identity };
    for (const key of keysOf(learner.identity)) if (!this.#byKey.has(key)) this.#byKey.set(key, learner);
    return learner;
  }
}

function keysOf(identity: LearnerIdentity): string[] {
  return [identity.email && `e:${identity.email}`, identity.name && `n:${identity.name}`, identity.actor && `a:${identity.actor}`].filter(
    (key): key is string => Boolean(key),
  );
}
