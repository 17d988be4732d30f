/**
 * Reads what the LRS at /lrs/ (scripts/lrs.mjs) received for the preview's panel:
 * the statements of the current registration, the package's state document,
 * and the LRS's log of writes and failures. Polls once a second while the
 * preview is in xAPI mode.
 */
import type { XapiAgent } from './xapi-launch.js';

/** The parts of a statement the panel shows; the rest is kept for its JSON view. */
export interface XapiStatement {
  id: string;
  stored?: string;
  timestamp?: string;
  verb: { id: string; display?: Record<string, string> };
  object: { id?: string; objectType?: string; definition?: { name?: Record<string, string> } };
  result?: {
    score?: { raw?: number; min?: number; max?: number; scaled?: number };
    success?: boolean;
    completion?: boolean;
    response?: string;
    duration?: string;
    extensions?: Record<string, unknown>;
  };
  context?: { registration?: string };
  [property: string]: unknown;
}

export interface StateDocument {
  contentType: string;
  text: string;
  /** Last-Modified, when the LRS sent it. */
  updated: Date | null;
}

/** One write or failure the LRS logged (its `GET /lrs/preview/requests`). */
export interface LrsRequestEntry {
  seq: number;
  time: string;
  method: string;
  resource: string;
  status: number;
  message: string;
}

export interface LrsSnapshot {
  statements: readonly XapiStatement[];
  /** Null when the package has not stored its state yet. */
  state: StateDocument | null;
  checkedAt: Date;
}

export interface LrsTarget {
  endpoint: string;
  auth: string;
  actor: XapiAgent;
  registration: string;
  activityId: string;
  stateId: string;
}

export class LrsError extends Error {}

/** How many statements the panel asks for at most. */
const STATEMENT_LIMIT = 200;

export class LrsClient {
  constructor(private readonly target: LrsTarget) {}

  /** The statements of this registration, newest first. */
  async statements(): Promise<XapiStatement[]> {
    const { registration } = this.target;
    const response = await this.get(`statements?registration=${encodeURIComponent(registration)}&limit=${STATEMENT_LIMIT}`);
    const body: unknown = await response.json();
    const statements = (body as { statements?: unknown }).statements;
    if (!Array.isArray(statements)) throw new LrsError('the LRS answered GET statements without a statements list');
    return statements as XapiStatement[];
  }

  /**
   * The package's state document, or null when there is none yet. Asks for the
   * list of state ids first, so a missing document is no 404 in the console each second.
   */
  async state(): Promise<StateDocument | null> {
    const { activityId, actor, registration, stateId } = this.target;
    const query = new URLSearchParams({ activityId, agent: JSON.stringify(actor), registration });
    const ids: unknown = await (await this.get(`activities/state?${query.toString()}`)).json();
    if (!Array.isArray(ids) || !ids.includes(stateId)) return null;
    query.set('stateId', stateId);
    // 404 still possible: deleted between the two requests.
    const response = await this.get(`activities/state?${query.toString()}`, [404]);
    if (response.status === 404) return null;
    const modified = response.headers.get('Last-Modified');
    return {
      contentType: response.headers.get('Content-Type') ?? '',
      text: await response.text(),
      updated: modified ? new Date(modified) : null,
    };
  }

  /** The LRS's log entries after `after`, and the id of the server instance that numbered them. */
  async requests(after: number): Promise<{ instance: string; requests: LrsRequestEntry[] }> {
    const response = await this.get(`preview/requests?after=${after}`);
    return (await response.json()) as { instance: string; requests: LrsRequestEntry[] };
  }

  private async get(path: string, acceptable: readonly number[] = []): Promise<Response> {
    let response: Response;
    try {
      response = await fetch(`${this.target.endpoint}${path}`, {
        headers: { 'X-Experience-API-Version': '1.0.3', Authorization: this.target.auth },
        cache: 'no-store',
      });
    } catch (error) {
      throw new LrsError(`the LRS cannot be reached (${String(error)}): is npm run dev (or npm start) still running?`);
    }
    if (!response.ok && !acceptable.includes(response.status)) {
      if (response.status === 404 && !response.headers.has('X-Experience-API-Version')) {
        throw new LrsError(`no LRS at ${this.target.endpoint}: open the preview where npm run dev or npm start serves it`);
      }
      throw new LrsError(`GET ${path.split('?')[0]} answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
    }
    return response;
  }
}

export interface PollerCallbacks {
  snapshot(snapshot: LrsSnapshot): void;
  requests(entries: readonly LrsRequestEntry[]): void;
  error(message: string | null): void;
}

/**
 * Asks the LRS every `intervalMs` (and on `poll()`), one round at a time. The
 * LRS's log is followed across launches; the statements and state are those
 * of the current target (`retarget` on each launch).
 */
export class LrsPoller {
  #client: LrsClient | null = null;
  #timer: number | undefined;
  #running: Promise<void> | null = null;
  #after = 0;
  #instance: string | null = null;

  /**
   * @param since log entries older than this (from before the preview opened) are not reported
   */
  constructor(
    private readonly callbacks: PollerCallbacks,
    private readonly since: Date,
    private readonly intervalMs = 1000,
  ) {}

  /** Polls `client` from now on, every `intervalMs`, starting at once. */
  retarget(client: LrsClient): void {
    this.#client = client;
    window.clearInterval(this.#timer);
    this.#timer = window.setInterval(() => void this.poll(), this.intervalMs);
    // After a round still asking the previous target, if any.
    void (this.#running ?? Promise.resolve()).then(() => this.poll());
  }

  stop(): void {
    this.#client = null;
    window.clearInterval(this.#timer);
  }

  /** Polls now, unless a poll is under way (then waits for that one). */
  poll(): Promise<void> {
    this.#running ??= this.#pollOnce().finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  async #pollOnce(): Promise<void> {
    const client = this.#client;
    if (!client) return;
    try {
      const [statements, state, log] = await Promise.all([client.statements(), client.state(), client.requests(this.#after)]);
      let { requests } = log;
      if (log.instance !== this.#instance) {
        // The first contact, or the server restarted and numbers its log from 1 again.
        if (this.#instance !== null) requests = (await client.requests(0)).requests;
        else requests = requests.filter((entry) => Date.parse(entry.time) >= this.since.getTime());
        this.#instance = log.instance;
        this.#after = 0;
      }
      if (requests.length > 0) this.callbacks.requests(requests);
      this.#after = Math.max(this.#after, ...log.requests.map((entry) => entry.seq), ...requests.map((entry) => entry.seq));
      // A launch since this round began: its target's statements come with the next round.
      if (client !== this.#client) return;
      this.callbacks.snapshot({ statements, state, checkedAt: new Date() });
      this.callbacks.error(null);
    } catch (error) {
      if (client === this.#client) this.callbacks.error(error instanceof Error ? error.message : String(error));
    }
  }
}
