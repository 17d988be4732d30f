import type { Statement } from '@xapi/xapi';
import { LANGUAGE_TAGS, chooseLanguage } from '../../content/languages.js';
import type { Language } from '../../content/types.js';
import { reconcile, type SavedState } from '../../model/reconcile.js';
import type { AssessmentState } from '../../model/state.js';
import { decodeSuspendData, encodeSuspendData, encodeSuspendDataNow, newAttemptId, type SaveStamp } from '../../model/suspend-data.js';
import type { BrowserStorage } from '../../persistence/browser-storage.js';
import { Connectivity } from '../connectivity.js';
import { SaveScheduler, urgencyOf, type SaveTimings } from '../save-scheduler.js';
import type { AttemptOf, Handover, SyncStatus, Tracker, TrackerStart } from '../tracker.js';
import type { LrsHistory } from './lrs-history.js';
import type { LrsClient } from './lrs-client.js';
import { unreachableReason } from './unreachable.js';
import { StatementJournal } from './statement-journal.js';
import type { StatementQueue } from './statement-queue.js';
import { initializedStatement, terminatedStatement, type StatementContext } from './statements.js';

export const STATE_ID = 'wed-state';

export interface XapiTrackerOptions {
  mode: 'xapi' | 'cmi5';
  client: LrsClient;
  queue: StatementQueue;
  context: StatementContext;
  /** cmi5 Browse or Review: the results are shown, nothing is changed or reported as done. */
  readOnly: boolean;
  /** The learner's language as the launch gives it (cmi5 languagePreference, a lang launch parameter); null: none. */
  languagePreference?: string | null;
  timings?: SaveTimings;
  /** The browser copy of this attempt, kept until a later launch finds the same revision in the LRS. */
  copy?: BrowserStorage;
  connectivity?: Connectivity;
  /** The learner's completed profiles in the LRS: appends still on their way count as unsaved. */
  history?: LrsHistory;
}

/**
 * Reports to an LRS: statements for what the learner does, through a
 * persistent queue, and the resume state in the State API.
 */
export class XapiTracker implements Tracker {
  readonly mode: 'xapi' | 'cmi5';
  readonly #scheduler: SaveScheduler;
  readonly #listeners = new Set<(status: SyncStatus) => void>();
  readonly #journal = new StatementJournal();
  #ended = false;
  #latest: AssessmentState | null = null;
  #queueStatus: SyncStatus = 'saved';
  #startedAt = Date.now();
  #language: Language | null = null;
  #stamp: SaveStamp = { attempt: newAttemptId(), revision: 0 };
  #handedOver = false;
  #status: SyncStatus = 'saved';
  readonly #connectivity: Connectivity;
  #stopWatchingConnection = () => {};

  constructor(private readonly options: XapiTrackerOptions) {
    this.mode = options.mode;
    this.#connectivity = options.connectivity ?? new Connectivity();
    this.#scheduler = new SaveScheduler(() => this.#saveState(), options.timings);
    this.#scheduler.onStatus(() => this.#emitStatus());
    this.#queueStatus = options.queue.status;
    options.queue.onStatus((status) => {
      this.#queueStatus = status;
      this.#emitStatus();
    });
    options.history?.onStatus(() => this.#emitStatus());
  }

  async start(): Promise<TrackerStart> {
    this.#startedAt = Date.now();
    this.#stopWatchingConnection = this.#connectivity.onChange((online) => (online ? this.resync() : this.#emitStatus()));
    const saved = await this.#readState();
    let lrs: SavedState | null = null;
    let problem: TrackerStart['problem'] = null;
    if (!saved.ok) {
      problem = 'lrs-unreachable';
      console.error(
        `wed-zelfassessment: ${unreachableReason(this.options.client.endpoint, globalThis.location?.href ?? this.options.client.endpoint, saved)}`,
      );
    } else if (saved.value) {
      const decoded = await decodeSuspendData(saved.value);
      if (decoded.ok) lrs = decoded;
      else problem = 'broken';
    }
    const copy = (await this.options.copy?.load())?.saved ?? null;
    const resolution = reconcile(lrs, copy);
    if (resolution.from === 'lms' && resolution.copyConfirmed) this.options.copy?.clear();
    const restored = !this.options.readOnly && resolution.from === 'copy';
    // Statements already queued survive in the browser, so the copy's reported answers are the ones sent.
    const continued = restored ? resolution.saved : lrs;
    const state = continued?.state ?? null;
    if (continued) {
      this.#journal.continueFrom(continued.state, continued.reported);
      this.#stamp = { attempt: continued.attempt ?? this.#stamp.attempt, revision: continued.revision };
    }
    if (restored) {
      problem = null;
      this.#latest = state;
      this.#scheduler.request('now');
    }
    const language = this.options.languagePreference ?? null;
    // The app tells the language it shows (setTexts); until then, the same choice it will make.
    this.#language ??= chooseLanguage({ chosen: state?.language ?? null, lms: language });
    this.#send([initializedStatement(this.#context)]);
    const attemptKey = `${this.mode}:${JSON.stringify(this.options.context.actor)}:${this.options.context.registration ?? ''}`;
    return { state, problem, readOnly: this.options.readOnly, language, restored, attemptKey };
  }

  /**
   * Statements from now on say that the learner works in `language`
   * (context.language). The activities need no texts from the app: they name
   * themselves in every language.
   */
  setTexts(language: Language): void {
    this.#language = language;
  }

  get #context(): StatementContext {
    const { context } = this.options;
    return this.#language === null ? context : { ...context, language: LANGUAGE_TAGS[this.#language] };
  }

