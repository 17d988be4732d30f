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
  /** Whether the LMS should refuse to store right now ("Fail commits"). */
  failCommits(): boolean;
  log(entry: LogEntry): void;
  /** Something shown in the panel changed. */
  changed(): void;
}

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
   * values set but never committed are lost.
   */
  close(): void {
    if (this.state === 'closed') return;
    const previous = this.state;
    this.state = 'closed';
    if (previous === 'running') {
      const lost = this.tracker.losePending();
      const finish = this.plan.info.functions.finish;
      this.#note(
        lost > 0
          ? `The package was unloaded without ${finish}: the LMS closed the session and ${lost} uncommitted value(s) are lost.`
          : `The package was unloaded without ${finish}: the LMS closed the session (nothing uncommitted was lost).`,
        'warning',
      );
    }
    this.hooks.changed();
  }

  #instrument(): void {
    const { functions } = this.plan.info;
    this.#wrap(functions.initialize, (_args, result) => {
      if (result === 'true') this.state = 'running';
    });
    this.#wrap(functions.getValue);
    this.#wrap(functions.setValue, ([element = '', value = ''], result) => {
      if (result === 'true') this.tracker.setBySco(element, value);
    });
    this.#wrap(functions.commit);
    this.#wrap(functions.finish, (_args, result) => {
      if (result === 'true') this.state = 'finished';
    });

    // Every commit, LMSCommit/Commit and the one inside LMSFinish/Terminate, goes through storeData.
    const storeData = this.api.storeData.bind(this.api);
    this.api.storeData = (terminateCommit: boolean, trigger?: CommitTrigger): ResultObject => {
      const { info } = this.plan;
      const caller = terminateCommit ? info.functions.finish : info.functions.commit;
      if (this.hooks.failCommits()) {
        const errorCode = terminateCommit ? info.finishFailureCode : info.commitFailureCode;
        this.#note(`${caller}: the LMS refused to store ("Fail commits" is on), error ${errorCode}.`, 'warning');
        return { result: 'false', errorCode };
      }
      const result = storeData(terminateCommit, trigger);
      if ((result.errorCode ?? 0) === 0) this.#persist(caller);
      return result;
    };
  }

  /** Replaces one of the API's functions by one that logs each call with its outcome. */
  #wrap(name: string, afterCall?: (args: readonly string[], result: string) => void): void {
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
          result = String(Reflect.apply(original, this.api, rawArgs));
          afterCall?.(args, result);
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

  /** Stores the committed data model in the LMS database. */
  #persist(caller: string): void {
    const { info } = this.plan;
    const { elements } = info;
    const flat = textValues(this.api.getFlattenedCMI());
    // scorm-again's own defaults (score.max 100, learner_preference …) come back by themselves.
    const defaults = defaultValues(info.standard);
    const values = Object.fromEntries(
      Object.entries(restorable(info, flat)).filter(([element, value]) => defaults[elementPattern(element)] !== value),
    );
    const launchTotal = this.plan.launchValues[elements.totalTime] ?? info.zeroTime;
    const attempt: StoredAttempt = {
      values,
      exit: flat[elements.exit] ?? '',
      totalTime: info.addTimes(launchTotal, flat[elements.sessionTime] ?? ''),
      committedAt: new Date().toISOString(),
      commits: (this.stored?.commits ?? 0) + 1,
    };
    const saved = this.store.save(info.standard, attempt);
    this.stored = attempt;
    this.tracker.commitPending();
    // Values the LMS itself changed (scorm-again sets lesson_status at LMSFinish, for one).
    for (const [element, value] of Object.entries(values)) {
      if (this.#baseline[element] !== value && this.tracker.get(element)?.value !== value) {
        this.tracker.setCommitted(element, value);
      }
    }
    this.#note(
      saved
        ? `${caller}: stored ${Object.keys(values).length} value(s); exit "${attempt.exit}", total time ${attempt.totalTime}.`
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
