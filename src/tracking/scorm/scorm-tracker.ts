import type { AnswerId, StatementId } from '../../content/types.js';
import type { AssessmentState } from '../../model/state.js';
import { STATEMENT_IDS, allAnswered } from '../../model/scoring.js';
import { initialState } from '../../model/transitions.js';
import { decodeSuspendData, encodeSuspendData, encodeSuspendDataNow } from '../../model/suspend-data.js';
import type { BrowserStorage } from '../../persistence/browser-storage.js';
import { SaveScheduler, type SaveTimings, type Urgency } from '../save-scheduler.js';
import type { SyncStatus, Tracker, TrackerStart } from '../tracker.js';
import type { ScormConnection } from './scorm-connection.js';
import type { ScormDialect } from './scorm-dialect.js';

type Reported = Partial<Record<StatementId, AnswerId>>;

/**
 * Reports to a SCORM 1.2 or 2004 LMS. It writes only what changed since the
 * last successful commit, keeps everything not yet committed (and a copy in
 * the browser) until the LMS accepts it, and commits at the scheduler's pace.
 */
export class ScormTracker implements Tracker {
  readonly mode: ScormDialect['mode'];
  readonly #scheduler: SaveScheduler;
  readonly #committed = new Map<string, string>();
  readonly #pending = new Map<string, string>();
  readonly #spaceListeners = new Set<(remaining: number) => void>();
  #backup: BrowserStorage | null = null;
  /** False while the texts are too long for suspend_data: the browser copy is then the only full one. */
  #suspendFits = true;
  #initialized = false;
  #readOnly = false;
  #ended = false;
  #reported: Reported = {};
  #interactionCount = 0;
  #encoding: Promise<void> = Promise.resolve();
  /** The state whose suspend_data is being compressed; cleared once it is pending. */
  #unencoded: AssessmentState | null = null;
  #encodings = 0;
  #startedAt = Date.now();
  /** The latest state queued, written again when the texts of its descriptions change. */
  #latest: AssessmentState | null = null;

  constructor(
    private readonly connection: ScormConnection,
    private readonly dialect: ScormDialect,
    /** A browser copy of what the LMS has not confirmed yet, per learner, so a reload cannot lose it. */
    private readonly backupFor: (learnerId: string) => BrowserStorage,
    timings?: SaveTimings,
  ) {
    this.mode = dialect.mode;
    this.#scheduler = new SaveScheduler(() => this.#save(), timings);
  }

