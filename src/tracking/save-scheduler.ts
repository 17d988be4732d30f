import type { AssessmentState } from '../model/state.js';
import type { SyncStatus } from './tracker.js';

/** How soon a change should reach the LMS. */
export type Urgency = 'now' | 'soon' | 'typing';

/** At once on a screen change, paced while typing in the plan, soon after anything else. */
export function urgencyOf(state: AssessmentState, previous: AssessmentState): Urgency {
  if (state.screen !== previous.screen) return 'now';
  if (state.plan !== previous.plan) return 'typing';
  return 'soon';
}

export interface SaveTimings {
  /** After an answer or a click: within a second. */
  soonMs: number;
  /** While typing: a save at the latest this long after the first unsaved keystroke. */
  typingMs: number;
  /** While typing: a save once the learner has paused this long (default: typingMs). */
  pauseMs?: number;
  /**
   * The most of the time that saves may block the page, in (0, 1] (default 0.15):
   * after a save that blocked B ms, the next save that is not 'now' waits
   * B × (1 − share) / share ms after it ended.
   */
  blockedShare?: number;
  /** Waits between failed attempts, the last one repeating. */
  retryMs: readonly number[];
}

const DEFAULT_BLOCKED_SHARE = 0.15;

export const DEFAULT_TIMINGS: SaveTimings = {
  soonMs: 500,
  typingMs: 2500,
  // Not shorter: with a fast LMS, typing then commits at most once per 2 s.
  pauseMs: 2000,
  blockedShare: DEFAULT_BLOCKED_SHARE,
  retryMs: [1000, 2000, 5000, 10000, 30000],
};

/** How many blocking reports the estimate remembers: one fast save does not hide a slow LMS. */
const BLOCKING_MEMORY = 3;

/**
 * Decides when to save: at once on a screen change, shortly after an answer,
 * on a pause or at a bounded interval while typing, and again with backoff
 * while saving fails. A save that blocks the page (a synchronous LMS commit,
 * see reportBlocking) spaces the next ones so that they block at most
 * `blockedShare` of the time; only 'now' and retryNow() ignore that.
 * `save` returns whether it succeeded; it is never run twice at the same time.
 */
export class SaveScheduler {
  #timer: ReturnType<typeof setTimeout> | null = null;
  #timerAt = Infinity;
  #running: Promise<void> | null = null;
  #failures = 0;
  #dirty = false;
  #status: SyncStatus = 'saved';
  /** What the unsaved changes ask for; reset when a save takes them. */
  #nowWanted = false;
  #soonAt = Infinity;
  #pauseAt = Infinity;
  #typingDeadline = Infinity;
  #lastSaveEnd = -Infinity;
  #blocking: number[] = [];
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
    const now = this.now();
    if (urgency === 'now') this.#nowWanted = true;
    else if (urgency === 'soon') this.#soonAt = Math.min(this.#soonAt, now + this.timings.soonMs);
    else {
      this.#pauseAt = now + (this.timings.pauseMs ?? this.timings.typingMs);
      this.#typingDeadline = Math.min(this.#typingDeadline, now + this.timings.typingMs);
    }
    this.#reschedule();
  }

  /**
   * How long a save blocked the page (ms), measured around its synchronous
   * part (a synchronous LMSCommit). The estimate is the longest of the last
   * three reports, so it follows a slow LMS at once.
   */
  reportBlocking(ms: number): void {
    this.#blocking = [...this.#blocking.slice(1 - BLOCKING_MEMORY), Number.isFinite(ms) ? Math.max(0, ms) : 0];
  }

  /** The way to the LMS may be back (online again, the learner returned): saves at once, backoff reset. */
  retryNow(): void {
    this.#failures = 0;
    // Not dirty while failing: the retry is running, and its end decides what comes next.
    if (!this.#dirty) return;
    this.#nowWanted = true;
    this.#reschedule();
  }

  /** Saves now if anything is waiting (the page is going away). */
  async flush(): Promise<void> {
    while (this.#running) await this.#running;
    if (this.#dirty) await this.#start();
  }

  /** When a save that is not 'now' may start, to keep within the blocked share. */
  #earliest(): number {
    const share = this.timings.blockedShare ?? DEFAULT_BLOCKED_SHARE;
    return this.#lastSaveEnd + (Math.max(0, ...this.#blocking) * (1 - share)) / share;
  }

  /** A running save schedules what is still to do when it ends; a retry timer takes it along. */
  #reschedule(): void {
    if (this.#running || this.#failures > 0 || !this.#dirty) return;
    const at = this.#nowWanted ? this.now() : Math.max(Math.min(this.#soonAt, this.#pauseAt, this.#typingDeadline), this.#earliest());
    this.#setTimer(at);
  }

  #setTimer(at: number): void {
    if (this.#timer !== null) {
      if (at === this.#timerAt) return;
      clearTimeout(this.#timer);
    }
    this.#timerAt = at;
    this.#timer = setTimeout(() => void this.#start(), Math.max(0, at - this.now()));
  }

  #start(): Promise<void> {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#timerAt = Infinity;
    const attempt = this.#attempt();
    this.#running = attempt;
    return attempt;
  }

  async #attempt(): Promise<void> {
    this.#dirty = false;
    this.#nowWanted = false;
    this.#soonAt = this.#pauseAt = this.#typingDeadline = Infinity;
    let ok: boolean;
    try {
      ok = await this.save();
    } catch {
      ok = false;
    }
    this.#lastSaveEnd = this.now();
    this.#running = null;
    if (ok) {
      this.#failures = 0;
      // Changes made during the save are due at their own pace; 'now' without waiting for a timer.
      if (this.#dirty && this.#nowWanted) void this.#start();
      else if (this.#dirty) this.#reschedule();
      else this.#setStatus('saved');
      return;
    }
    this.#dirty = true;
    const retry = this.timings.retryMs;
    const wait = retry[Math.min(this.#failures, retry.length - 1)] ?? 1000;
    this.#failures++;
    this.#setStatus('failing');
    this.#setTimer(Math.max(this.now() + wait, this.#earliest()));
  }

  #setStatus(status: SyncStatus): void {
    if (status === this.#status) return;
    this.#status = status;
    for (const listener of this.#listeners) listener(status);
  }
}
