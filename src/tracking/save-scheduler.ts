import type { SyncStatus } from './tracker.js';

/** How soon a change should reach the LMS. */
export type Urgency = 'now' | 'soon' | 'typing';

export interface SaveTimings {
  /** After an answer or a click: within a second. */
  soonMs: number;
  /** While typing: at most one save per this interval. */
  typingMs: number;
  /** Waits between failed attempts, the last one repeating. */
  retryMs: readonly number[];
}

export const DEFAULT_TIMINGS: SaveTimings = {
  soonMs: 500,
  typingMs: 2500,
  retryMs: [1000, 2000, 5000, 10000, 30000],
};

/**
 * Decides when to save: at once on a screen change, shortly after an answer,
 * at a steady pace while typing, and again with backoff while saving fails.
 * `save` returns whether it succeeded; it is never run twice at the same time.
 */
export class SaveScheduler {
  #timer: ReturnType<typeof setTimeout> | null = null;
  #dueAt = Infinity;
  #lastSaveAt = -Infinity;
  #failures = 0;
  #running: Promise<void> | null = null;
  #dirty = false;
  #status: SyncStatus = 'saved';
  readonly #listeners = new Set<(status: SyncStatus) => void>();

  constructor(
    private readonly save: () => Promise<boolean>,
    private readonly timings: SaveTimings = DEFAULT_TIMINGS,
    private readonly now: () => number = () => Date.now(),
  ) {}

  get status(): SyncStatus {
    return this.#status;
  }

  onStatus(listener: (status: SyncStatus) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  request(urgency: Urgency): void {
    this.#dirty = true;
    if (this.#status === 'saved') this.#setStatus('pending');
    if (this.#failures > 0) return; // the retry timer is already set and will take this along
    const delay =
      urgency === 'now'
        ? 0
        : urgency === 'soon'
          ? this.timings.soonMs
          : Math.max(this.timings.soonMs, this.#lastSaveAt + this.timings.typingMs - this.now());
    this.#schedule(delay);
  }

  /** Saves now if anything is waiting (the page is going away). */
  async flush(): Promise<void> {
    if (this.#running) await this.#running;
    if (this.#dirty) await this.#run();
  }

  #schedule(delay: number): void {
    const dueAt = this.now() + delay;
    if (this.#timer !== null && dueAt >= this.#dueAt) return;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#dueAt = dueAt;
    this.#timer = setTimeout(() => void this.#run(), delay);
  }

  async #run(): Promise<void> {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#dueAt = Infinity;
    if (this.#running) {
      await this.#running;
      if (!this.#dirty) return;
    }
    this.#running = this.#attempt();
    await this.#running;
    this.#running = null;
  }

  async #attempt(): Promise<void> {
    this.#dirty = false;
    this.#lastSaveAt = this.now();
    const ok = await this.save().catch(() => false);
    if (ok) {
      this.#failures = 0;
      // A change made during the save has set its own timer at its own pace (typing waits); keep that.
      if (this.#dirty && this.#timer === null) this.#schedule(0);
      else if (!this.#dirty) this.#setStatus('saved');
      return;
    }
    this.#dirty = true;
    const retry = this.timings.retryMs;
    const wait = retry[Math.min(this.#failures, retry.length - 1)] ?? 1000;
    this.#failures++;
    this.#setStatus('failing');
    this.#schedule(wait);
  }

  #setStatus(status: SyncStatus): void {
    if (status === this.#status) return;
    this.#status = status;
    for (const listener of this.#listeners) listener(status);
  }
}
