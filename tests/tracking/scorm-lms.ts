import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { Scorm12Api, Scorm2004Api } from '../../src/tracking/scorm/scorm-connection.js';

export type ScormVersion = '1.2' | '2004';
export type Fault = 'false' | 'throw';
/**
 * Faults of Moodle 4.5's saves, for commit and finish only.
 * - `lost`: offline. Moodle answers "true", error 0, although its request (and
 *   the beacon it falls back to) failed: nothing is kept.
 * - `session-lost`: the session expired. Commit answers "false" and
 *   GetLastError "101" (Moodle got the login page); finish goes out as a beacon
 *   that Moodle reports as "true" but that is not kept either.
 */
export type SaveFault = 'lost' | 'session-lost';

export interface ApiCall {
  method: string;
  args: string[];
  result: string;
  /** Commit and finish: how long the call took, blocking the page. */
  durationMs?: number;
}

interface LmsOptions {
  /** What an earlier session committed; present means the attempt is resumed. */
  committed?: ReadonlyMap<string, string>;
  mode?: 'normal' | 'review' | 'browse';
  learnerId?: string;
  /** Slow Moodle: its SCORM 1.2 commit is a synchronous request that blocks the page this long (ms). */
  blockMs?: number;
  /**
   * Moodle's CollectData: commit and finish send this tab's whole data model
   * (all it was loaded with and all set in it), not only what changed since,
   * so the last tab to commit overwrites what another tab committed.
   */
  moodleCommits?: boolean;
}

