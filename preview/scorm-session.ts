import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { CommitTrigger, ResultObject, Settings } from 'scorm-again';
import type { LogEntry } from './api-log.js';
import { DataModelTracker } from './data-model.js';
import { restorable, type LaunchPlan } from './launch.js';
import type { LmsStore, StoredAttempt } from './lms-store.js';
import type { Standard } from './standards.js';

/** Where the SCO's session with this API stands. */
export type SessionState = 'not initialized' | 'running' | 'finished' | 'closed';

export interface SessionHooks {
  /** How the LMS answers saves right now. */
  conditions(): LmsConditions;
  log(entry: LogEntry): void;
  /** Something shown in the panel changed. */
  changed(): void;
  /** The SCO's Initialize succeeded: its window is there. */
  initialized?(): void;
}

/** The preview's switches that change how Moodle answers Commit and Finish. */
export interface LmsConditions {
  /** "Fail commits": "false" with the standard's commit or finish error. */
  failCommits: boolean;
  /** "Offline, reported as saved": Moodle answers "true" for a save request that failed. */
  offline: boolean;
  /** "Session lost": Commit gets Moodle's login page ("false", 101); Finish's beacon is reported "true" and lost. */
  sessionLost: boolean;
  /** "Slow LMS": how long Commit and Finish block the page (Moodle's SCORM 1.2 save is a synchronous request). */
  blockMs: number;
}

/** Moodle's error for a save request that failed (scorm_12.js and scorm_13.js alike). */
const SAVE_REQUEST_FAILED = 101;

const API_SETTINGS: Settings = {
  autocommit: false,
  lmsCommitUrl: false,
  logLevel: 'NONE',
};

/**
 * One launch of the package: a fresh scorm-again API loaded from the LMS
 * database, whose calls are logged and whose commits write the database.
 */
export class PreviewSession {
  readonly api: Scorm12API | Scorm2004API;
  readonly tracker = new DataModelTracker();
  state: SessionState = 'not initialized';
  /** The attempt as last committed in this session (or as launched). */
  stored: StoredAttempt | null;
  /** Whether the attempt in the LMS database is this session's (continued, or committed by it). */
  #continuesStored: boolean;
  readonly #baseline: Record<string, string>;
  /** LMS notes raised during an API call, logged after the call's own line. */
  #notesDuringCall: LogEntry[] = [];
  #inCall = false;

  constructor(
    readonly plan: LaunchPlan,
    private readonly store: LmsStore,
    private readonly hooks: SessionHooks,
  ) {
    this.stored = plan.continues;
    this.#continuesStored = plan.continues !== null;
    this.api = createApi(plan.info.standard);
    this.api.loadFromFlattenedJSON({ ...plan.restoredValues, ...plan.launchValues });
    for (const [element, value] of Object.entries(plan.launchValues)) this.tracker.setLaunch(element, value);
    for (const [element, value] of Object.entries(plan.restoredValues)) this.tracker.setCommitted(element, value);
    this.#baseline = textValues(this.api.getFlattenedCMI());
    this.#instrument();
  }

  /** Offers the API to frames below `win`, as `window.API` or `window.API_1484_11`. */
  mount(win: Window): void {
    Reflect.set(win, this.plan.info.windowProperty, this.api);
  }

  /** Takes any SCORM API off `win`. */
  static unmountAll(win: Window): void {
    Reflect.deleteProperty(win, 'API');
    Reflect.deleteProperty(win, 'API_1484_11');
  }

