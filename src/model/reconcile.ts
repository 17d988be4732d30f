import type { AssessmentState } from './state.js';
import type { Reported } from './suspend-data.js';

/** A saved state as read back from the LMS (or LRS) or from the browser copy. */
export interface SavedState {
  state: AssessmentState;
  reported: Reported;
  /** null: saved before states carried their attempt. */
  attempt: string | null;
  revision: number;
}

export type Resolution =
  /** Nothing saved anywhere, or only a copy of an attempt that is over: a new attempt. */
  | { from: 'fresh' }
  | { from: 'lms'; saved: SavedState; copyConfirmed: boolean }
  /** The browser copy holds changes the LMS never kept: continue from it and write it to the LMS at once. */
  | { from: 'copy'; saved: SavedState; lmsReported: Reported };

/**
 * Decides where a launch continues from. The browser copy is never trusted
 * less than the LMS's word that it saved: it wins whenever it is further
 * along in the same attempt. The LMS wins when it is further along (the
 * learner went on on another device) or holds another attempt; when both
 * hold the same revision, the copy has done its job and may go.
 */
export function reconcile(lms: SavedState | null, copy: SavedState | null): Resolution {
  if (!copy) return lms ? { from: 'lms', saved: lms, copyConfirmed: false } : { from: 'fresh' };
  if (!lms) {
    // An empty LMS and a finished copy: the LMS started a new attempt after the one the copy kept.
    return copy.state.finished ? { from: 'fresh' } : { from: 'copy', saved: copy, lmsReported: {} };
  }
  const sameAttempt = lms.attempt === null || lms.attempt === copy.attempt;
  if (sameAttempt && copy.revision > lms.revision) return { from: 'copy', saved: copy, lmsReported: lms.reported };
  return { from: 'lms', saved: lms, copyConfirmed: sameAttempt && copy.revision === lms.revision };
}
