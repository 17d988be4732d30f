import XAPI, { type Actor, type Agent, type Statement } from '@xapi/xapi';

export type SendResult = { ok: true } | { ok: false; retry: boolean; status: number | null; message: string };
export type ReadResult<T> = { ok: true; value: T | null } | { ok: false; retry: boolean; status: number | null; message: string };
export type DocumentPath = 'activities/state' | 'agents/profile';

/** `auth` is the Authorization header value, e.g. "Basic …". */
export type LrsClientOptions = { endpoint: string; auth: string; fetchImpl?: typeof fetch; timeoutMs?: number };
export type StateParams = { activityId: string; agent: Actor; registration?: string; stateId: string };

type AdapterFunction = Extract<NonNullable<ConstructorParameters<typeof XAPI>[0]['adapter']>, (...args: never[]) => unknown>;
type Resource = Parameters<XAPI['requestResource']>[0]['resource'];
/** What our adapter resolves with: the status as it came, the body as text, the ETag where the LRS lets it be read. */
type Answer = { status: number; text: string; etag: string | null };
/** A JSON document with the ETag to update it with (null: the LRS sent none, or there is no document). */
export type VersionedDocument = { document: unknown; etag: string | null };
type Outcome = Answer | { status: null; retry: true; message: string };

const VERSION = '1.0.3';
/** Browsers refuse keepalive requests whose bodies add up to more than 64 KiB. */
export const KEEPALIVE_LIMIT = 64 * 1024;
const MESSAGE_LIMIT = 500;
const OK: SendResult = { ok: true };

/** Exposes the library's generic document GET, which has no public generic form. */
class Xapi extends XAPI {
  getDocumentAt(path: DocumentPath, query: Record<string, string>) {
    return this.requestResource<unknown>({ resource: path as Resource, queryParams: query });
  }
}

/**
 * The package's only door to the LRS. @xapi/xapi builds the URLs, query strings
 * and headers; the transport is our own fetch adapter (see #adapter).
 * Nothing here throws: every failure becomes a result, and no result, message
 * or error ever contains the credentials.
 */
export class LrsClient {
  readonly #xapi: Xapi;
  readonly #endpoint: string;
  readonly #auth: string;
  readonly #fetch: typeof fetch;
  readonly #timeoutMs: number;
  readonly #secrets: string[];

  constructor(options: LrsClientOptions) {
    this.#endpoint = options.endpoint.endsWith('/') ? options.endpoint : `${options.endpoint}/`;
    this.#auth = options.auth;
    this.#fetch = options.fetchImpl ?? ((input, init) => fetch(input, init));
    this.#timeoutMs = options.timeoutMs ?? 10_000;
    this.#secrets = secretsOf(options.auth);
    this.#xapi = new Xapi({ endpoint: this.#endpoint, auth: options.auth, version: VERSION, adapter: this.#adapter });
  }

  /**
   * POSTs a batch. A 409 means the LRS already holds one of these ids (a resend
   * after a lost response). LRSs refuse such a batch whole, so it may also hold
   * new statements: they are then sent one by one, each one stored or known.
   */
  async sendStatements(statements: Statement[]): Promise<SendResult> {
    if (statements.length === 0) return OK;
    const outcome = await this.#run(() => this.#xapi.sendStatements({ statements }));
    if (outcome.status !== 409 || statements.length === 1) return this.#sendResult(outcome, [200, 204, 409]);
    for (const statement of statements) {
      const result = this.#sendResult(await this.#run(() => this.#xapi.sendStatements({ statements: [statement] })), [200, 204, 409]);
      if (!result.ok) return result;
    }
    return OK;
  }

  /**
   * For pagehide: hands the batch to the browser and returns at once; false when
   * it was not handed over (too big for keepalive, or fetch refused it).
   * Plain fetch, because @xapi/xapi's adapter requests carry no fetch options
   * (keepalive) and the size must be known before sending.
   */
  sendOnUnload(statements: Statement[]): boolean {
    return statements.length === 0 || this.#keepalive('POST', 'statements', JSON.stringify(statements), 'application/json');
  }

