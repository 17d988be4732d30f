import type { AssessmentContent, Language } from '../../content/types.js';
import { reconcile, type SavedState } from '../../model/reconcile.js';
import type { AssessmentState } from '../../model/state.js';
import { initialState } from '../../model/transitions.js';
import { decodeSuspendData, encodeSuspendDataNow, newAttemptId, type Reported, type SaveStamp } from '../../model/suspend-data.js';
import type { BrowserStorage } from '../../persistence/browser-storage.js';
import { Connectivity } from '../connectivity.js';
import { SaveScheduler, urgencyOf, type SaveTimings, type Urgency } from '../save-scheduler.js';
import type { AttemptOf, Handover, SyncStatus, Tracker, TrackerStart } from '../tracker.js';
import type { ScormConnection } from './scorm-connection.js';
import type { ScormDialect, ScormValue } from './scorm-dialect.js';
import { InteractionJournal } from './interaction-journal.js';
import { SuspendDataEncoder } from './suspend-data-encoder.js';

type Listener<T> = (value: T) => void;

/**
 * Reports to a SCORM 1.2 or 2004 LMS. Every commit carries the whole
 * picture (status, scores, every objective, location, suspend_data) and the
 * interactions not yet committed, so the LMS never keeps a score its answers
 * contradict. Every change also goes to a browser copy that no answer of the
 * LMS removes: only a later launch that finds the same revision in the LMS
 * does. The LMS's "saved" counts for nothing while the browser is offline.
 */
export class ScormTracker implements Tracker {
  readonly mode: ScormDialect['mode'];
  readonly #scheduler: SaveScheduler;
  readonly #connectivity: Connectivity;
  readonly #statusListeners = new Set<Listener<SyncStatus>>();
  readonly #committedListeners = new Set<Listener<readonly ScormValue[]>>();
  readonly #interactions: InteractionJournal;
  readonly #suspendData: SuspendDataEncoder;
  /** What the LMS said it kept in this session, by element. */
  readonly #committed = new Map<string, string>();
  #copy: BrowserStorage | null = null;
  /** The learner id the LMS gave; '' until it has. */
  #learner = '';
  #stamp: SaveStamp = { attempt: newAttemptId(), revision: 0 };
  #status: SyncStatus = 'saved';
  #initialized = false;
  #readOnly = false;
  #handedOver = false;
  #ended = false;
  #unsaved = false;
  #resendAll = false;
  #startedAt = Date.now();
  #latest: AssessmentState | null = null;
  /** The texts last given (setTexts); until then, no descriptions are written. */
  #texts: AssessmentContent | null = null;
  #stopWatchingConnection = () => {};

  constructor(
    private readonly connection: ScormConnection,
    private readonly dialect: ScormDialect,
    /** The browser copy of this learner's attempt. */
    private readonly copyFor: (learnerId: string) => BrowserStorage,
    timings?: SaveTimings,
    connectivity = new Connectivity(),
  ) {
    this.mode = dialect.mode;
    this.#interactions = new InteractionJournal(dialect);
    this.#suspendData = new SuspendDataEncoder(dialect.suspendDataLimit);
    this.#connectivity = connectivity;
    this.#scheduler = new SaveScheduler(() => this.#save(), timings);
    this.#scheduler.onStatus(() => this.#emitStatus());
  }