const METHODS = {
  '1.2': { init: 'LMSInitialize', finish: 'LMSFinish', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit' },
  '2004': { init: 'Initialize', finish: 'Terminate', get: 'GetValue', set: 'SetValue', commit: 'Commit' },
} as const;

type Role = keyof (typeof METHODS)['1.2'];
type Faults = { [R in Role]?: R extends 'commit' | 'finish' ? Fault | SaveFault : Fault };

/** Moodle's answer to GetLastError after a failed save request (scorm_12.js and scorm_13.js alike). */
const SAVE_REQUEST_FAILED = '101';
/** Values a session may not write (session time) and that are not carried into the next one. */
const SESSION_ONLY = ['cmi.core.session_time', 'cmi.session_time'];
/**
 * Moodle's SCORM 2004 player hands these back only when the last session left
 * with cmi.exit = suspend (or logout); after any other exit the attempt opens
 * empty, with entry ab-initio.
 */
const HANDED_BACK_AFTER_SUSPEND_2004 = ['cmi.suspend_data', 'cmi.location'];

/**
 * An LMS for tests: scorm-again's real runtime behind a recording wrapper.
 * Like Moodle it keeps only committed values, and faults can be switched on
 * per call to see how the package copes.
 */
export class ScormLms {
  readonly calls: ApiCall[] = [];
  /** The LMS database of this attempt; shared by the tabs of `openTab`. */
  readonly committed: Map<string, string>;
  readonly faults: Faults = {};
  readonly api: Scorm12Api | Scorm2004Api;
  /** Slow Moodle (see LmsOptions); may be changed between calls. */
  blockMs: number;
  /** Moodle's whole-model commits (see LmsOptions). */
  readonly moodleCommits: boolean;
  readonly #runtime: Scorm12API | Scorm2004API;
  readonly #uncommitted = new Map<string, string>();
  /** moodleCommits: what this tab was loaded with plus what was set in it. */
  readonly #model: Map<string, string>;

  /** `store`: the database to commit into; `openTab` passes its own so that the tabs share it. */
  constructor(
    readonly version: ScormVersion,
    { committed, mode = 'normal', learnerId = 'learner-1', blockMs = 0, moodleCommits = false }: LmsOptions = {},
    store: Map<string, string> = new Map(committed),
  ) {
    this.committed = store;
    this.blockMs = blockMs;
    this.moodleCommits = moodleCommits;
    const settings = { logLevel: 5, autocommit: false, lmsCommitUrl: false } as const;
    this.#runtime = version === '1.2' ? new Scorm12API(settings) : new Scorm2004API(settings);
    const prefix = version === '1.2' ? 'cmi.core.' : 'cmi.';
    const exit = committed?.get('cmi.exit');
    const opensEmpty = version === '2004' && exit !== undefined && exit !== 'suspend' && exit !== 'logout';
    const restored = [...(committed ?? [])].filter(
      ([element]) => !SESSION_ONLY.includes(element) && !(opensEmpty && HANDED_BACK_AFTER_SUSPEND_2004.includes(element)),
    );
    this.#model = new Map(restored);
    this.#runtime.loadFromFlattenedJSON({
      ...Object.fromEntries(restored),
      [`${prefix}${version === '1.2' ? 'student_id' : 'learner_id'}`]: learnerId,
      [`${prefix}entry`]: committed?.size && !opensEmpty ? 'resume' : 'ab-initio',
      [version === '1.2' ? 'cmi.core.lesson_mode' : 'cmi.mode']: mode,
    });
    this.api = this.#wrap();
  }

  mount(win: Window = window): void {
    const name = this.version === '1.2' ? 'API' : 'API_1484_11';
    (win as unknown as Record<string, unknown>)[name] = this.api;
  }

  static unmountAll(win: Window = window): void {
    delete (win as unknown as Record<string, unknown>).API;
    delete (win as unknown as Record<string, unknown>).API_1484_11;
  }

  /** A new session on the same attempt, as when the learner comes back. */
  resume(options: Omit<LmsOptions, 'committed'> = {}): ScormLms {
    return new ScormLms(this.version, { ...options, committed: this.committed });
  }

  /**
   * The same attempt opened in another Moodle tab now: a runtime of its own,
   * loaded from what is committed at this moment (entry resume when there is
   * any), that commits into the same database. Whole-model commits and the
   * slowness are this tab's unless overridden.
   */
  openTab(options: Omit<LmsOptions, 'committed'> = {}): ScormLms {
    const settings = { moodleCommits: this.moodleCommits, blockMs: this.blockMs, ...options };
    return new ScormLms(this.version, { ...settings, committed: new Map(this.committed) }, this.committed);
  }

  get sets(): Array<[string, string]> {
    return this.calls.filter((c) => c.method === METHODS[this.version].set).map((c) => [c.args[0]!, c.args[1]!]);
  }

  count(role: Role): number {
    return this.calls.filter((c) => c.method === METHODS[this.version][role]).length;
  }

  #wrap(): Scorm12Api | Scorm2004Api {
    const names = METHODS[this.version];
    const runtime = this.#runtime as unknown as Record<string, (...args: string[]) => string>;
    const wrapper: Record<string, (...args: string[]) => string> = {};
    const errorMethods =
      this.version === '1.2'
        ? ['LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic']
        : ['GetLastError', 'GetErrorString', 'GetDiagnostic'];
    for (const method of errorMethods) wrapper[method] = (...args) => String(runtime[method]!(...args));
    for (const [role, method] of Object.entries(names) as Array<[Role, string]>) {
      const saves = role === 'commit' || role === 'finish';
      wrapper[method] = (...args: string[]) => {
        const started = performance.now();
        if (saves) while (performance.now() - started < this.blockMs);
        const timing = () => (saves ? { durationMs: performance.now() - started } : {});
        const fault = this.faults[role];
        if (fault === 'throw') {
          this.calls.push({ method, args, result: 'throw', ...timing() });
          throw new Error(`${method} failed`);
        }
        const refused = fault === 'false' || (fault === 'session-lost' && role === 'commit');
        const result = refused ? 'false' : String(runtime[method]!(...args));
        if (fault === 'session-lost' && role === 'commit') this.#runtime.lastErrorCode = SAVE_REQUEST_FAILED;
        this.calls.push({ method, args, result, ...timing() });
        if (result === 'true' && role === 'set') {
          this.#uncommitted.set(args[0]!, args[1]!);
          this.#model.set(args[0]!, args[1]!);
        }
        if (result === 'true' && saves && fault !== 'lost' && fault !== 'session-lost') this.#keep();
        return result;
      };
    }
    return wrapper as unknown as Scorm12Api | Scorm2004Api;
  }

  #keep(): void {
    for (const [element, value] of this.moodleCommits ? this.#model : this.#uncommitted) this.committed.set(element, value);
    this.#uncommitted.clear();
  }
}

/**
 * What Moodle 4.5's login page does to the package's browser copy: at every
 * new login it runs `localStorage.clear()` on the site. Test pages run side by
 * side and share one localStorage, so this removes only the keys under
 * `prefix` (the tracking key this page gave the package, see TRACKING_KEY in
 * scorm-run.ts). IndexedDB is left alone, as Moodle leaves it. Returns how many
 * keys were removed.
 */
export function loginClearsLocalStorage(prefix: string): number {
  const keys = Object.keys(window.localStorage).filter((key) => key.startsWith(prefix));
  for (const key of keys) window.localStorage.removeItem(key);
  return keys.length;
}
