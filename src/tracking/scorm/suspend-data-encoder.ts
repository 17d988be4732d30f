import type { AssessmentState } from '../../model/state.js';
import { encodeSuspendData, encodeSuspendDataNow, type Reported, type SaveStamp } from '../../model/suspend-data.js';

type Listener<T> = (value: T) => void;

/**
 * Keeps the SCORM tracker's suspend_data: each change compressed off the
 * commit path, only the latest change counting; the latest version that fits
 * the standard's limit is what gets written, and listeners hear how much room
 * is left (negative: the texts no longer fit, the last version that did stays).
 */
export class SuspendDataEncoder {
  readonly #spaceListeners = new Set<Listener<number>>();
  /** The latest suspend_data that fits the limit; null until one was encoded. */
  #fitting: string | null = null;
  #encoding: Promise<void> = Promise.resolve();
  /** The change whose suspend_data is being compressed, with what goes with it; null once it is ready. */
  #unencoded: { state: AssessmentState; reported: Reported; stamp: SaveStamp } | null = null;
  #encodings = 0;

  constructor(private readonly limit: number) {}

  /** The suspend_data to write: the latest that fits. */
  get current(): string | null {
    return this.#fitting;
  }

  /** Whether a change is still being compressed (so it is not saved yet). */
  get pending(): boolean {
    return this.#unencoded !== null;
  }

  /** Resolves once the latest change is encoded. */
  get ready(): Promise<void> {
    return this.#encoding;
  }

  onSpace(listener: Listener<number>): () => void {
    this.#spaceListeners.add(listener);
    return () => this.#spaceListeners.delete(listener);
  }

  encode(state: AssessmentState, reported: Reported, stamp: SaveStamp): void {
    const encoding = ++this.#encodings;
    this.#unencoded = { state, reported, stamp };
    this.#encoding = encodeSuspendData(state, reported, stamp).then((data) => {
      // Compressions can finish out of order; only the latest change counts.
      if (encoding !== this.#encodings) return;
      this.#unencoded = null;
      this.#use(data);
    });
  }

  /** The page is going away before the latest compression is done: take it uncompressed if it fits. */
  finishNow(): void {
    if (!this.#unencoded) return;
    const { state, reported, stamp } = this.#unencoded;
    const data = encodeSuspendDataNow(state, reported, stamp);
    if (data.length > this.limit) return;
    this.#use(data);
    this.#unencoded = null;
  }

  #use(data: string): void {
    const remaining = this.limit - data.length;
    for (const listener of this.#spaceListeners) listener(remaining);
    if (remaining >= 0) this.#fitting = data;
  }
}
