/** One line of the preview's log: an API call of the SCO, or something the LMS did. */
export type LogEntry =
  | {
      kind: 'call';
      time: Date;
      name: string;
      args: readonly string[];
      result: string;
      errorCode: string;
    }
  | {
      kind: 'lms';
      time: Date;
      message: string;
      level: 'info' | 'warning';
    };

/** The log, newest last, keeping only the most recent `limit` lines. */
export class ApiLog {
  #entries: LogEntry[] = [];
  #dropped = 0;

  constructor(readonly limit = 500) {}

  add(entry: LogEntry): void {
    this.#entries.push(entry);
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
