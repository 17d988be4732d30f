import type { AssessmentState } from '../model/state.js';
import type { BrowserStorage } from '../persistence/browser-storage.js';
import type { SyncStatus, Tracker, TrackerStart } from './tracker.js';

/** No LMS: the state lives in this browser only, saved on every change. */
export class StandaloneTracker implements Tracker {
  readonly mode = 'standalone';
  readonly #listeners = new Set<(status: SyncStatus) => void>();
  #status: SyncStatus = 'saved';
  #unavailable = false;

  constructor(
    private readonly storage: BrowserStorage,
    /** A language asked for in the page's address (`?lang=en`), where the web folder is put online as it is. */
    private readonly language: string | null = null,
  ) {}

  async start(): Promise<TrackerStart> {
    const { state, problem } = await this.storage.load();
    this.#unavailable = problem === 'unavailable';
    return {
      state: problem === null && this.storage.hasSaved() ? state : null,
      problem,
      readOnly: false,
      language: this.language,
    };
  }

  record(state: AssessmentState): void {
    // Where storage is blocked the learner was told at the start; no need to repeat it on every change.
    if (this.#unavailable) return;
    this.#setStatus(this.storage.save(state) ? 'saved' : 'failing');
  }

  flush(): void {}

  end(): void {}

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
