import { config } from '../content/config.js';
import { attemptsOf, withProfiles, type CompletedProfile, type LearnerHistory } from '../model/history.js';
import type { KeyValueStore } from './browser-storage.js';

/** Standalone has no learner id: the history of whoever uses this browser. */
export const STANDALONE_LEARNER = null;

/**
 * The key of a learner's history: the package (its activity IRI, the same in
 * every installation of the zip, so a baseline and a follow-up activity share
 * it) and the learner id the LMS gives (SCORM 1.2 and 2004 alike), or none (standalone).
 */
export function browserHistoryKey(learner: string | null, packageIri = config.activityIri): string {
  return `history:${packageIri}:${learner === null ? 'standalone' : `learner:${learner}`}`;
}

/**
 * A learner's completed profiles kept in this browser (SCORM, standalone): an
 * LMS gives a new attempt no access to earlier ones. In the DurableStore, so
 * Moodle's localStorage.clear() leaves it; it does not expire, the learner removes it.
 */
export class BrowserHistory implements LearnerHistory {
  readonly source = 'browser';

  constructor(
    private readonly store: KeyValueStore,
    private readonly key: string,
  ) {}

  read(): Promise<CompletedProfile[]> {
    return Promise.resolve(this.#read());
  }

  record(profile: CompletedProfile): void {
    try {
      const document = withProfiles(this.#document(), [profile]);
      if (document) this.store.setItem(this.key, JSON.stringify(document));
    } catch {
      // The browser refuses to store (quota, privacy mode): there is then no history to show later.
    }
  }

  forget(): void {
    try {
      this.store.removeItem(this.key);
    } catch {
      // Blocked storage holds nothing to remove.
    }
  }

  #read(): CompletedProfile[] {
    return attemptsOf(this.#document());
  }

  #document(): unknown {
    try {
      return JSON.parse(this.store.getItem(this.key) ?? 'null');
    } catch {
      return null; // Not JSON: nothing of ours, overwritten by the next record.
    }
  }
}
