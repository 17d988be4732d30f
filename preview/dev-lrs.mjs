// @ts-check
/**
 * A tiny in-memory Learning Record Store for the preview LMS (`npm start`): just
 * what the package's xAPI launch needs, served by @web/dev-server at /lrs/
 * (web-dev-server.config.mjs). A developer tool: it never goes into dist/web or a zip,
 * and it forgets everything when the server stops.
 *
 *   GET /lrs/about                              versions; no auth or version header needed
 *   POST /lrs/statements                        one statement or an array → 200 with their ids
 *   PUT /lrs/statements?statementId=…           one statement → 204
 *   GET|HEAD /lrs/statements                    ?statementId | ?voidedStatementId | a list, newest first:
 *                                               ?since ?until ?limit ?ascending ?registration ?verb ?activity ?agent
 *   GET|HEAD|PUT|POST|DELETE /lrs/activities/state
 *                                               ?activityId &agent [&registration] [&stateId] [&since]
 *   GET /lrs/preview/requests?after=<seq>       not xAPI: the preview panel's log of writes and failures
 *                                               (a state document not found is not a failure),
 *                                               { instance, requests } (instance changes when the server restarts)
 *
 * Every xAPI resource except /about needs an `X-Experience-API-Version` header of 1.0.x or
 * 2.0.0 (else 400) and any `Authorization: Basic …` (else 401). Statements are checked with
 * Learning Locker's xapi-validation (400 with every problem found). A statement id already
 * stored with different content gives 409 (nothing of the request is stored); the same
 * statement sent again (a retry) is accepted and changes nothing. Attachments (multipart)
 * are refused.
 */
import { Buffer } from 'node:buffer';
import { createHash, randomUUID } from 'node:crypto';
import { URLSearchParams } from 'node:url';
import xapiValidation from 'xapi-validation';

/** The xAPI version the LRS answers with. */
export const XAPI_VERSION = '1.0.3';
/** Request versions accepted in `X-Experience-API-Version`. */
const ACCEPTED_VERSION = /^(?:1\.0(?:\.\d+)?|2\.0(?:\.0)?)$/;
/** Most statements one GET returns (also what `limit=0` means). */
export const MAX_LIMIT = 500;
/** Largest request body accepted by the middleware, in bytes. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
/** Statement properties the LRS sets or may change: not compared when a statement id comes again. */
const LRS_PROPERTIES = ['stored', 'authority', 'version'];

/** @type {(statement: unknown) => { path: string[], typeName?: string, keys?: string[], name: string }[]} */
const validateStatement = /** @type {any} */ (xapiValidation).default ?? xapiValidation;

/**
 * @typedef {object} LrsRequest
 * @property {string} method
 * @property {string} path the path below the LRS root, without a leading slash: "statements", "activities/state", …
 * @property {URLSearchParams} query
 * @property {Record<string, string | string[] | undefined>} headers lower-case names, as Node gives them
 * @property {Buffer} body
 */

/**
 * @typedef {object} LrsResponse
 * @property {number} status
 * @property {Record<string, string>} headers
 * @property {string | Buffer | null} body null only for 204
 */

/**
 * @typedef {object} StoredStatement
 * @property {Record<string, any>} statement as the LRS returns it (id, stored, timestamp, authority, version set)
 * @property {string} signature what a resent statement with the same id must match
 * @property {number} storedAt ms since the epoch, strictly increasing
 */

/**
 * @typedef {object} StateDocument
 * @property {string} activityId
 * @property {string} agent the agent's identifier key (see agentKey)
 * @property {string} registration '' without one
 * @property {string} stateId
 * @property {string} contentType
 * @property {Buffer} content
 * @property {string} etag quoted SHA-1 of the content
 * @property {number} updated ms since the epoch
 */

/**
 * @typedef {object} LoggedRequest what the preview panel shows of a request
 * @property {number} seq
 * @property {string} time ISO 8601
 * @property {string} method
 * @property {string} resource e.g. "statements" or "activities/state?stateId=wed-state"
 * @property {number} status
 * @property {string} message what was stored, or what was wrong
 */