  /**
   * The package is gone (unloaded): the LMS ends the session. As in Moodle,
   * values set but never stored are lost.
   */
  close(): void {
    if (this.state === 'closed') return;
    const previous = this.state;
    this.state = 'closed';
    const lost = this.tracker.losePending();
    const finish = this.plan.info.functions.finish;
    if (previous === 'running') {
      this.#note(
        lost > 0
          ? `The package was unloaded without ${finish}: the LMS closed the session and ${lost} uncommitted value(s) are lost.`
          : `The package was unloaded without ${finish}: the LMS closed the session (nothing uncommitted was lost).`,
        'warning',
      );
    } else if (lost > 0) {
      this.#note(`The session has ended: ${lost} value(s) reported as saved were never stored and are lost.`, 'warning');
    }
    this.hooks.changed();
  }

  #instrument(): void {
    const { functions } = this.plan.info;
    this.#wrap(functions.initialize, (_args, result) => {
      if (result !== 'true') return;
      this.state = 'running';
      this.hooks.initialized?.();
    });
    this.#wrap(functions.getValue);
    this.#wrap(functions.setValue, ([element = '', value = ''], result) => {
      if (result === 'true') this.tracker.setBySco(element, value);
    });
    this.#wrap(functions.commit, undefined, { blocks: true });
    this.#wrap(
      functions.finish,
      (_args, result) => {
        if (result === 'true') this.state = 'finished';
      },
      { blocks: true },
    );

    // Every commit, LMSCommit/Commit and the one inside LMSFinish/Terminate, goes through storeData.
    const storeData = this.api.storeData.bind(this.api);
    this.api.storeData = (terminateCommit: boolean, trigger?: CommitTrigger): ResultObject => {
      const { info } = this.plan;
      const caller = terminateCommit ? info.functions.finish : info.functions.commit;
      const lms = this.hooks.conditions();
      if (lms.failCommits) {
        const errorCode = terminateCommit ? info.finishFailureCode : info.commitFailureCode;
        this.#note(`${caller}: the LMS refused to store ("Fail commits" is on), error ${errorCode}.`, 'warning');
        return { result: 'false', errorCode };
      }
      if (lms.sessionLost && !terminateCommit) {
        this.#note(
          `${caller}: the session has ended ("Session lost" is on): Moodle's save request got the login page, ` +
            `so "false", error ${SAVE_REQUEST_FAILED}. Nothing stored.`,
          'warning',
        );
        return { result: 'false', errorCode: SAVE_REQUEST_FAILED };
      }
      if (lms.sessionLost || lms.offline) {
        const why = lms.sessionLost
          ? 'it went out as a beacon without a session ("Session lost" is on)'
          : 'the save request failed ("Offline, reported as saved" is on)';
        this.#note(`${caller}: reported as saved, but ${why}: nothing was stored, as in Moodle.`, 'warning');
        return { result: 'true', errorCode: 0 };
      }
      const result = storeData(terminateCommit, trigger);
      if ((result.errorCode ?? 0) === 0) this.#persist(caller);
      return result;
    };
  }

  /**
   * Replaces one of the API's functions by one that logs each call with its
   * outcome; one that `blocks` first waits out the "Slow LMS" time.
   */
  #wrap(name: string, afterCall?: (args: readonly string[], result: string) => void, { blocks = false } = {}): void {
    const original: unknown = Reflect.get(this.api, name);
    if (typeof original !== 'function') throw new Error(`scorm-again's API has no function ${name}`);
    Reflect.set(this.api, name, (...rawArgs: unknown[]): string => {
      const args = rawArgs.map((arg) => String(arg));
      let result: string;
      if (this.state === 'closed') {
        // A stale frame calling an API the LMS has already closed.
        this.api.lastErrorCode = String(this.plan.info.generalErrorCode);
        result = 'false';
      } else {
        this.#inCall = true;
        try {
          const started = performance.now();
          const blockMs = blocks ? this.hooks.conditions().blockMs : 0;
          while (performance.now() - started < blockMs) {
            // A synchronous request: the page can do nothing else meanwhile.
          }
          result = String(Reflect.apply(original, this.api, rawArgs));
          afterCall?.(args, result);
          if (blockMs > 0) {
            this.#note(
              `${name}: answered after ${Math.round(performance.now() - started)} ms ("Slow LMS" is on): ` +
                'the page was blocked all that time.',
              'warning',
            );
          }
        } finally {
          this.#inCall = false;
        }
      }
      this.hooks.log({ kind: 'call', time: new Date(), name, args, result, errorCode: this.api.lastErrorCode });
      for (const note of this.#notesDuringCall.splice(0)) this.hooks.log(note);
      this.hooks.changed();
      return result;
    });
  }

  /**
   * Stores the committed data model in the LMS database as Moodle does: every
   * value that differs from its default is sent (CollectData), whether or not
   * it changed, and overwrites what is stored; what is not sent stays. So with
   * two tabs on one attempt, the last to commit wins.
   */
  #persist(caller: string): void {
    const { info } = this.plan;
    const { elements } = info;
    const flat = textValues(this.api.getFlattenedCMI());
    // scorm-again's own defaults (score.max 100, learner_preference …) come back by themselves.
    const defaults = defaultValues(info.standard);
    const sent = Object.fromEntries(
      Object.entries(restorable(info, flat)).filter(([element, value]) => defaults[elementPattern(element)] !== value),
    );
    const current = this.#continuesStored ? this.store.load(info.standard) : null;
    const launchTotal = this.plan.launchValues[elements.totalTime] ?? info.zeroTime;
    const attempt: StoredAttempt = {
      values: { ...current?.values, ...sent },
      exit: flat[elements.exit] ?? '',
      totalTime: info.addTimes(launchTotal, flat[elements.sessionTime] ?? ''),
      committedAt: new Date().toISOString(),
      commits: (current?.commits ?? 0) + 1,
    };
    const saved = this.store.save(info.standard, attempt);
    this.stored = attempt;
    this.#continuesStored = true;
    this.tracker.commitPending();
    // Values the LMS itself changed (scorm-again sets lesson_status at LMSFinish, for one).
    for (const [element, value] of Object.entries(sent)) {
      if (this.#baseline[element] !== value && this.tracker.get(element)?.value !== value) {
        this.tracker.setCommitted(element, value);
      }
    }
    this.#note(
      saved
        ? `${caller}: stored ${Object.keys(sent).length} value(s); exit "${attempt.exit}", total time ${attempt.totalTime}.`
        : `${caller}: accepted, but this browser refused to write the LMS database (localStorage).`,
      saved ? 'info' : 'warning',
    );
  }

  #note(message: string, level: 'info' | 'warning'): void {
    const entry: LogEntry = { kind: 'lms', time: new Date(), message, level };
    if (this.#inCall) this.#notesDuringCall.push(entry);
    else this.hooks.log(entry);
  }
}