  record(state: AssessmentState, previous: AssessmentState): void {
    if (!this.#writing) return;
    this.#latest = state;
    this.#stamp = { ...this.#stamp, revision: this.#stamp.revision + 1 };
    this.options.copy?.save(state, this.#journal.reported, this.#stamp);
    this.#send(this.#journal.statementsFor(state, previous, this.#context, Date.now() - this.#startedAt));
    this.#scheduler.request(urgencyOf(state, previous));
  }

  attemptOf(): AttemptOf {
    return { learner: null, attempt: this.options.context.registration ?? this.#stamp.attempt };
  }

  flush(): void {
    void this.#scheduler.flush();
  }

  /** The connection is back, or the learner returned to the page: what waits goes out now. */
  resync(): void {
    this.#emitStatus();
    this.options.queue.retryNow();
    this.options.history?.retryNow();
    if (this.#writing && this.#latest) this.#scheduler.retryNow();
  }

  handOver(): Handover {
    this.flush();
    this.#handedOver = true;
    this.#emitStatus();
    return { data: this.snapshot(), interactions: 0 };
  }

  snapshot(): string {
    return this.#latest ? encodeSuspendDataNow(this.#latest, this.#journal.reported, this.#stamp) : '';
  }

  async takeOver(handover: Handover): Promise<AssessmentState | null> {
    this.#handedOver = false;
    this.#emitStatus();
    const decoded = await decodeSuspendData(handover.data);
    if (!decoded.ok || (decoded.attempt === this.#stamp.attempt && decoded.revision <= this.#stamp.revision)) return null;
    this.#journal.continueFrom(decoded.state, decoded.reported);
    this.#stamp = { attempt: decoded.attempt ?? this.#stamp.attempt, revision: decoded.revision };
    return decoded.state;
  }

  end(): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#stopWatchingConnection();
    this.#send([terminatedStatement(this.#context, Date.now() - this.#startedAt)]);
    this.options.queue.flushOnUnload();
    // The page is going away: an async save may never finish, so the latest state goes out with keepalive.
    if (this.#latest && this.#scheduler.status !== 'saved') {
      this.options.client.setStateOnUnload({
        ...this.#stateParams(),
        value: encodeSuspendDataNow(this.#latest, this.#journal.reported, this.#stamp),
      });
    }
  }

  onStatus(listener: (status: SyncStatus) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** The LRS may be briefly unreachable at launch; starting without its state would overwrite it later. */
  async #readState() {
    let result = await this.options.client.getState(this.#stateParams());
    for (const wait of [500, 1500]) {
      if (result.ok || !result.retry) break;
      await new Promise((resolve) => setTimeout(resolve, wait));
      result = await this.options.client.getState(this.#stateParams());
    }
    return result;
  }

  #send(statements: Statement[]): void {
    if (statements.length > 0) this.options.queue.enqueue(statements);
  }

  /** After end() the last state left with the page (keepalive); another tab's takeover stops saving too. */
  async #saveState(): Promise<boolean> {
    if (!this.#latest || !this.#writing) return true;
    const value = await encodeSuspendData(this.#latest, this.#journal.reported, this.#stamp);
    // The page may have been left (end) or handed over while the state was being compressed.
    if (!this.#writing) return true;
    const result = await this.options.client.setState({ ...this.#stateParams(), value });
    return result.ok && this.#connectivity.online;
  }

  #stateParams() {
    const { context } = this.options;
    return {
      activityId: context.activityId,
      agent: context.actor,
      ...(context.registration ? { registration: context.registration } : {}),
      stateId: STATE_ID,
    };
  }

  get #writing(): boolean {
    return !this.options.readOnly && !this.#ended && !this.#handedOver;
  }

  #emitStatus(): void {
    const statuses = [this.#scheduler.status, this.#queueStatus, this.options.history?.status ?? 'saved'];
    const status: SyncStatus = this.options.readOnly
      ? 'saved'
      : !this.#connectivity.online
        ? 'offline'
        : statuses.includes('failing')
          ? 'failing'
          : statuses.includes('pending')
            ? 'pending'
            : 'saved';
    if (status === this.#status) return;
    this.#status = status;
    for (const listener of this.#listeners) listener(status);
  }
}