class LrsError extends Error {
  /**
   * @param {number} status
   * @param {string} message
   */
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export class DevLrs {
  /** @type {Map<string, StoredStatement>} */
  #statements = new Map();
  /** Statement ids voided by a stored voiding statement. */
  #voided = new Set();
  /** @type {Map<string, StateDocument>} */
  #states = new Map();
  /** @type {LoggedRequest[]} */
  #log = [];
  #seq = 0;
  #lastStored = 0;
  #now;
  #uuid;
  #logLimit;
  /** Tells the preview that the server restarted (its log starts again at 1). */
  instance = randomUUID();

  /**
   * @param {{ now?: () => number, uuid?: () => string, logLimit?: number }} [options]
   *   a clock and an id source (for tests), and how many requests the log keeps
   */
  constructor({ now = Date.now, uuid = randomUUID, logLimit = 500 } = {}) {
    this.#now = now;
    this.#uuid = uuid;
    this.#logLimit = logLimit;
  }

  /**
   * Answers one request.
   * @param {LrsRequest} request
   * @returns {LrsResponse}
   */
  handle(request) {
    const method = request.method.toUpperCase();
    const path = request.path.replace(/^\/+|\/+$/g, '');
    let response;
    try {
      response = this.#route(method, path, request);
    } catch (error) {
      if (!(error instanceof LrsError)) throw error;
      response = text(error.status, error.message);
    }
    response.headers['X-Experience-API-Version'] = XAPI_VERSION;
    response.headers['Cache-Control'] = 'no-store';
    Object.assign(response.headers, CORS_HEADERS);
    const read = method === 'GET' || method === 'HEAD' || method === 'OPTIONS';
    // A document not there yet (404) is an answer, not a failure.
    const failed = response.status >= 400 && !(read && response.status === 404 && path === 'activities/state');
    if (path !== 'preview/requests' && (!read || failed)) {
      const message = response.status >= 400 || !response.message ? String(response.body ?? '') : response.message;
      this.#remember(method, path, request.query, response.status, message);
    }
    if (method === 'HEAD') response.body = response.status === 204 ? null : '';
    return { status: response.status, headers: response.headers, body: response.body };
  }

  /** Everything stored, forgotten (as if the server restarted). */
  reset() {
    this.#statements.clear();
    this.#voided.clear();
    this.#states.clear();
    this.#log = [];
  }

  /**
   * @param {string} method
   * @param {string} path
   * @param {LrsRequest} request
   * @returns {LrsResponse & { message?: string }}
   */
  #route(method, path, request) {
    if (method === 'OPTIONS') return { status: 204, headers: {}, body: null };
    if (path === 'about') {
      allow(method, ['GET', 'HEAD']);
      return json(200, { version: [XAPI_VERSION, '1.0.2', '1.0.1', '1.0.0'], extensions: {} });
    }
    if (path === 'preview/requests') {
      allow(method, ['GET']);
      const after = Number(request.query.get('after') ?? 0);
      return json(200, { instance: this.instance, requests: this.#log.filter((entry) => entry.seq > after) });
    }
    const known = { statements: true, 'activities/state': true };
    if (!Object.hasOwn(known, path)) {
      throw new LrsError(404, `/${path} is not a resource of the preview LRS (it offers statements, activities/state and about).`);
    }
    checkVersion(request.headers);
    const user = basicUser(request.headers);
    if (path === 'statements') {
      allow(method, ['GET', 'HEAD', 'PUT', 'POST']);
      if (method === 'GET' || method === 'HEAD') return this.#getStatements(request.query);
      return this.#storeStatements(method, request, user);
    }
    allow(method, ['GET', 'HEAD', 'PUT', 'POST', 'DELETE']);
    return this.#state(method, request);
  }

  /**
   * @param {string} method PUT or POST
   * @param {LrsRequest} request
   * @param {string} user the Basic auth user, for the authority
   * @returns {LrsResponse & { message: string }}
   */
  #storeStatements(method, request, user) {
    const type = contentType(request.headers);
    if (type.startsWith('multipart/')) throw new LrsError(400, 'Attachments (multipart/mixed) are not supported by the preview LRS.');
    const body = parseJson(request.body);
    /** @type {unknown[]} */
    let statements;
    if (method === 'PUT') {
      const statementId = request.query.get('statementId');
      if (!statementId) throw new LrsError(400, 'PUT /statements needs the statementId parameter.');
      if (!isPlainObject(body)) throw new LrsError(400, 'PUT /statements takes one statement (a JSON object).');
      if (body.id !== undefined && body.id !== statementId) {
        throw new LrsError(400, `The statement's id "${body.id}" differs from statementId "${statementId}".`);
      }
      statements = [{ ...body, id: statementId }];
    } else {
      statements = Array.isArray(body) ? body : [body];
      if (statements.length === 0) throw new LrsError(400, 'POST /statements got an empty array.');
    }

    const problems = statements.flatMap((statement, index) =>
      statementProblems(statement).map((problem) => (statements.length > 1 ? `[${index}] ${problem}` : problem)),
    );
    if (problems.length > 0) throw new LrsError(400, `Invalid statement: ${problems.join('; ')}`);

    // All or nothing: check every id before storing any.
    const records = /** @type {Record<string, any>[]} */ (statements);
    const seen = new Set();
    /** @type {string[]} */
    const conflicts = [];
    /** @type {Record<string, any>[]} */
    const fresh = [];
    for (const statement of records) {
      if (statement.id !== undefined) {
        const id = String(statement.id).toLowerCase();
        if (seen.has(id)) throw new LrsError(400, `The statement id ${id} occurs twice in one request.`);
        seen.add(id);
        const stored = this.#statements.get(id);
        if (stored) {
          if (stored.signature !== signature(statement)) conflicts.push(id);
          continue;
        }
      }
      fresh.push(statement);
    }
    if (conflicts.length > 0) {
      throw new LrsError(409, `Statement id ${conflicts.join(', ')} is already stored with different content; nothing was stored.`);
    }
    const voiding = fresh.filter(isVoiding);
    for (const statement of voiding) {
      const target = String(statement.object.id).toLowerCase();
      if (this.#statements.get(target)?.statement.verb.id === VOIDED) {
        throw new LrsError(400, `Statement ${target} is itself a voiding statement and cannot be voided.`);
      }
    }

    /** @type {string[]} */
    const ids = [];
    for (const statement of records) {
      if (!fresh.includes(statement)) {
        ids.push(String(statement.id).toLowerCase());
        continue;
      }
      const storedAt = Math.max(this.#now(), this.#lastStored + 1);
      this.#lastStored = storedAt;
      const id = statement.id === undefined ? this.#uuid() : String(statement.id).toLowerCase();
      const stored = new Date(storedAt).toISOString();
      const full = {
        ...statement,
        id,
        timestamp: statement.timestamp ?? stored,
        stored,
        authority: { objectType: 'Agent', name: user, account: { homePage: 'http://localhost/lrs/', name: user } },
        version: typeof statement.version === 'string' ? statement.version : '1.0.0',
      };
      this.#statements.set(id, { statement: full, signature: signature(statement), storedAt });
      if (isVoiding(statement)) this.#voided.add(String(statement.object.id).toLowerCase());
      ids.push(id);
    }
    const resent = records.length - fresh.length;
    const message =
      `${fresh.length} statement(s) stored` +
      (resent > 0 ? `, ${resent} already stored with the same content` : '') +
      (fresh.length > 0 ? `: ${fresh.map(describeStatement).join('; ')}` : '');
    return method === 'PUT' ? { status: 204, headers: {}, body: null, message } : { ...json(200, ids), message };
  }

  /**
   * @param {URLSearchParams} query
   * @returns {LrsResponse}
   */
  #getStatements(query) {
    const consistent = { 'X-Experience-API-Consistent-Through': new Date(this.#now()).toISOString() };
    const statementId = query.get('statementId');
    const voidedId = query.get('voidedStatementId');
    if (statementId !== null || voidedId !== null) {
      if (statementId !== null && voidedId !== null) throw new LrsError(400, 'Give statementId or voidedStatementId, not both.');
      const id = String(statementId ?? voidedId).toLowerCase();
      const found = this.#statements.get(id);
      if (!found || this.#voided.has(id) !== (voidedId !== null)) {
        throw new LrsError(404, `No ${voidedId !== null ? 'voided ' : ''}statement with id ${id}.`);
      }
      return { ...json(200, found.statement), headers: { 'Content-Type': 'application/json', ...consistent, 'Last-Modified': new Date(found.storedAt).toUTCString() } };
    }

    const since = timeParameter(query, 'since');
    const until = timeParameter(query, 'until');
    const limitText = query.get('limit') ?? '0';
    if (!/^\d+$/.test(limitText)) throw new LrsError(400, `limit must be a whole number, not "${limitText}".`);
    const limit = Number(limitText) === 0 ? MAX_LIMIT : Math.min(Number(limitText), MAX_LIMIT);
    const registration = query.get('registration')?.toLowerCase();
    const verb = query.get('verb');
    const activity = query.get('activity');
    const agentText = query.get('agent');
    const agent = agentText === null ? null : agentKey(parseAgent(agentText, 'agent'));

    const matching = [...this.#statements.entries()]
      .filter(([id]) => !this.#voided.has(id))
      .map(([, stored]) => stored)
      .filter(({ storedAt, statement }) =>
        (since === null || storedAt > since) &&
        (until === null || storedAt <= until) &&
        (registration === undefined || String(statement.context?.registration ?? '').toLowerCase() === registration) &&
        (verb === null || statement.verb.id === verb) &&
        (activity === null || statement.object.id === activity) &&
        (agent === null || safeAgentKey(statement.actor) === agent || safeAgentKey(statement.object) === agent),
      )
      .sort((a, b) => (query.get('ascending') === 'true' ? a.storedAt - b.storedAt : b.storedAt - a.storedAt))
      .slice(0, limit)
      .map(({ statement }) => statement);
    return { ...json(200, { statements: matching, more: '' }), headers: { 'Content-Type': 'application/json', ...consistent } };
  }

  /**
   * The State API: one document per activity, agent, registration and stateId.
   * @param {string} method
   * @param {LrsRequest} request
   * @returns {LrsResponse & { message?: string }}
   */
  #state(method, { query, headers, body }) {
    const activityId = query.get('activityId');
    if (!activityId || !isIri(activityId)) throw new LrsError(400, 'activityId must be an absolute IRI.');
    const agentText = query.get('agent');
    if (!agentText) throw new LrsError(400, 'The agent parameter (an Agent as JSON) is missing.');
    const agent = agentKey(parseAgent(agentText, 'agent'));
    const registration = (query.get('registration') ?? '').toLowerCase();
    if (registration && !UUID.test(registration)) throw new LrsError(400, `registration must be a UUID, not "${registration}".`);
    const stateId = query.get('stateId');
    const where = { activityId, agent, registration };
    const key = (/** @type {string} */ id) => JSON.stringify([activityId, agent, registration, id]);
    const label = `state "${stateId ?? '*'}"`;

    if (stateId === null) {
      if (method === 'PUT' || method === 'POST') throw new LrsError(400, `${method} /activities/state needs the stateId parameter.`);
      const documents = [...this.#states.values()].filter(
        (doc) => doc.activityId === where.activityId && doc.agent === where.agent && doc.registration === where.registration,
      );
      if (method === 'DELETE') {
        for (const doc of documents) this.#states.delete(key(doc.stateId));
        return { status: 204, headers: {}, body: null, message: `${documents.length} state document(s) deleted` };
      }
      const since = timeParameter(query, 'since');
      return json(200, documents.filter((doc) => since === null || doc.updated > since).map((doc) => doc.stateId));
    }

    const existing = this.#states.get(key(stateId));
    if (method === 'GET' || method === 'HEAD') {
      if (!existing) throw new LrsError(404, `No ${label} for this activity, agent and registration.`);
      return {
        status: 200,
        headers: { 'Content-Type': existing.contentType, ETag: existing.etag, 'Last-Modified': new Date(existing.updated).toUTCString() },
        body: existing.content,
      };
    }
    checkPreconditions(headers, existing);
    if (method === 'DELETE') {
      this.#states.delete(key(stateId));
      return { status: 204, headers: {}, body: null, message: `${label} deleted` };
    }

    const type = contentType(headers) || 'application/octet-stream';
    let content = body;
    if (method === 'POST' && (existing || type === 'application/json')) {
      // POST merges JSON objects; anything else cannot be merged.
      const incoming = type === 'application/json' ? parseJson(body) : undefined;
      if (!isPlainObject(incoming)) throw new LrsError(400, `POST ${label}: only a JSON object (application/json) can be merged.`);
      if (existing) {
        const current = existing.contentType === 'application/json' ? parseJson(existing.content) : undefined;
        if (!isPlainObject(current)) throw new LrsError(400, `POST ${label}: the stored document is not a JSON object, so nothing can be merged into it.`);
        content = Buffer.from(JSON.stringify({ ...current, ...incoming }));
      }
    }
    this.#states.set(key(stateId), {
      ...where,
      stateId,
      contentType: type,
      content,
      etag: `"${createHash('sha1').update(content).digest('hex')}"`,
      updated: this.#now(),
    });
    return { status: 204, headers: {}, body: null, message: `${label} ${method === 'POST' ? 'merged' : 'stored'} (${type}, ${content.length} bytes)` };
  }

  /**
   * @param {string} method
   * @param {string} path
   * @param {URLSearchParams} query
   * @param {number} status
   * @param {string} message
   */
  #remember(method, path, query, status, message) {
    const stateId = query.get('stateId');
    this.#log.push({
      seq: ++this.#seq,
      time: new Date(this.#now()).toISOString(),
      method,
      resource: stateId === null ? path : `${path}?stateId=${stateId}`,
      status,
      message,
    });
    if (this.#log.length > this.#logLimit) this.#log.splice(0, this.#log.length - this.#logLimit);
  }
}

const VOIDED = 'http://adlnet.gov/expapi/verbs/voided';

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, PUT, POST, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match',
  'Access-Control-Expose-Headers': 'ETag, Last-Modified, X-Experience-API-Version, X-Experience-API-Consistent-Through',
};

