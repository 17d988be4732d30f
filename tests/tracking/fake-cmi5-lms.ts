import type { Actor, Agent, Context, Statement } from '@xapi/xapi';

export interface RecordedRequest {
  method: string;
  url: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: string | null;
}

export interface FakeCmi5LmsOptions {
  endpoint?: string;
  fetchUrl?: string;
  token?: string;
  actor?: Actor;
  registration?: string;
  activityId?: string;
  sessionId?: string;
  launchMode?: 'Normal' | 'Browse' | 'Review';
  /** The LMS.LaunchData document; null: it was never written. Defaults to a full one for the other options. */
  launchData?: Record<string, unknown> | null;
  /** The cmi5LearnerPreferences agent profile; null (the default): 404. */
  preferences?: Record<string, unknown> | null;
  /** How the first POST to the fetch URL is answered; by default with the token. */
  fetchAnswer?: { status: number; body: unknown };
}

/**
 * A cmi5 LMS with its LRS behind a fake `fetch`: the one-time fetch URL, the
 * LMS.LaunchData state, the learner preferences, a state store and an agent
 * profile store for the AU's own documents, and a statement store. It records
 * every request.
 */
export class FakeCmi5Lms {
  readonly endpoint: string;
  readonly fetchUrl: string;
  readonly token: string;
  readonly actor: Actor;
  readonly registration: string;
  readonly activityId: string;
  readonly sessionId: string;
  readonly publisherId = 'https://example.org/wed-zelfassessment/au';
  readonly contextTemplate: Context;
  readonly requests: RecordedRequest[] = [];
  readonly statements: Statement[] = [];
  /** The AU's own state documents, by stateId. */
  readonly state = new Map<string, string>();
  /** The learner's agent profile documents the AU writes (JSON text), by profileId; cmi5LearnerPreferences is `preferences`. */
  readonly profiles = new Map<string, string>();
  /** Like many LRSs, answer 409 to any statement id already stored, even for the same statement. */
  strictIds = false;
  /** Status codes for the next requests to the LRS (not the fetch URL), one per request: simulated outages. */
  readonly faults: number[] = [];
  launchData: Record<string, unknown> | null;
  preferences: Record<string, unknown> | null;
  #fetchAnswer: { status: number; body: unknown } | undefined;
  #tokenIssued = false;

  constructor(options: FakeCmi5LmsOptions = {}) {
    this.endpoint = options.endpoint ?? 'https://lrs.example.com/xapi/';
    this.fetchUrl = options.fetchUrl ?? 'https://lms.example.com/cmi5/fetch?k=2390289x0';
    this.token = options.token ?? btoa('au-session-7:s3cr3t-Pa55');
    this.actor = options.actor ?? { objectType: 'Agent', account: { homePage: 'https://lms.example.com', name: 'learner-1625378' } };
    this.registration = options.registration ?? '760e3480-ba55-4991-94b0-01820dbd23a2';
    this.activityId = options.activityId ?? 'https://lms.example.com/au/4711';
    this.sessionId = options.sessionId ?? 'c4a3a5a2-6b0e-4c1f-9d6b-0d4bde6a1f00';
    this.contextTemplate = {
      contextActivities: { grouping: [{ id: this.publisherId, objectType: 'Activity' }] },
      extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': this.sessionId },
    };
    this.launchData =
      options.launchData === undefined
        ? {
            contextTemplate: this.contextTemplate,
            launchMode: options.launchMode ?? 'Normal',
            moveOn: 'Completed',
            returnURL: 'https://lms.example.com/course/12?au=4711',
          }
        : options.launchData;
    this.preferences = options.preferences ?? null;
    this.#fetchAnswer = options.fetchAnswer;
  }

  /** The query string the LMS launches the AU with (cmi5 8.1). */
  get launchSearch(): string {
    const params = new URLSearchParams({
      endpoint: this.endpoint,
      fetch: this.fetchUrl,
      actor: JSON.stringify(this.actor),
      registration: this.registration,
      activityId: this.activityId,
    });
    return `?${params}`;
  }

