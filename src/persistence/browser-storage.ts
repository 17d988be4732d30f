import type { SavedState } from '../model/reconcile.js';
import type { DurableStore } from './durable-store.js';
import type { AssessmentState } from '../model/state.js';
import { decodeSuspendData, encodeSuspendDataNow, type Reported, type SaveStamp } from '../model/suspend-data.js';

/** Why the saved state could not be used; the app tells the learner. */
export type LoadProblem = 'broken' | 'unavailable';

export interface LoadResult {
  /** null: nothing saved (or only an expired copy). */
  saved: SavedState | null;
  problem: LoadProblem | null;
}

/** Where the state is kept: localStorage itself, or the DurableStore (IndexedDB with a localStorage mirror). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  /** Throws when the browser refuses to store (quota, privacy mode). */
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** When the entry was written (ms since the epoch); null when the store does not know. */
  savedAt?(key: string): number | null;
}

/** The DurableStore seen as a KeyValueStore (and as the Storage subset the statement queue uses). */
export function keyValueStore(store: DurableStore): KeyValueStore {
  return {
    getItem: (key) => store.get(key),
    setItem: (key, value) => {
      if (!store.set(key, value)) throw new Error(`The browser did not store ${key}`);
    },
    removeItem: (key) => store.remove(key),
    savedAt: (key) => store.savedAt(key),
  };
}

export interface BrowserStorageOptions {
  /** A copy older than this is removed unread (shared computers); null: kept until replaced. */
  expiryMs?: number | null;
  /** Where an earlier version of the package kept this state (plain localStorage), read once when the store has none. */
  legacy?: { storage: Storage | null; key: string };
  now?: () => number;
}

/**
 * The learner's state in this browser: standalone, the only copy; with an
 * LMS, a copy that outlives whatever the LMS says of its own saving. Kept in
 * the same versioned form as SCORM's suspend_data (uncompressed here), with
 * its save stamp. A saved state that cannot be read is moved aside, not
 * deleted, so a support desk can still recover it.
 */
export class BrowserStorage {
  readonly #now: () => number;

  constructor(
    private readonly store: KeyValueStore | null,
    private readonly key: string,
    private readonly options: BrowserStorageOptions = {},
  ) {
    this.#now = options.now ?? Date.now;
  }

  static fromWindow(key: string): BrowserStorage {
    try {
      return new BrowserStorage(window.localStorage, key);
    } catch {
      // Some browsers throw on access to localStorage (blocked cookies, sandboxed frames).
      return new BrowserStorage(null, key);
    }
  }

  async load(): Promise<LoadResult> {
    if (!this.store) return { saved: null, problem: 'unavailable' };
    let text: string | null;
    try {
      text = this.store.getItem(this.key) ?? this.#readLegacy();
    } catch {
      return { saved: null, problem: 'unavailable' };
    }
    if (text === null) return { saved: null, problem: null };
    if (this.#expired()) {
      this.clear();
      return { saved: null, problem: null };
    }
    const decoded = await decodeSuspendData(text);
    if (decoded.ok) {
      const { state, reported, attempt, revision } = decoded;
      return { saved: { state, reported, attempt, revision }, problem: null };
    }
    this.#setAside(text);
    return { saved: null, problem: 'broken' };
  }

  /** Returns false when the browser refused to store (quota, privacy mode). */
  save(state: AssessmentState, reported: Reported = {}, stamp?: SaveStamp): boolean {
    if (!this.store) return false;
    try {
      this.store.setItem(this.key, encodeSuspendDataNow(state, reported, stamp));
      return true;
    } catch {
      return false;
    }
  }

  clear(): void {
    try {
      this.store?.removeItem(this.key);
    } catch {
      // Nothing to clear where storage is blocked.
    }
  }

  #expired(): boolean {
    const { expiryMs } = this.options;
    const savedAt = this.store?.savedAt?.(this.key) ?? null;
    return expiryMs != null && savedAt !== null && this.#now() - savedAt > expiryMs;
  }

  #readLegacy(): string | null {
    const { legacy } = this.options;
    if (!legacy?.storage) return null;
    const text = legacy.storage.getItem(legacy.key);
    if (text !== null) {
      this.store?.setItem(this.key, text);
      legacy.storage.removeItem(legacy.key);
    }
    return text;
  }

  #setAside(saved: string): void {
    try {
      this.store?.setItem(`${this.key}:unreadable`, saved);
      this.store?.removeItem(this.key);
    } catch {
      // Nothing more can be done; the fresh state will overwrite it on the next save.
    }
  }
}