  /** The last state for a page being left, fire and forget, as sendOnUnload. */
  setStateOnUnload(params: StateParams & { value: string }): boolean {
    const { activityId, agent, stateId, registration } = params;
    const query = new URLSearchParams({ activityId, agent: JSON.stringify(agent), stateId, ...(registration ? { registration } : {}) });
    return this.#keepalive('PUT', `activities/state?${query}`, params.value, 'text/plain');
  }

  // keepalive is what lets a request outlive the page; the library's adapter interface cannot pass it.
  #keepalive(method: string, path: string, body: string, contentType: string): boolean {
    if (new TextEncoder().encode(body).length > KEEPALIVE_LIMIT) return false;
    try {
      const headers = { 'X-Experience-API-Version': VERSION, 'Content-Type': contentType, Authorization: this.#auth };
      this.#fetch(`${this.#endpoint}${path}`, { method, keepalive: true, headers, body }).catch(() => undefined);
      return true;
    } catch {
      return false;
    }
  }

  get endpoint(): string {
    return this.#endpoint;
  }

  /** The state document as text; null when the LRS has none (404). */
  async getState(params: StateParams): Promise<ReadResult<string>> {
    const outcome = await this.#run(() => this.#xapi.getState(stateQuery(params)));
    return this.#readResult(outcome, (text) => text);
  }

  async setState(params: StateParams & { value: string }): Promise<SendResult> {
    const query = { ...stateQuery(params), state: params.value, contentType: 'text/plain' };
    return this.#sendResult(await this.#run(() => this.#xapi.setState(query)), [200, 204]);
  }

  /**
   * GETs a JSON document (cmi5's LMS.LaunchData state, cmi5LearnerPreferences
   * agent profile); null when there is none (404). Pass `agent` as JSON text.
   */
  async getDocument(path: DocumentPath, query: Record<string, string>): Promise<ReadResult<unknown>> {
    const outcome = await this.#run(() => this.#xapi.getDocumentAt(path, query));
    return this.#readResult(outcome, (text) => JSON.parse(text) as unknown);
  }

  /** An agent profile document (JSON) with its ETag; document null when there is none (404). */
  async getAgentProfile(
    agent: Actor,
    profileId: string,
  ): Promise<{ ok: true; value: VersionedDocument } | Extract<ReadResult<never>, { ok: false }>> {
    const outcome = await this.#run(() => this.#xapi.getAgentProfile({ agent: agent as Agent, profileId }));
    const read = this.#readResult(outcome, (text) => JSON.parse(text) as unknown);
    if (!read.ok) return read;
    return { ok: true, value: { document: read.value, etag: outcome.status === 200 ? outcome.etag : null } };
  }

  /**
   * PUTs an agent profile document only when the stored one is still the one
   * read: If-Match its ETag, or If-None-Match * where there was none. A 412
   * (status in the result) means someone else wrote it since: read again.
   * Where an LRS sent a document without an ETag, If-Match * only checks that it exists.
   */
  async setAgentProfile(agent: Actor, profileId: string, document: unknown, read: VersionedDocument): Promise<SendResult> {
    const [matchHeader, etag] = read.document === null ? (['If-None-Match', '*'] as const) : (['If-Match', read.etag ?? '*'] as const);
    const params = { agent: agent as Agent, profileId, profile: document as object, etag, matchHeader, contentType: 'application/json' };
    return this.#sendResult(await this.#run(() => this.#xapi.setAgentProfile(params)), [200, 204]);
  }

