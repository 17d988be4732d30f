/**
 * Rows that are not the team's learners, left out before counting.
 * An enrolled teacher appears in every SCORM report as "Not attempted";
 * Moodle's gradebook export lists the graded roles (students) only. So when a
 * gradebook export is among the sources, someone listed only as not started
 * in a SCORM report and absent from the gradebook is 'not-a-learner'.
 * Without a gradebook export the coordinator can name rows ('left-out').
 */
import type { Excluded } from './comparison-types.js';
import { Registry, type Learner } from './learners.js';
import type { LearnerIdentity, SourceResult } from './types.js';
import { normalise } from './vocabulary.js';

export type ExcludedReason = Excluded['reason'];

export interface Exclusion {
  kept: Learner[];
  /** The learners left out, by reason, in memory only. */
  left: Map<ExcludedReason, Learner[]>;
}

export function exclude(learners: readonly Learner[], sources: readonly SourceResult[], leaveOut: readonly string[] = []): Exclusion {
  const named = new Set(leaveOut.map(normalise).filter((entry) => entry !== ''));
  const hasGradebook = sources.some((s) => s.kind === 'gradebook');
  const kept: Learner[] = [];
  const left = new Map<ExcludedReason, Learner[]>();
  for (const learner of learners) {
    const reason =
      named.size > 0 && isNamed(learner.identity, named) ? 'left-out' : hasGradebook && isNotALearner(learner) ? 'not-a-learner' : null;
    if (reason) left.set(reason, [...(left.get(reason) ?? []), learner]);
    else kept.push(learner);
  }
  return { kept, left };
}

function isNamed(identity: LearnerIdentity, named: ReadonlySet<string>): boolean {
  return [identity.email, identity.name].some((value) => value !== undefined && named.has(normalise(value)));
}

/** Only ever listed as not started in a SCORM report, and not in the gradebook. */
function isNotALearner(learner: Learner): boolean {
  return !learner.kinds.has('gradebook') && learner.attempts.size === 0 && [...learner.statuses].every((s) => s === 'not-started');
}

/** Counts per reason; the same person left out at two moments counts once. */
export function excludedCounts(exclusions: readonly Exclusion[]): Excluded[] {
  return (['not-a-learner', 'left-out'] as const).flatMap((reason) => {
    const registry = new Registry();
    for (const exclusion of exclusions) for (const learner of exclusion.left.get(reason) ?? []) registry.find(learner.identity);
    return registry.learners.length > 0 ? [{ reason, count: registry.learners.length }] : [];
  });
}
