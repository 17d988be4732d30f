import type { StoredAttempt } from './lms-store.js';
import type { StandardInfo } from './standards.js';

/** The fixed learner the preview LMS launches the package for. */
export const PREVIEW_LEARNER = { id: 'preview-learner', name: 'Learner, Preview' } as const;

/** What the LMS hands the SCO at launch. */
export interface LaunchPlan {
  info: StandardInfo;
  review: boolean;
  entry: string;
  /** Values only the LMS sets: learner, entry, credit, mode, total time. */
  launchValues: Record<string, string>;
  /** Committed values of the attempt being continued (none for a new attempt). */
  restoredValues: Record<string, string>;
  /** The stored attempt this launch continues, if any. */
  continues: StoredAttempt | null;
  /** Things worth telling the developer about this launch. */
  notes: string[];
}

/**
 * Plans a launch the way Moodle 4.5 does: the attempt's committed values are
 * loaded, entry follows the last committed exit, review mode is launched with
 * credit no-credit. SCORM 2004 continues an attempt only after cmi.exit =
 * suspend (or logout); otherwise a new attempt starts.
 */
export function planLaunch(info: StandardInfo, stored: StoredAttempt | null, review: boolean): LaunchPlan {
  const notes: string[] = [];
  let entry = info.entryAfter(stored ? stored.exit : null);
  let continues = stored;
  if (stored && info.standard === 'scorm2004' && entry !== 'resume' && !review) {
    notes.push(
      `The last session committed cmi.exit = "${stored.exit}", not "suspend": SCORM 2004 starts a new attempt, ` +
        'so nothing is restored (the stored attempt can still be opened in review mode).',
    );
    continues = null;
    entry = 'ab-initio';
  }
  const status = continues?.values[info.elements.status];
  if (continues && !review && status !== undefined && info.completedStatuses.includes(status)) {
    notes.push(`${info.elements.status} is "${status}": Moodle would reopen this attempt in review mode.`);
  }
  const { elements } = info;
  return {
    info,
    review,
    entry,
    launchValues: {
      [elements.learnerId]: PREVIEW_LEARNER.id,
      [elements.learnerName]: PREVIEW_LEARNER.name,
      [elements.entry]: entry,
      [elements.credit]: review ? 'no-credit' : 'credit',
      [elements.mode]: review ? 'review' : 'normal',
      [elements.totalTime]: continues?.totalTime ?? info.zeroTime,
    },
    restoredValues: continues ? restorable(info, continues.values) : {},
    continues,
    notes,
  };
}

/** The committed values an LMS hands back: set, textual, and not launch-only or write-only. */
export function restorable(info: StandardInfo, values: Record<string, unknown>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [element, value] of Object.entries(values)) {
    if (typeof value !== 'string' || value === '') continue;
    if (info.notRestored.includes(element)) continue;
    kept[element] = value;
  }
  return kept;
}