  async start(): Promise<TrackerStart> {
    this.#startedAt = Date.now();
    this.#initialized = this.connection.initialize();
    const backup = this.backupFor(this.#initialized ? this.connection.getValue(this.dialect.learnerIdElement) : '');
    this.#backup = backup;
    const unsynced = backup.hasSaved() ? await backup.load() : null;
    if (!this.#initialized) {
      // Keep working from the browser copy; the scheduler retries LMSInitialize with backoff.
      const state = unsynced?.problem === null ? unsynced.state : null;
      this.#queue(state ?? initialState(), 'now');
      return { state, problem: null, readOnly: false, language: null };
    }
    this.#readOnly = this.dialect.isReadOnly(this.connection);
    this.#interactionCount = Number(this.connection.getValue(this.dialect.interactionCountElement)) || 0;
    const saved = await decodeSuspendData(this.connection.getValue(this.dialect.suspendDataElement));
    const problem = !saved.ok && saved.reason !== 'empty' ? 'broken' : null;
    if (saved.ok) this.#reported = saved.reported;
    const state = !this.#readOnly && unsynced?.problem === null ? unsynced.state : saved.ok ? saved.state : null;
    if (!this.#readOnly) this.#queue(state ?? initialState(), 'soon');
    const language = this.connection.getValue(this.dialect.languagePreferenceElement).trim();
    return { state, problem, readOnly: this.#readOnly, language: language || null };
  }

  /**
   * The texts shown changed (another language, or the texts of the later steps
   * arrived): descriptions that follow the state (SCORM 2004 objectives) are
   * written again in the learner's language. Interactions keep the description
   * they were written with.
   */
  setLanguage(): void {
    if (this.#latest && !this.#readOnly && !this.#ended) this.#queue(this.#latest, 'soon');
  }

  record(state: AssessmentState, previous: AssessmentState): void {
    if (this.#readOnly || this.#ended) return;
    this.#backup?.save(state);
    this.#queue(state, urgencyOf(state, previous));
  }

  onStatus(listener: (status: SyncStatus) => void): () => void {
    return this.#scheduler.onStatus(listener);
  }

  /** How many characters of suspend_data are left (negative: the texts no longer fit). */
  onTextSpace(listener: (remaining: number) => void): () => void {
    this.#spaceListeners.add(listener);
    return () => this.#spaceListeners.delete(listener);
  }

  flush(): void {
    if (this.#readOnly || this.#ended) return;
    this.#takeUnencoded();
    if (this.#pending.size > 0) this.#writeAndCommit();
  }

  end(): void {
    if (this.#ended || !this.#initialized) return;
    if (!this.#readOnly) {
      this.#takeUnencoded();
      this.#writeAndCommit();
      this.connection.setValue(this.dialect.sessionTimeElement, this.dialect.sessionTime(Date.now() - this.#startedAt));
    }
    this.#ended = true;
    this.connection.finish();
  }

  #queue(state: AssessmentState, urgency: Urgency): void {
    this.#latest = state;
    for (const [element, value] of this.dialect.stateValues(state)) this.#want(element, value);
    this.#queueInteractions(state);
    const reported = { ...this.#reported };
    const encoding = ++this.#encodings;
    this.#unencoded = state;
    this.#encoding = encodeSuspendData(state, reported).then((data) => {
      // Compressions can finish out of order; only the latest change counts.
      if (encoding !== this.#encodings) return;
      this.#unencoded = null;
      this.#useSuspendData(data);
    });
    this.#scheduler.request(urgency);
  }

  #useSuspendData(data: string): void {
    const remaining = this.dialect.suspendDataLimit - data.length;
    for (const listener of this.#spaceListeners) listener(remaining);
    // Too long to keep: the last version that fitted stays, and the learner sees the counter.
    this.#suspendFits = remaining >= 0;
    if (this.#suspendFits) this.#want(this.dialect.suspendDataElement, data);
  }

  /** Interactions are reported once step 2 is done, then again only for changed answers. */
  #queueInteractions(state: AssessmentState): void {
    if (!state.analysisSeen || !allAnswered(state.answers)) return;
    const now = new Date();
    STATEMENT_IDS.forEach((statement, i) => {
      const answer = state.answers[statement];
      if (!answer || this.#reported[statement] === answer) return;
      const index = this.dialect.interactionIndex(i, this.#interactionCount);
      for (const [element, value] of this.dialect.interactionValues(index, statement, answer, now)) {
        this.#pending.set(element, value);
      }
      if (index === this.#interactionCount) this.#interactionCount++;
      this.#reported[statement] = answer;
    });
  }

  /** The page is going away before the latest compression is done: take it uncompressed if it fits. */
  #takeUnencoded(): void {
    if (!this.#unencoded) return;
    const data = encodeSuspendDataNow(this.#unencoded, this.#reported);
    if (data.length <= this.dialect.suspendDataLimit) this.#useSuspendData(data);
  }

  #want(element: string, value: string): void {
    if (this.#committed.get(element) === value) this.#pending.delete(element);
    else this.#pending.set(element, value);
  }

  async #save(): Promise<boolean> {
    await this.#encoding;
    return this.#writeAndCommit();
  }

  /**
   * Synchronous, so it also works while the page is being unloaded. A value
   * the LMS refuses stays pending without holding back the others.
   */
  #writeAndCommit(): boolean {
    // After LMSFinish the session is over; what is still pending stays in the browser copy.
    if (this.#ended) return true;
    if (!this.#initialized) {
      this.#initialized = this.connection.initialize();
      if (!this.#initialized) return false;
    }
    const written = [...this.#pending].filter(([element, value]) => this.connection.setValue(element, value));
    if (written.length === 0) return this.#pending.size === 0;
    if (!this.connection.commit()) return false;
    for (const [element, value] of written) {
      this.#committed.set(element, value);
      if (this.#pending.get(element) === value) this.#pending.delete(element);
    }
    if (this.#pending.size === 0 && this.#suspendFits) this.#backup?.clear();
    return this.#pending.size === 0;
  }
}

function urgencyOf(state: AssessmentState, previous: AssessmentState): Urgency {
  if (state.screen !== previous.screen) return 'now';
  if (state.plan !== previous.plan) return 'typing';
  return 'soon';
}
