import type { Statement } from '@xapi/xapi';
import { config } from '../../content/config.js';
import { LANGUAGE_TAGS, chooseLanguage } from '../../content/languages.js';
import { PILLAR_IDS, type Language, type PillarId } from '../../content/types.js';
import { isComplete } from '../../model/progress.js';
import { STATEMENT_IDS, allAnswered, overallScore, pillarScore } from '../../model/scoring.js';
import type { AssessmentState } from '../../model/state.js';
import { decodeSuspendData, encodeSuspendData, encodeSuspendDataNow, type Reported } from '../../model/suspend-data.js';
import { SaveScheduler, type SaveTimings } from '../save-scheduler.js';
import type { SyncStatus, Tracker, TrackerStart } from '../tracker.js';
import type { LrsClient } from './lrs-client.js';
import type { StatementQueue } from './statement-queue.js';
import {
  answeredStatement,
  completedStatement,
  initializedStatement,
  overallScoredStatement,
  pillarScoredStatement,
  terminatedStatement,
  videoExperiencedStatement,
  type StatementContext,
} from './statements.js';

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
  /** The browser's languages, for the first statement's language before the app says which it shows. */
  browserLanguages?: readonly string[];
  timings?: SaveTimings;
}

/**
 * Reports to an LRS: statements for what the learner does, through a
 * persistent queue, and the resume state in the State API.
 */
export class XapiTracker implements Tracker {
  readonly mode: 'xapi' | 'cmi5';
  readonly #scheduler: SaveScheduler;
  readonly #listeners = new Set<(status: SyncStatus) => void>();
  #reported: Reported = {};
  #reportedScores = new Map<PillarId | 'overall', number>();
  #completed = false;
  #ended = false;
  #latest: AssessmentState | null = null;
  #queueStatus: SyncStatus = 'saved';
  #startedAt = Date.now();
  #language: Language | null = null;

  constructor(private readonly options: XapiTrackerOptions) {
    this.mode = options.mode;
    this.#scheduler = new SaveScheduler(() => this.#saveState(), options.timings);
    this.#scheduler.onStatus(() => this.#emitStatus());
    this.#queueStatus = options.queue.status;
    options.queue.onStatus((status) => {
      this.#queueStatus = status;
      this.#emitStatus();
    });
  }

  async start(): Promise<TrackerStart> {
    this.#startedAt = Date.now();
    const saved = await this.#readState();
    let state: AssessmentState | null = null;
    let problem: TrackerStart['problem'] = null;
    if (!saved.ok) {
      problem = 'unavailable';
    } else if (saved.value) {
      const decoded = await decodeSuspendData(saved.value);
      if (decoded.ok) {
        state = decoded.state;
        this.#reported = decoded.reported;
        this.#rememberReportedScores(decoded.state);
        this.#completed = isComplete(decoded.state);
      } else {
        problem = 'broken';
      }
    }
    const language = this.options.languagePreference ?? null;
    // The app tells the language it shows (setLanguage); until then, the same choice it will make.
    this.#language ??= chooseLanguage({
      chosen: state?.language ?? null,
      lms: language,
      browser: this.options.browserLanguages ?? globalThis.navigator?.languages ?? [],
    });
    this.#send([initializedStatement(this.#context)]);
    return { state, problem, readOnly: this.options.readOnly, language };
  }

  /** Statements from now on say that the learner works in `language` (context.language). */
  setLanguage(language: Language): void {
    this.#language = language;
  }

  get #context(): StatementContext {
    const { context } = this.options;
    return this.#language === null ? context : { ...context, language: LANGUAGE_TAGS[this.#language] };
  }

  record(state: AssessmentState, previous: AssessmentState): void {
    if (this.options.readOnly || this.#ended) return;
    this.#latest = state;
    this.#send(this.#statementsFor(state, previous));
    this.#scheduler.request(state.screen !== previous.screen ? 'now' : state.plan !== previous.plan ? 'typing' : 'soon');
  }

  flush(): void {
    void this.#scheduler.flush();
  }

  end(): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#send([terminatedStatement(this.#context, Date.now() - this.#startedAt)]);
    this.options.queue.flushOnUnload();
    // The page is going away: an async save may never finish, so the latest state goes out with keepalive.
    if (this.#latest && this.#scheduler.status !== 'saved') {
      this.options.client.setStateOnUnload({ ...this.#stateParams(), value: encodeSuspendDataNow(this.#latest, this.#reported) });
    }
  }

  onStatus(listener: (status: SyncStatus) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #statementsFor(state: AssessmentState, previous: AssessmentState): Statement[] {
    const context = this.#context;
    const statements: Statement[] = [];
    if (state.videoWatched && !previous.videoWatched) {
      statements.push(videoExperiencedStatement(context, config.video.watchUrl));
    }
    // Like SCORM: answers are reported once step 2 is done, then only when they change.
    if (state.analysisSeen && allAnswered(state.answers)) {
      for (const id of STATEMENT_IDS) {
        const answer = state.answers[id];
        if (answer && this.#reported[id] !== answer) {
          statements.push(answeredStatement(context, id, answer));
          this.#reported[id] = answer;
        }
      }
      for (const pillar of PILLAR_IDS) {
        const score = pillarScore(state.answers, pillar);
        if (score !== null && this.#reportedScores.get(pillar) !== score) {
          const scored = pillarScoredStatement(context, pillar, state.answers);
          if (scored) statements.push(scored);
          this.#reportedScores.set(pillar, score);
        }
      }
      const overall = overallScore(state.answers);
      if (overall !== null && this.#reportedScores.get('overall') !== overall) {
        const scored = overallScoredStatement(context, state.answers);
        if (scored) statements.push(scored);
        this.#reportedScores.set('overall', overall);
      }
    }
    if (!this.#completed && isComplete(state)) {
      this.#completed = true;
      statements.push(completedStatement(context, Date.now() - this.#startedAt, state.answers));
    }
    return statements;
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

  #rememberReportedScores(state: AssessmentState): void {
    if (!state.analysisSeen || !allAnswered(this.#reported)) return;
    for (const pillar of PILLAR_IDS) {
      const score = pillarScore(this.#reported, pillar);
      if (score !== null) this.#reportedScores.set(pillar, score);
    }
    const overall = overallScore(this.#reported);
    if (overall !== null) this.#reportedScores.set('overall', overall);
  }

  #send(statements: Statement[]): void {
    if (statements.length > 0) this.options.queue.enqueue(statements);
  }

  async #saveState(): Promise<boolean> {
    if (!this.#latest) return true;
    const value = await encodeSuspendData(this.#latest, this.#reported);
    const result = await this.options.client.setState({ ...this.#stateParams(), value });
    return result.ok;
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

  #emitStatus(): void {
    const statuses = [this.#scheduler.status, this.#queueStatus];
    const status: SyncStatus = statuses.includes('failing') ? 'failing' : statuses.includes('pending') ? 'pending' : 'saved';
    for (const listener of this.#listeners) listener(status);
  }
}