/**
 * Koa middleware (as @web/dev-server takes it) serving `lrs` below `basePath`;
 * other requests go on to the next middleware.
 * @param {DevLrs} lrs
 * @param {{ basePath?: string }} [options]
 * @returns {(ctx: any, next: () => Promise<unknown>) => Promise<unknown>}
 */
export function lrsMiddleware(lrs, { basePath = '/lrs/' } = {}) {
  const root = basePath.replace(/\/+$/, '');
  return async (ctx, next) => {
    if (ctx.path !== root && !ctx.path.startsWith(`${root}/`)) return next();
    let body = Buffer.alloc(0);
    try {
      if (ctx.method === 'PUT' || ctx.method === 'POST') body = await readBody(ctx.req, MAX_BODY_BYTES);
    } catch (error) {
      ctx.status = 413;
      ctx.set('Content-Type', 'text/plain; charset=utf-8');
      ctx.body = error instanceof Error ? error.message : String(error);
      return undefined;
    }
    const response = lrs.handle({
      method: ctx.method,
      path: ctx.path.slice(root.length),
      query: new URLSearchParams(ctx.querystring),
      headers: ctx.headers,
      body,
    });
    ctx.status = response.status;
    for (const [name, value] of Object.entries(response.headers)) ctx.set(name, value);
    // Koa turns a null body into 204 unless the status is one without a body.
    ctx.body = response.status === 204 ? null : (response.body ?? '');
    return undefined;
  };
}