function createApi(standard: Standard): Scorm12API | Scorm2004API {
  return standard === 'scorm12' ? new Scorm12API(API_SETTINGS) : new Scorm2004API(API_SETTINGS);
}

const defaultsByStandard = new Map<Standard, Record<string, string>>();
const PROBE = 'preview-probe';

/**
 * What scorm-again holds before anything is set, by element pattern
 * (`cmi.objectives.n.score.max`): a fresh API with one objective and one
 * interaction shows the defaults of list members too.
 */
function defaultValues(standard: Standard): Record<string, string> {
  let defaults = defaultsByStandard.get(standard);
  if (!defaults) {
    const probe = createApi(standard);
    probe.loadFromFlattenedJSON({
      'cmi.objectives.0.id': PROBE,
      'cmi.interactions.0.id': PROBE,
      'cmi.interactions.0.objectives.0.id': PROBE,
    });
    defaults = {};
    for (const [element, value] of Object.entries(textValues(probe.getFlattenedCMI()))) {
      if (value !== PROBE) defaults[elementPattern(element)] = value;
    }
    defaultsByStandard.set(standard, defaults);
  }
  return defaults;
}

/** `cmi.objectives.3.score.max` → `cmi.objectives.n.score.max`. */
function elementPattern(element: string): string {
  return element.replace(/\.\d+(?=\.)/g, '.n');
}

/** The textual values of a flattened data model (scorm-again also flattens empty lists to {}). */
function textValues(flat: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [element, value] of Object.entries(flat)) {
    if (typeof value === 'string') values[element] = value;
  }
  return values;
}
