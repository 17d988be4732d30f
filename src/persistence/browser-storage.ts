import type { AssessmentState } from '../model/state.js';
import { decodeSuspendData, encodeSuspendDataNow } from '../model/suspend-data.js';
import { initialState } from '../model/transitions.js';

/** Why the saved state could not be used; the app tells the learner. */
export type LoadProblem = 'broken' | 'unavailable';

export interface LoadResult {
  state: AssessmentState;
  problem: LoadProblem | null;
}

/**
 * Keeps the learner's state in the browser (localStorage) when no LMS is
 * present. A saved state that cannot be read is moved aside, not deleted,
 * so a support desk can still recover it.
 */
export class BrowserStorage {
  constructor(
    private readonly storage: Storage | null,
    private readonly key: string,
  ) {}

  static fromWindow(key: string): BrowserStorage {
    try {
      return new BrowserStorage(window.localStorage, key);
    } catch {
      // Some browsers throw on access to localStorage (blocked cookies, sandboxed frames).
      return new BrowserStorage(null, key);
    }
  }

  /** The saved state, in the same versioned form as SCORM's suspend_data (uncompressed here). */
  async load(): Promise<LoadResult> {
    if (!this.storage) return { state: initialState(), problem: 'unavailable' };
    let saved: string | null;
    try {
      saved = this.storage.getItem(this.key);
    } catch {
      return { state: initialState(), problem: 'unavailable' };
    }
    if (saved === null) return { state: initialState(), problem: null };
    const decoded = await decodeSuspendData(saved);
    if (decoded.ok) return { state: decoded.state, problem: null };
    this.#setAside(saved);
    return { state: initialState(), problem: 'broken' };
  }

  /** Returns false when the browser refused to store (quota, privacy mode). */
  save(state: AssessmentState): boolean {
    if (!this.storage) return false;
    try {
      this.storage.setItem(this.key, encodeSuspendDataNow(state, state.answers));
      return true;
    } catch {
      return false;
    }
  }

  /** Whether anything is saved under this key. */
  hasSaved(): boolean {
    try {
      return this.storage?.getItem(this.key) != null;
    } catch {
      return false;
    }
  }

  clear(): void {
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // Nothing to clear where storage is blocked.
    }
  }

  #setAside(saved: string): void {
    try {
      this.storage?.setItem(`${this.key}:unreadable`, saved);
      this.storage?.removeItem(this.key);
    } catch {
      // Nothing more can be done; the fresh state will overwrite it on the next save.
    }
  }
}