/**
 * @param {import('node:stream').Readable} stream
 * @param {number} limit bytes
 * @returns {Promise<Buffer>}
 */
async function readBody(stream, limit) {
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > limit) throw new Error(`The request body is larger than ${limit} bytes.`);
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

/**
 * @param {number} status
 * @param {string} message
 * @returns {LrsResponse}
 */
function text(status, message) {
  return { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: message };
}

/**
 * @param {number} status
 * @param {unknown} value
 * @returns {LrsResponse}
 */
function json(status, value) {
  return { status, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(value) };
}

/**
 * @param {string} method
 * @param {string[]} methods
 */
function allow(method, methods) {
  if (!methods.includes(method)) throw new LrsError(405, `${method} is not allowed here (allowed: ${methods.join(', ')}).`);
}

/**
 * @param {Record<string, string | string[] | undefined>} headers
 * @param {string} name lower case
 */
function header(headers, name) {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** @param {Record<string, string | string[] | undefined>} headers */
function checkVersion(headers) {
  const version = header(headers, 'x-experience-api-version')?.trim();
  if (!version) throw new LrsError(400, 'The X-Experience-API-Version header is missing.');
  if (!ACCEPTED_VERSION.test(version)) throw new LrsError(400, `X-Experience-API-Version "${version}" is not supported (1.0.x or 2.0.0).`);
}

/**
 * Any Basic credentials are accepted; returns the user name.
 * @param {Record<string, string | string[] | undefined>} headers
 */
function basicUser(headers) {
  const match = /^Basic\s+(\S+)$/i.exec(header(headers, 'authorization')?.trim() ?? '');
  if (!match) throw new LrsError(401, 'The Authorization header is missing or not Basic.');
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  return decoded.includes(':') ? decoded.slice(0, decoded.indexOf(':')) || 'anonymous' : 'anonymous';
}

/** @param {Record<string, string | string[] | undefined>} headers */
function contentType(headers) {
  return (header(headers, 'content-type') ?? '').split(';')[0].trim().toLowerCase();
}

/**
 * @param {Record<string, string | string[] | undefined>} headers
 * @param {StateDocument | undefined} existing
 */
function checkPreconditions(headers, existing) {
  const ifMatch = header(headers, 'if-match');
  const ifNoneMatch = header(headers, 'if-none-match');
  if (ifMatch !== undefined && (!existing || (ifMatch.trim() !== '*' && !ifMatch.split(',').map((tag) => tag.trim()).includes(existing.etag)))) {
    throw new LrsError(412, 'If-Match does not match the stored document.');
  }
  if (ifNoneMatch?.trim() === '*' && existing) throw new LrsError(412, 'If-None-Match: * but the document exists.');
}

/** @param {Buffer} body */
function parseJson(body) {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new LrsError(400, 'The body is not valid JSON.');
  }
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, any>}
 */
function isPlainObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** @param {string} value */
function isIri(value) {
  return /^[a-z][a-z0-9+.-]*:\S+$/i.test(value);
}

/**
 * @param {URLSearchParams} query
 * @param {string} name
 * @returns {number | null} ms since the epoch
 */
function timeParameter(query, name) {
  const value = query.get(name);
  if (value === null) return null;
  const time = Date.parse(value);
  if (!/^\d{4}-\d\d-\d\dT/.test(value) || Number.isNaN(time)) throw new LrsError(400, `${name} must be an ISO 8601 timestamp, not "${value}".`);
  return time;
}

/**
 * @param {string} text
 * @param {string} name
 * @returns {Record<string, any>}
 */
function parseAgent(text, name) {
  /** @type {unknown} */
  let agent;
  try {
    agent = JSON.parse(text);
  } catch {
    throw new LrsError(400, `${name} must be an Agent as JSON.`);
  }
  if (!isPlainObject(agent)) throw new LrsError(400, `${name} must be an Agent as JSON.`);
  return agent;
}

/**
 * An agent's inverse functional identifier, as one string.
 * @param {Record<string, any>} agent
 */
function agentKey(agent) {
  if (typeof agent.mbox === 'string') return `mbox:${agent.mbox.toLowerCase()}`;
  if (typeof agent.mbox_sha1sum === 'string') return `sha1:${agent.mbox_sha1sum.toLowerCase()}`;
  if (typeof agent.openid === 'string') return `openid:${agent.openid}`;
  if (isPlainObject(agent.account) && typeof agent.account.homePage === 'string' && typeof agent.account.name === 'string') {
    return `account:${agent.account.homePage} ${agent.account.name}`;
  }
  throw new LrsError(400, 'The agent has no identifier (mbox, mbox_sha1sum, openid or account).');
}

