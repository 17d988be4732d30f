import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { Scorm12Api, Scorm2004Api } from '../../src/tracking/scorm/scorm-connection.js';

export type ScormVersion = '1.2' | '2004';
export type Fault = 'false' | 'throw';

export interface ApiCall {
  method: string;
  args: string[];
  result: string;
}

interface LmsOptions {
  /** What an earlier session committed; present means the attempt is resumed. */
  committed?: ReadonlyMap<string, string>;
  mode?: 'normal' | 'review' | 'browse';
  learnerId?: string;
}

const METHODS = {
  '1.2': { init: 'LMSInitialize', finish: 'LMSFinish', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit' },
  '2004': { init: 'Initialize', finish: 'Terminate', get: 'GetValue', set: 'SetValue', commit: 'Commit' },
} as const;

type Role = keyof (typeof METHODS)['1.2'];

/**
 * An LMS for tests: scorm-again's real runtime behind a recording wrapper.
 * Like Moodle it keeps only committed values, and faults can be switched on
 * per call to see how the package copes.
 */
export class ScormLms {
  readonly calls: ApiCall[] = [];
  readonly committed = new Map<string, string>();
  readonly faults: Partial<Record<Role, Fault>> = {};
  readonly api: Scorm12Api | Scorm2004Api;
  readonly #runtime: Scorm12API | Scorm2004API;
  readonly #uncommitted = new Map<string, string>();

  constructor(
    readonly version: ScormVersion,
    { committed, mode = 'normal', learnerId = 'learner-1' }: LmsOptions = {},
  ) {
    const settings = { logLevel: 5, autocommit: false, lmsCommitUrl: false } as const;
    this.#runtime = version === '1.2' ? new Scorm12API(settings) : new Scorm2004API(settings);
    const prefix = version === '1.2' ? 'cmi.core.' : 'cmi.';
    const launch: Record<string, string> = {
      ...Object.fromEntries(committed ?? []),
      [`${prefix}${version === '1.2' ? 'student_id' : 'learner_id'}`]: learnerId,
      [`${prefix}entry`]: committed?.size ? 'resume' : 'ab-initio',
      [version === '1.2' ? 'cmi.core.lesson_mode' : 'cmi.mode']: mode,
    };
    // Values a session may not write (session time) are not carried into the next one.
    delete launch['cmi.core.session_time'];
    delete launch['cmi.session_time'];
    this.#runtime.loadFromFlattenedJSON(launch);
    for (const [element, value] of committed ?? []) this.committed.set(element, value);
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
      this.version === '1.2' ? ['LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'] : ['GetLastError', 'GetErrorString', 'GetDiagnostic'];
    for (const method of errorMethods) wrapper[method] = (...args) => String(runtime[method]!(...args));
    for (const [role, method] of Object.entries(names) as Array<[Role, string]>) {
      wrapper[method] = (...args: string[]) => {
        const fault = this.faults[role];
        if (fault === 'throw') {
          this.calls.push({ method, args, result: 'throw' });
          throw new Error(`${method} failed`);
        }
        const result = fault === 'false' ? 'false' : String(runtime[method]!(...args));
        this.calls.push({ method, args, result });
        if (result === 'true' && role === 'set') this.#uncommitted.set(args[0]!, args[1]!);
        if (result === 'true' && (role === 'commit' || role === 'finish')) {
          for (const [element, value] of this.#uncommitted) this.committed.set(element, value);
          this.#uncommitted.clear();
        }
        return result;
      };
    }
    return wrapper as unknown as Scorm12Api | Scorm2004Api;
  }
}
