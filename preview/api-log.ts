/**
 * One line of the preview's log: an API call of the SCO, a request the dev LRS
 * received (xAPI mode: writes and failures), or something the LMS did.
 */
export type LogEntry =
  | {
      kind: 'call';
      time: Date;
      name: string;
      args: readonly string[];
      result: string;
      errorCode: string;
      /** Which tab's API was called, when a second tab is open ("Tab 2"). */
      tab?: string;
    }
  | {
      kind: 'http';
      time: Date;
      method: string;
      /** Below the LRS endpoint, e.g. "statements" or "activities/state?stateId=wed-state". */
      resource: string;
      status: number;
      message: string;
    }
  | {
      kind: 'lms';
      time: Date;
      message: string;
      level: 'info' | 'warning';
      tab?: string;
    };

/** The log, newest last, keeping only the most recent `limit` lines. */
export class ApiLog {
  #entries: LogEntry[] = [];
  #dropped = 0;

  constructor(readonly limit = 500) {}

  /** Adds a line; one older than the last (an LRS request reported after the fact) goes in its place by time. */
  add(entry: LogEntry): void {
    let index = this.#entries.length;
    while (index > 0 && (this.#entries[index - 1]?.time ?? entry.time) > entry.time) index--;
    this.#entries.splice(index, 0, entry);
    const excess = this.#entries.length - this.limit;
    if (excess > 0) {
      this.#entries.splice(0, excess);
      this.#dropped += excess;
    }
  }

  clear(): void {
    this.#entries = [];
    this.#dropped = 0;
  }

  get entries(): readonly LogEntry[] {
    return this.#entries;
  }

  /** Lines removed to stay within the limit since the last clear. */
  get dropped(): number {
    return this.#dropped;
  }
}
