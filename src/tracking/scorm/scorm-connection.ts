/** The SCORM 1.2 runtime API as an LMS exposes it on `window.API`. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
}

/** The SCORM 2004 runtime API as an LMS exposes it on `window.API_1484_11`. */
export interface Scorm2004Api {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string;
  GetErrorString(code: string): string;
}

/** The calls both APIs share, under one set of names. */
interface RawCalls {
  init(): unknown;
  finish(): unknown;
  get(element: string): unknown;
  set(element: string, value: string): unknown;
  commit(): unknown;
}

/**
 * One calling convention over both APIs. Every call is guarded: an LMS API
 * that throws or answers "false" becomes a `false` here, never an exception.
 */
export class ScormConnection {
  private constructor(private readonly raw: RawCalls) {}

  static scorm12(api: Scorm12Api): ScormConnection {
    return new ScormConnection({
      init: () => api.LMSInitialize(''),
      finish: () => api.LMSFinish(''),
      get: (element) => api.LMSGetValue(element),
      set: (element, value) => api.LMSSetValue(element, value),
      commit: () => api.LMSCommit(''),
    });
  }

  static scorm2004(api: Scorm2004Api): ScormConnection {
    return new ScormConnection({
      init: () => api.Initialize(''),
      finish: () => api.Terminate(''),
      get: (element) => api.GetValue(element),
      set: (element, value) => api.SetValue(element, value),
      commit: () => api.Commit(''),
    });
  }

  initialize(): boolean {
    return succeeded(() => this.raw.init());
  }

  finish(): boolean {
    return succeeded(() => this.raw.finish());
  }

  commit(): boolean {
    return succeeded(() => this.raw.commit());
  }

  setValue(element: string, value: string): boolean {
    return succeeded(() => this.raw.set(element, value));
  }

  /** The value, or '' when the LMS has none or fails. */
  getValue(element: string): string {
    try {
      const value = this.raw.get(element);
      return value === null || value === undefined ? '' : String(value);
    } catch {
      return '';
    }
  }
}

/** LMSs answer "true" (some the boolean true); anything else, or a throw, is a failure. */
function succeeded(call: () => unknown): boolean {
  try {
    return String(call()) === 'true';
  } catch {
    return false;
  }
}