  /**
   * @xapi/xapi's own 'fetch' adapter throws on any non-2xx with only the body
   * as message (so 409, 404, 400 and 503 look alike), has no timeout and uses
   * the global fetch. This one resolves with every status and the body as text.
   */
  readonly #adapter: AdapterFunction = async ({ url, method, headers, data }) => {
    const controller = new AbortController();
    const init: RequestInit = { method, headers: { ...headers }, cache: 'no-store', signal: controller.signal };
    if (data !== undefined) init.body = typeof data === 'string' ? data : JSON.stringify(data);
    const expired = new Promise<never>((_, reject) => {
      controller.signal.addEventListener('abort', () => reject(new TimeoutError()));
    });
    const timer = setTimeout(() => controller.abort(), this.#timeoutMs);
    try {
      const exchange = this.#fetch(url, init).then(async (r): Promise<Answer> => ({
        status: r.status,
        text: await r.text(),
        etag: r.headers.get('ETag'),
      }));
      const answer = await Promise.race([exchange, expired]);
      // `never`: the library types data per call; ours is always an Answer, which #run reads.
      return { data: answer as never, headers: {}, status: answer.status };
    } finally {
      clearTimeout(timer);
    }
  };

  async #run(call: () => Promise<{ data: unknown }>): Promise<Outcome> {
    try {
      return (await call()).data as Answer;
    } catch (error) {
      const message =
        error instanceof TimeoutError
          ? `the LRS did not answer within ${this.#timeoutMs} ms`
          : `the LRS could not be reached (${error instanceof Error ? error.message : String(error)})`;
      return { status: null, retry: true, message: this.#clean(message) };
    }
  }

  #sendResult(outcome: Outcome, okStatuses: readonly number[]): SendResult {
    if (outcome.status === null) return { ok: false, retry: true, status: null, message: outcome.message };
    if (okStatuses.includes(outcome.status)) return OK;
    return { ok: false, retry: isRetryable(outcome.status), status: outcome.status, message: this.#messageOf(outcome) };
  }

  #readResult<T>(outcome: Outcome, parse: (text: string) => T): ReadResult<T> {
    if (outcome.status === null) return { ok: false, retry: true, status: null, message: outcome.message };
    if (outcome.status === 404) return { ok: true, value: null };
    if (outcome.status !== 200) {
      return { ok: false, retry: isRetryable(outcome.status), status: outcome.status, message: this.#messageOf(outcome) };
    }
    try {
      return { ok: true, value: parse(outcome.text) };
    } catch {
      return { ok: false, retry: false, status: outcome.status, message: 'the LRS sent a document that is not valid JSON' };
    }
  }

  #messageOf(answer: Answer): string {
    const text = answer.text.trim();
    return text ? this.#clean(text) : `the LRS answered ${answer.status}`;
  }

  /** Removes the credentials (in any form the LRS might echo them), then caps the length. */
  #clean(text: string): string {
    let clean = text;
    for (const secret of this.#secrets) clean = clean.split(secret).join('[credentials]');
    return clean.length > MESSAGE_LIMIT ? `${clean.slice(0, MESSAGE_LIMIT - 1)}…` : clean;
  }
}

class TimeoutError extends Error {}

/** 408 and 429 ask to come back later; other 4xx will not change on a retry. */
function isRetryable(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

// The State API takes an Agent; the launch hands us an Actor.
const stateQuery = ({ activityId, agent, stateId, registration }: StateParams) => ({
  activityId,
  agent: agent as Agent,
  stateId,
  ...(registration ? { registration } : {}),
});

/** The header, its token, and for Basic auth the decoded pair and password; longest first. */
function secretsOf(auth: string): string[] {
  const token = auth.trim().split(/\s+/).slice(1).join(' ');
  const secrets = [auth.trim(), token];
  try {
    const decoded = atob(token);
    const password = decoded.includes(':') ? decoded.slice(decoded.indexOf(':') + 1) : '';
    secrets.push(decoded, password.length >= 4 ? password : '');
  } catch {
    // Not Basic auth: the header and its token are what there is to hide.
  }
  // As an LRS may echo them: plain, URL-encoded, or JSON with escaped slashes.
  const variants = secrets.flatMap((secret) => [secret, encodeURIComponent(secret), secret.replaceAll('/', '\\/')]);
  return [...new Set(variants)].filter((secret) => secret.length > 0).sort((a, b) => b.length - a.length);
}