  async start(): Promise<TrackerStart> {
    this.#startedAt = Date.now();
    this.#initialized = this.connection.initialize();
    const learner = this.#initialized ? this.connection.getValue(this.dialect.learnerIdElement) : '';
    this.#learner = learner;
    const attemptKey = `${this.mode}:${learner}`;
    this.#copy = this.copyFor(learner);
    const copy = (await this.#copy.load()).saved;
    this.#stopWatchingConnection = this.#connectivity.onChange((online) => (online ? this.resync() : this.#emitStatus()));
    if (!this.#initialized) {
      // Keep working from the browser copy; the scheduler retries LMSInitialize with backoff.
      this.#continueFrom(copy);
      this.#queue(copy?.state ?? initialState(), 'now');
      return { state: copy?.state ?? null, problem: null, readOnly: false, language: null, attemptKey };
    }
    this.#readOnly = this.dialect.isReadOnly(this.connection);
    this.#interactions.continueFrom({}, Number(this.connection.getValue(this.dialect.interactionCountElement)) || 0);
    const language = this.connection.getValue(this.dialect.languagePreferenceElement).trim() || null;
    const decoded = await decodeSuspendData(this.connection.getValue(this.dialect.suspendDataElement));
    const lms: SavedState | null = decoded.ok ? decoded : null;
    const broken = !decoded.ok && decoded.reason !== 'empty';
    const resolution = reconcile(lms, copy);
    if (resolution.from === 'lms' && resolution.copyConfirmed) this.#copy.clear();

    if (this.#readOnly) {
      if (lms?.attempt) this.#stamp = { attempt: lms.attempt, revision: lms.revision };
      return { state: lms?.state ?? null, problem: broken ? 'broken' : null, readOnly: true, language, attemptKey };
    }
    if (resolution.from === 'copy') {
      this.#continueFrom(resolution.saved, resolution.lmsReported);
      this.#queue(resolution.saved.state, 'now');
      return { state: resolution.saved.state, problem: null, readOnly: false, language, restored: true, attemptKey };
    }
    const saved = resolution.from === 'lms' ? resolution.saved : null;
    this.#continueFrom(saved);
    this.#queue(saved?.state ?? initialState(), 'soon');
    return { state: saved?.state ?? null, problem: broken ? 'broken' : null, readOnly: false, language, attemptKey };
  }

  /**
   * The objectives are described anew in `texts`, and so are the interactions
   * written without texts; the others keep the description they were written with.
   */
  setTexts(_language: Language, texts: AssessmentContent | null): void {
    this.#texts = texts;
    if (texts) this.#interactions.describe(texts);
    if (this.#latest && this.#writing) this.#queue(this.#latest, 'soon');
  }

  record(state: AssessmentState, previous: AssessmentState): void {
    if (!this.#writing) return;
    this.#stamp = { ...this.#stamp, revision: this.#stamp.revision + 1 };
    this.#copy?.save(state, this.#interactions.reported, this.#stamp);
    this.#queue(state, urgencyOf(state, previous));
  }

  attemptOf(): AttemptOf | null {
    return this.#learner ? { learner: this.#learner, attempt: this.#stamp.attempt } : null;
  }

  onStatus(listener: Listener<SyncStatus>): () => void {
    this.#statusListeners.add(listener);
    return () => this.#statusListeners.delete(listener);
  }

  /** How many characters of suspend_data are left (negative: the texts no longer fit). */
  onTextSpace(listener: Listener<number>): () => void {
    return this.#suspendData.onSpace(listener);
  }

  onCommitted(listener: Listener<readonly ScormValue[]>): () => void {
    this.#committedListeners.add(listener);
    return () => this.#committedListeners.delete(listener);
  }

  flush(): void {
    if (!this.#writing || !this.#unsaved) return;
    this.#suspendData.finishNow();
    this.#writeAndCommit();
  }

  /** The connection is back, or the learner returned to the page: the LMS may have lost what it said it kept, so all of it goes again. */
  resync(): void {
    this.#emitStatus();
    if (!this.#writing || !this.#latest) return;
    this.#resendAll = true;
    this.#unsaved = true;
    this.#scheduler.request('now');
    this.#scheduler.retryNow();
  }

  end(): void {
    if (this.#ended || !this.#initialized) return;
    if (this.#writing) {
      this.#suspendData.finishNow();
      if (this.#unsaved) this.#writeAndCommit();
      this.connection.setValue(this.dialect.sessionTimeElement, this.dialect.sessionTime(Date.now() - this.#startedAt));
    }
    this.#ended = true;
    this.#stopWatchingConnection();
    this.connection.finish();
  }

  handOver(): Handover {
    this.flush();
    this.#handedOver = true;
    this.#emitStatus();
    return { data: this.snapshot(), interactions: this.#interactions.count };
  }

  snapshot(): string {
    return encodeSuspendDataNow(this.#latest ?? initialState(), this.#interactions.reported, this.#stamp);
  }

  async takeOver(handover: Handover): Promise<AssessmentState | null> {
    this.#handedOver = false;
    // The other tab wrote meanwhile: what this tab committed before says nothing about what the LMS holds now.
    this.#committed.clear();
    this.#emitStatus();
    this.#interactions.continueFrom(this.#interactions.reported, handover.interactions);
    const decoded = await decodeSuspendData(handover.data);
    if (!decoded.ok || (decoded.attempt === this.#stamp.attempt && decoded.revision <= this.#stamp.revision)) {
      return null;
    }
    this.#continueFrom(decoded, decoded.reported);
    return decoded.state;
  }

  /** Moodle's LMSFinish sends the tab's whole data model: a handed-over tab keeps it equal to what the active tab committed. */
  follow(writes: ReadonlyArray<readonly [string, string]>): void {
    if (!this.#handedOver || this.#ended) return;
    for (const [element, value] of writes) {
      if (this.connection.setValue(element, value)) this.#interactions.noteWritten(element);
    }
  }

  get #writing(): boolean {
    return !this.#readOnly && !this.#handedOver && !this.#ended;
  }

  #continueFrom(saved: SavedState | null, reported: Reported = saved?.reported ?? {}): void {
    this.#interactions.continueFrom(reported);
    this.#stamp = { attempt: saved?.attempt ?? newAttemptId(), revision: saved?.revision ?? 0 };
  }

  #queue(state: AssessmentState, urgency: Urgency): void {
    this.#latest = state;
    this.#unsaved = true;
    this.#interactions.record(state, this.#texts);
    this.#suspendData.encode(state, this.#interactions.reported, this.#stamp);
    this.#scheduler.request(urgency);
  }

  async #save(): Promise<boolean> {
    await this.#suspendData.ready;
    return this.#writeAndCommit();
  }

  /**
   * Synchronous, so it also works while the page is being unloaded. A value
   * the LMS refuses is tried again with the next commit.
   */
  #writeAndCommit(): boolean {
    if (!this.#writing || !this.#latest) return true;
    if (!this.#initialized && !this.#initializeLate()) return false;
    const writes: ScormValue[] = [
      ...this.dialect.stateValues(this.#latest, this.#texts),
      ...(this.#suspendData.current === null ? [] : [[this.dialect.suspendDataElement, this.#suspendData.current] as const]),
      ...this.#interactions.writes(this.#resendAll),
    ];
    // Nothing new for the LMS (e.g. the texts arrived in a language whose descriptions SCORM 1.2 does not write): no commit to wait for.
    if (!this.#resendAll && writes.every(([element, value]) => this.#committed.get(element) === value)) {
      if (!this.#suspendData.pending) this.#unsaved = false;
      return true;
    }
    const written = writes.filter(([element, value]) => this.connection.setValue(element, value));
    if (written.length === 0) return false;
    const started = performance.now();
    const committed = this.connection.commit();
    this.#scheduler.reportBlocking(performance.now() - started);
    if (!committed || !this.#connectivity.online) return false;
    for (const [element, value] of written) this.#committed.set(element, value);
    this.#interactions.committed(written);
    this.#resendAll = false;
    const complete = written.length === writes.length && this.#interactions.settled;
    // A change whose suspend_data is still being compressed is not saved yet; its own save follows.
    if (complete && !this.#suspendData.pending) this.#unsaved = false;
    for (const listener of this.#committedListeners) listener(written);
    return complete;
  }

  /** LMSInitialize failed at launch and works now: the browser copy moves to where this learner's launches look for it. */
  #initializeLate(): boolean {
    this.#initialized = this.connection.initialize();
    if (!this.#initialized) return false;
    this.#copy?.clear();
    this.#learner = this.connection.getValue(this.dialect.learnerIdElement);
    this.#copy = this.copyFor(this.#learner);
    if (this.#latest) this.#copy.save(this.#latest, this.#interactions.reported, this.#stamp);
    return true;
  }

  #emitStatus(): void {
    const status: SyncStatus = !this.#writing ? 'saved' : !this.#connectivity.online ? 'offline' : this.#scheduler.status;
    if (status === this.#status) return;
    this.#status = status;
    for (const listener of this.#statusListeners) listener(status);
  }
}
