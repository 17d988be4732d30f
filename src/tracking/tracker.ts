import type { AssessmentContent, Language } from '../content/types.js';
import type { AssessmentState } from '../model/state.js';

export type TrackingMode = 'standalone' | 'scorm12' | 'scorm2004' | 'xapi' | 'cmi5';

/** Why a saved state could not be used; the app tells the learner. */
export type StartProblem = 'broken' | 'unavailable' | 'lrs-unreachable';

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
  /** The learner continues from the browser copy, which held changes the LMS had not kept. */
  restored?: boolean;
  /** Names this learner's attempt of this package, so other tabs of the same attempt can be recognised. */
  attemptKey?: string;
}

/**
 * Whether what the learner entered has reached the LMS (or, standalone, the
 * browser). 'offline': the browser has no connection, so nothing the LMS
 * answers counts as saved.
 */
export type SyncStatus = 'saved' | 'pending' | 'failing' | 'offline';

/** What a tab that steps back hands to the tab that takes over the attempt. */
export interface Handover {
  /** The state with its reported answers and save stamp, as suspend_data encodes it (uncompressed). */
  data: string;
  /** SCORM: how many interactions the attempt holds, so the journal continues after them. */
  interactions: number;
}

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
  /** The learner is back on the page: what the LMS may have lost while the page was away goes again. */
  resync?(): void;
  onStatus(listener: (status: SyncStatus) => void): () => void;
  /** Where saved state has a hard size limit: how many characters are left (negative: too long to save). */
  onTextSpace?(listener: (remaining: number) => void): () => void;
  /**
   * The texts the learner sees changed: another language, or the texts of the
   * later steps arrived. `texts`: every text in `language`, the later steps'
   * (statements, pillars) included; null while those have not arrived in it.
   * What the standard reports in words follows the last ones given: SCORM
   * 2004's descriptions; xAPI takes only `language` (context.language), its
   * activities name themselves in every language (all-languages.ts).
   *
   * The tracker may have to write before it is given texts (at launch, when it
   * continues from the browser copy): it then writes everything except what
   * needs them. SCORM 2004's descriptions are optional and the LMS keeps those
   * written before; once texts are given, the next commit writes the
   * objectives' descriptions and those of the interactions written without.
   */
  setTexts?(language: Language, texts: AssessmentContent | null): void;
  /**
   * Another tab or window continues this attempt: save everything now and
   * from then on write nothing, and tell that tab where this one stood.
   */
  handOver(): Handover;
  /**
   * This tab continues the attempt, from where another tab stood if that was
   * further along: then that state is returned, to be shown and saved.
   */
  takeOver(handover: Handover): Promise<AssessmentState | null>;
  /** The latest state with its reported answers and save stamp, as suspend_data encodes it (uncompressed). */
  snapshot(): string;
  /** While handed over: the values the active tab has just committed (SCORM), to keep this tab's LMS session in step. */
  follow?(writes: ReadonlyArray<readonly [string, string]>): void;
  /** Values this tab has just committed (SCORM), for handed-over tabs to follow. */
  onCommitted?(listener: (writes: ReadonlyArray<readonly [string, string]>) => void): () => void;
  /**
   * Whose attempt this is, for the learner's earlier profiles (src/earlier-profiles.ts):
   * the learner id the LMS gives (SCORM; null where there is none) and the
   * attempt (the save stamp's, or the xAPI/cmi5 registration). Null while the
   * LMS has not named the learner.
   */
  attemptOf?(): AttemptOf | null;
  /** Standalone, after completing: the learner starts again, so the next change belongs to a new attempt. */
  newAttempt?(): void;
}

export interface AttemptOf {
  learner: string | null;
  attempt: string;
}
