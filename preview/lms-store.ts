import type { Standard } from './standards.js';

/** What the preview LMS keeps of one attempt: only what was committed. */
export interface StoredAttempt {
  /** Flattened committed data model (`cmi.…` → value), without launch-only elements. */
  values: Record<string, string>;
  /** cmi.core.exit / cmi.exit of the last commit ('' when never set). */
  exit: string;
  /** Total time including the last committed session time, in the standard's format. */
  totalTime: string;
  /** When it was last committed (ISO 8601). */
  committedAt: string;
  /** How many commits this attempt has had. */
  commits: number;
}

const KEY_PREFIX = 'wed-preview:lms-database:';

/**
 * The "LMS database": one stored attempt per standard, in the preview page's
 * localStorage. Storage that is blocked or full behaves as an empty database.
 */
export class LmsStore {
  constructor(private readonly storage: Storage | null) {}

  static fromWindow(): LmsStore {
    try {
      return new LmsStore(window.localStorage);
    } catch {
      return new LmsStore(null);
    }
  }

  load(standard: Standard): StoredAttempt | null {
    let text: string | null = null;
    try {
      text = this.storage?.getItem(KEY_PREFIX + standard) ?? null;
    } catch {
      return null;
    }
    if (text === null) return null;
    try {
      const parsed: unknown = JSON.parse(text);
      return isStoredAttempt(parsed) ? parsed : null;
    } catch {
      return null;
    }
  }

  /** Returns false when the browser refused to store. */
  save(standard: Standard, attempt: StoredAttempt): boolean {
    try {
      this.storage?.setItem(KEY_PREFIX + standard, JSON.stringify(attempt));
      return this.storage !== null;
    } catch {
      return false;
    }
  }

  clear(standard: Standard): void {
    try {
      this.storage?.removeItem(KEY_PREFIX + standard);
    } catch {
      // Blocked storage holds nothing to clear.
    }
  }
}

function isStoredAttempt(value: unknown): value is StoredAttempt {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  const values = record['values'];
  return (
    typeof values === 'object' &&
    values !== null &&
    Object.values(values).every((item) => typeof item === 'string') &&
    typeof record['exit'] === 'string' &&
    typeof record['totalTime'] === 'string' &&
    typeof record['committedAt'] === 'string' &&
    typeof record['commits'] === 'number'
  );
}