/** @param {unknown} value */
function safeAgentKey(value) {
  try {
    return isPlainObject(value) ? agentKey(value) : null;
  } catch {
    return null;
  }
}

/**
 * Every problem xapi-validation finds, as "path: what".
 * @param {unknown} statement
 * @returns {string[]}
 */
function statementProblems(statement) {
  if (!isPlainObject(statement)) return ['a statement must be a JSON object'];
  return validateStatement(statement).map((warning) => {
    const where = warning.path.join('.');
    if (warning.keys) return `${where}: unexpected ${warning.keys.join(', ')}`;
    if (warning.typeName) return `${where}: not a valid ${warning.typeName}`;
    return `${where}: ${warning.name.replace(/Warning$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}`;
  });
}

/**
 * What must stay the same when a statement id comes again: everything the
 * sender set, with keys in a fixed order and the timestamp as an instant.
 * @param {Record<string, any>} statement
 */
function signature(statement) {
  /** @type {Record<string, any>} */
  const own = Object.fromEntries(Object.entries(statement).filter(([name]) => !LRS_PROPERTIES.includes(name)));
  if (typeof own.id === 'string') own.id = own.id.toLowerCase();
  if (typeof own.timestamp === 'string' && !Number.isNaN(Date.parse(own.timestamp))) own.timestamp = new Date(own.timestamp).toISOString();
  return canonicalJson(own);
}

/** @param {unknown} value */
function canonicalJson(value) {
  return JSON.stringify(value, (_key, item) =>
    isPlainObject(item) ? Object.fromEntries(Object.keys(item).sort().map((name) => [name, item[name]])) : item,
  );
}

/** @param {Record<string, any>} statement */
function isVoiding(statement) {
  return statement.verb?.id === VOIDED && statement.object?.objectType === 'StatementRef';
}

/**
 * "answered begrijpen_1" style: the verb's last word and the object's id end.
 * @param {Record<string, any>} statement
 */
function describeStatement(statement) {
  const tail = (/** @type {unknown} */ iri) => String(iri ?? '?').replace(/\/+$/, '').split(/[/#]/).at(-1);
  return `${tail(statement.verb?.id)} ${tail(statement.object?.id)}`;
}
