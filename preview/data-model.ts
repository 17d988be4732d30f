/**
 * The data model as the preview panel shows it: every value the LMS handed
 * out at launch and every value the SCO set, with where it stands.
 */

/**
 * - `launch`: set by the LMS at launch (learner, entry, credit, mode, total time)
 * - `committed`: stored in the LMS database (restored from it, or committed this session)
 * - `pending`: set by the SCO, not committed yet: lost if the session ends now
 * - `lost`: was pending when the session ended without a commit
 */
export type ValueState = 'launch' | 'committed' | 'pending' | 'lost';

export interface TrackedValue {
  element: string;
  value: string;
  state: ValueState;
}

export class DataModelTracker {
  readonly #values = new Map<string, TrackedValue>();

  setLaunch(element: string, value: string): void {
    this.#values.set(element, { element, value, state: 'launch' });
  }

  setCommitted(element: string, value: string): void {
    this.#values.set(element, { element, value, state: 'committed' });
  }

  /** A value the SCO set successfully. */
  setBySco(element: string, value: string): void {
    this.#values.set(element, { element, value, state: 'pending' });
  }

  get(element: string): TrackedValue | undefined {
    return this.#values.get(element);
  }

  get pendingCount(): number {
    return this.entries().filter((item) => item.state === 'pending').length;
  }

  /** After a successful commit: everything pending is now stored. */
  commitPending(): void {
    this.#replaceState('pending', 'committed');
  }

  /** After the session ended without a commit: pending values are gone. Returns how many. */
  losePending(): number {
    return this.#replaceState('pending', 'lost');
  }

  /** Values in data-model order: `cmi.interactions.2` before `cmi.interactions.10`. */
  entries(): TrackedValue[] {
    return [...this.#values.values()].sort((a, b) => compareElements(a.element, b.element));
  }

  #replaceState(from: ValueState, to: ValueState): number {
    let count = 0;
    for (const item of this.#values.values()) {
      if (item.state === from) {
        item.state = to;
        count++;
      }
    }
    return count;
  }
}

export function compareElements(a: string, b: string): number {
  const left = a.split('.');
  const right = b.split('.');
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i] ?? '';
    const y = right[i] ?? '';
    if (x === y) continue;
    const bothNumbers = /^\d+$/.test(x) && /^\d+$/.test(y);
    return bothNumbers ? Number(x) - Number(y) : x < y ? -1 : 1;
  }
  return left.length - right.length;
}
