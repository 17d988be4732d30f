import type { AssessmentState } from '../model/state.js';
import { decodeSuspendData, encodeSuspendDataNow, newAttemptId, type SaveStamp } from '../model/suspend-data.js';
import type { BrowserStorage } from '../persistence/browser-storage.js';
import type { AttemptOf, Handover, SyncStatus, Tracker, TrackerStart } from './tracker.js';

/** No LMS: the state lives in this browser only, saved on every change. */
export class StandaloneTracker implements Tracker {
  readonly mode = 'standalone';
  readonly #listeners = new Set<(status: SyncStatus) => void>();
  #status: SyncStatus = 'saved';
  #unavailable = false;
  #handedOver = false;
  #stamp: SaveStamp = { attempt: newAttemptId(), revision: 0 };
  #latest: AssessmentState | null = null;

  constructor(
    private readonly storage: BrowserStorage,
    /** A language asked for in the page's address (`?lang=en`), where the web folder is put online as it is. */
    private readonly language: string | null = null,
  ) {}

  async start(): Promise<TrackerStart> {
    const { saved, problem } = await this.storage.load();
    this.#unavailable = problem === 'unavailable';
    if (saved) this.#stamp = { attempt: saved.attempt ?? this.#stamp.attempt, revision: saved.revision };
    this.#latest = saved?.state ?? null;
    return { state: saved?.state ?? null, problem, readOnly: false, language: this.language, attemptKey: 'standalone' };
  }

  record(state: AssessmentState): void {
    this.#latest = state;
    // Where storage is blocked the learner was told at the start; no need to repeat it on every change.
    if (this.#unavailable || this.#handedOver) return;
    this.#stamp = { ...this.#stamp, revision: this.#stamp.revision + 1 };
    this.#setStatus(this.storage.save(state, {}, this.#stamp) ? 'saved' : 'failing');
  }

  attemptOf(): AttemptOf {
    return { learner: null, attempt: this.#stamp.attempt };
  }

  newAttempt(): void {
    this.#stamp = { attempt: newAttemptId(), revision: 0 };
  }

  flush(): void {}

  end(): void {}

  handOver(): Handover {
    this.#handedOver = true;
    return { data: this.snapshot(), interactions: 0 };
  }

  snapshot(): string {
    return this.#latest ? encodeSuspendDataNow(this.#latest, {}, this.#stamp) : '';
  }

  async takeOver(handover: Handover): Promise<AssessmentState | null> {
    this.#handedOver = false;
    const decoded = await decodeSuspendData(handover.data);
    if (!decoded.ok || (decoded.attempt === this.#stamp.attempt && decoded.revision <= this.#stamp.revision)) return null;
    this.#stamp = { attempt: decoded.attempt ?? this.#stamp.attempt, revision: decoded.revision };
    return decoded.state;
  }

  onStatus(listener: (status: SyncStatus) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #setStatus(status: SyncStatus): void {
    if (status === this.#status) return;
    this.#status = status;
    for (const listener of this.#listeners) listener(status);
  }
}
