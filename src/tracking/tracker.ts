import type { Language } from '../content/types.js';
import type { AssessmentState } from '../model/state.js';

export type TrackingMode = 'standalone' | 'scorm12' | 'scorm2004' | 'xapi' | 'cmi5';

/** Why a saved state could not be used; the app tells the learner. */
export type StartProblem = 'broken' | 'unavailable';

export interface TrackerStart {
  /** The saved state to resume, or null for a fresh start. */
  state: AssessmentState | null;
  problem: StartProblem | null;
  /** Review or browse mode: show the learner's results, change and report nothing. */
  readOnly: boolean;
  /**
   * The learner's language as the LMS gives it (SCORM 1.2 cmi.student_preference.language,
   * SCORM 2004 cmi.learner_preference.language, cmi5 languagePreference, a lang or
   * language launch parameter), as written; null when it gives none.
   */
  language: string | null;
}

/** Whether what the learner entered has reached persistent storage. */
export type SyncStatus = 'saved' | 'pending' | 'failing';

/**
 * What the app's store talks to, one adapter per standard. Adapters never
 * throw to the app: failures become a 'failing' status and are retried.
 */
export interface Tracker {
  readonly mode: TrackingMode;
  start(): Promise<TrackerStart>;
  /** Every state change; the adapter decides when to write and commit. */
  record(state: AssessmentState, previous: AssessmentState): void;
  /** Write what is pending now (the page is being hidden). */
  flush(): void;
  /** End the session once (pagehide). */
  end(): void;
  onStatus(listener: (status: SyncStatus) => void): () => void;
  /** Where saved state has a hard size limit: how many characters are left (negative: too long to save). */
  onTextSpace?(listener: (remaining: number) => void): () => void;
  /**
   * The texts the learner sees changed: another language, or the texts of the
   * later steps arrived. What the standard reports in words (SCORM 2004
   * descriptions, xAPI context.language) follows them.
   */
  setLanguage?(language: Language): void;
}