  /** Requests to the LRS, not the fetch URL. */
  get lrsRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.url.startsWith(this.endpoint));
  }

  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.text();
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => (headers[name] = value));
    this.requests.push({ method: request.method, url: request.url, headers, body });
    if (request.url === this.fetchUrl) return this.#answerFetch(request.method);
    if (!request.url.startsWith(this.endpoint)) return json(404, { error: 'not here' });
    if (headers.authorization !== `Basic ${this.token}` || !this.#tokenIssued) return json(401, { error: 'unauthorised' });
    if (!headers['x-experience-api-version']?.startsWith('1.0')) return json(400, { error: 'X-Experience-API-Version missing' });
    const fault = this.faults.shift();
    if (fault !== undefined) return json(fault, { error: 'simulated outage' });
    const url = new URL(request.url);
    const resource = url.pathname.slice(new URL(this.endpoint).pathname.length);
    if (resource === 'statements') return this.#statements(request.method, body);
    if (resource === 'activities/state') return this.#state(request.method, url.searchParams, body);
    if (resource === 'agents/profile') return this.#agentProfile(request.method, url.searchParams, headers, body);
    return json(400, { error: `unexpected ${request.method} ${resource}` });
  };

  #answerFetch(method: string): Response {
    if (method !== 'POST') return json(405, { error: 'POST only' });
    if (this.#tokenIssued) return json(200, { 'error-code': '1', 'error-text': 'The authorization token has already been returned.' });
    const answer = this.#fetchAnswer;
    this.#fetchAnswer = undefined;
    if (answer) return json(answer.status, answer.body);
    this.#tokenIssued = true;
    return json(200, { 'auth-token': this.token });
  }

  #statements(method: string, body: string | null): Response {
    if (method !== 'POST' && method !== 'PUT') return json(405, {});
    const parsed = JSON.parse(body ?? 'null') as Statement | Statement[];
    const batch = (Array.isArray(parsed) ? parsed : [parsed]).map((s) => ({ ...s, id: s.id ?? crypto.randomUUID() }));
    const fresh: Statement[] = [];
    for (const statement of batch) {
      const known = this.statements.find((s) => s.id === statement.id);
      // A resend after a lost answer is the same statement (xAPI 2.1.3); a batch is stored whole or not at all.
      if (known && (this.strictIds || JSON.stringify(known) !== JSON.stringify(statement))) {
        return json(409, { error: `statement ${statement.id} is already stored` });
      }
      if (!known) fresh.push(statement);
    }
    this.statements.push(...fresh);
    return method === 'PUT'
      ? new Response(null, { status: 204 })
      : json(
          200,
          batch.map((s) => s.id),
        );
  }

  #state(method: string, params: URLSearchParams, body: string | null): Response {
    const stateId = params.get('stateId') ?? '';
    if (params.get('activityId') !== this.activityId || !this.#isLearner(params) || params.get('registration') !== this.registration) {
      return json(400, { error: 'wrong activity, agent or registration' });
    }
    if (stateId === 'LMS.LaunchData') {
      // cmi5 10.0: the AU must not modify or delete it.
      if (method !== 'GET') return json(403, { error: 'LMS.LaunchData is read-only' });
      return this.launchData ? json(200, this.launchData) : json(404, {});
    }
    if (method === 'GET') {
      const value = this.state.get(stateId);
      return value === undefined ? json(404, {}) : new Response(value, { status: 200, headers: { 'Content-Type': 'application/json' } });
    }
    // POST merges JSON documents in a real LRS; replacing is enough for the AU's single document.
    if (method === 'PUT' || method === 'POST') {
      this.state.set(stateId, body ?? '');
      return new Response(null, { status: 204 });
    }
    if (method === 'DELETE') this.state.delete(stateId);
    return new Response(null, { status: 204 });
  }

  /** cmi5LearnerPreferences (read-only for the AU), and the AU's own documents with ETags as the xAPI concurrency rules want. */
  #agentProfile(method: string, params: URLSearchParams, headers: Record<string, string>, body: string | null): Response {
    const profileId = params.get('profileId') ?? '';
    if (!this.#isLearner(params) || !profileId) return json(400, { error: 'wrong agent or no profileId' });
    if (profileId === 'cmi5LearnerPreferences') {
      if (method !== 'GET') return json(403, { error: 'the LMS owns the learner preferences' });
      return this.preferences ? json(200, this.preferences) : json(404, {});
    }
    const stored = this.profiles.get(profileId);
    const etag = stored === undefined ? null : `"${stored.length}-${hash(stored)}"`;
    if (method === 'GET') {
      return stored === undefined
        ? json(404, {})
        : new Response(stored, { status: 200, headers: { 'Content-Type': 'application/json', ETag: etag! } });
    }
    if (method !== 'PUT') return json(405, { error: 'PUT only' });
    const ifMatch = headers['if-match'];
    const ifNoneMatch = headers['if-none-match'];
    if (ifMatch !== undefined && ifMatch !== etag && !(ifMatch === '*' && stored !== undefined)) return json(412, {});
    if (ifNoneMatch === '*' && stored !== undefined) return json(412, {});
    if (stored !== undefined && ifMatch === undefined && ifNoneMatch === undefined) return json(409, { error: 'If-Match required' });
    this.profiles.set(profileId, body ?? '');
    return new Response(null, { status: 204 });
  }

  #isLearner(params: URLSearchParams): boolean {
    try {
      return identifier(JSON.parse(params.get('agent') ?? '') as Agent) === identifier(this.actor as Agent);
    } catch {
      return false;
    }
  }
}

/** The agent's inverse functional identifier: how an LRS tells agents apart. */
function identifier(agent: Agent): string {
  if (agent.account) return `account:${agent.account.homePage}|${agent.account.name}`;
  return agent.mbox ?? agent.mbox_sha1sum ?? agent.openid ?? '';
}

/** A short fingerprint of a document, for its ETag. */
function hash(text: string): string {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(31, h) + text.charCodeAt(i)) | 0;
  return (h >>> 0).toString(16);
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}
