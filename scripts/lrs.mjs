// @ts-check
/**
 * The LRS of the preview (`npm start`, `npm run dev`), the tests and the bench: Learning
 * Locker's statements service (npm xapi-statements, in memory) in a child process, behind a
 * front that adds what it lacks. A developer tool: nothing here goes into dist/web or a zip,
 * and it forgets everything when it stops.
 *
 *   const lrs = await startLrs();   lrs.endpoint: http://127.0.0.1:<port>/xapi/, on a server of its own
 *   lrs.serve(req, res, '/lrs/');   the same LRS answering a request another server received below /lrs/
 *   await lrs.stop();
 *
 * Below the endpoint:
 *   about, statements              Learning Locker's: statements validated (400 with every problem found),
 *                                  409 for a statement id already stored with other content (nothing of
 *                                  the request is stored), the same statement again accepted, voiding,
 *                                  the GET filters; its `more` links point below the path asked
 *   activities/state               the State API, which Learning Locker's service lacks: one document per
 *                                  activity, agent (by its identifier), registration and stateId;
 *                                  GET|HEAD|PUT|POST|DELETE, POST merges JSON objects, ETag, If-Match,
 *                                  If-None-Match; without stateId GET lists the ids (?since) and DELETE
 *                                  removes them all
 *   agents/profile                 the Agent Profile API, which it lacks too: one document per agent (by its
 *                                  identifier) and profileId, with the same methods, merging and headers;
 *                                  without profileId GET lists the ids (?since)
 *   preview/requests?after=<seq>   not xAPI: the log of writes and failures that the preview's panel shows
 *                                  (a state document not found is no failure), as { instance, requests };
 *                                  `instance` is new each time the LRS starts
 * Every resource but `about` needs an `X-Experience-API-Version` header of 1.0.x (else 400) and any
 * `Authorization: Basic …` (else 401). Every answer has CORS headers for any origin and
 * `X-Experience-API-Version`; other paths are 404.
 *
 * Learning Locker's service writes a storage/ folder (access logs) into its working directory,
 * so it runs in a fresh temporary directory, removed when it stops. It starts in about a second.
 */
import { spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The xAPI version the LRS answers with. */
export const XAPI_VERSION = '1.0.3';
/** Request versions accepted in `X-Experience-API-Version` (Learning Locker's service takes 1.0.x only). */
const ACCEPTED_VERSION = /^1\.0(?:\.\d+)?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
/** How many entries the request log keeps. */
const LOG_LIMIT = 500;
/** How long Learning Locker's service may take to start. */
const START_TIMEOUT_MS = 30_000;

/** The document resources the front keeps itself. */
const DOCUMENT_RESOURCES = ['activities/state', 'agents/profile'];

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, PUT, POST, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match',
  'Access-Control-Expose-Headers': 'ETag, Last-Modified, X-Experience-API-Version, X-Experience-API-Consistent-Through',
};
/** Headers of Learning Locker's answers that go on to the client. */
const PASSED_HEADERS = ['content-type', 'last-modified', 'x-experience-api-consistent-through'];

/**
 * @typedef {object} Answer
 * @property {number} status
 * @property {Record<string, string>} headers
 * @property {string | Buffer} body
 * @property {string} [message] what was stored, for the request log
 */

/**
 * @typedef {object} StateDocument a document of the State or the Agent Profile API
 * @property {string} key activity, agent identifier, registration (State API); agent identifier (Agent Profile API)
 * @property {string} stateId the stateId or profileId
 * @property {string} contentType
 * @property {Buffer} content
 * @property {string} etag quoted SHA-1 of the content
 * @property {number} updated ms since the epoch
 */

/**
 * @typedef {object} LoggedRequest what the preview's panel shows of a request
 * @property {number} seq
 * @property {string} time ISO 8601
 * @property {string} method
 * @property {string} resource e.g. "statements", "activities/state?stateId=wed-state" or "agents/profile?profileId=…"
 * @property {number} status
 * @property {string} message what was stored, or what was wrong
 */

/**
 * @typedef {object} Lrs
 * @property {string} endpoint the xAPI endpoint on the LRS's own server, ending in /xapi/
 * @property {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, basePath: string) => Promise<void>} serve
 *   answers a request to `basePath` (e.g. "/lrs/") or below it
 * @property {() => Promise<void>} stop stops the service and the server, and removes the working directory
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

/**
 * Starts Learning Locker's statements service and the front on free ports of 127.0.0.1.
 * @param {{ onExit?: (reason: string) => void }} [options] `onExit`: called when the service
 *   stops without stop() (it crashed, or was killed)
 * @returns {Promise<Lrs>}
 */
export async function startLrs({ onExit } = {}) {
  const workDir = mkdtempSync(join(tmpdir(), 'wed-lrs-'));
  const service = await startService(workDir).catch((error) => {
    rmSync(workDir, { recursive: true, force: true });
    throw error;
  });
  let stopping = false;
  service.child.once('exit', () => {
    if (!stopping) onExit?.(`Learning Locker's statements service stopped: ${service.errors().trim() || 'no reason given'}`);
  });

  const front = new Front(service.origin);
  const server = createServer((req, res) => front.serve(req, res, '/xapi/'));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = address && typeof address === 'object' ? address.port : 0;
  return {
    endpoint: `http://127.0.0.1:${port}/xapi/`,
    serve: (req, res, basePath) => front.serve(req, res, basePath),
    async stop() {
      stopping = true;
      server.closeAllConnections();
      await Promise.all([new Promise((resolve) => server.close(() => resolve(undefined))), stopChild(service.child)]);
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}

/**
 * Learning Locker's service in `workDir`, ready for requests.
 * @param {string} workDir
 */
async function startService(workDir) {
  const port = await freePort();
  const entry = join(dirname(createRequire(import.meta.url).resolve('xapi-statements/package.json')), 'dist/index.js');
  // The service exits when this process is gone (its IPC channel closes), even after a SIGKILL.
  // Detached: a Ctrl+C in the terminal reaches this process, which stops the service, and not
  // the service first.
  const child = spawn(process.execPath, ['-e', `process.on('disconnect', () => process.exit()); require(${JSON.stringify(entry)});`], {
    cwd: workDir,
    detached: true,
    env: {
      ...process.env,
      AUTH_REPO: 'test',
      EVENTS_REPO: 'test',
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'memory',
      EXPRESS_PORT: String(port),
      WINSTON_CONSOLE_LEVEL: 'error',
    },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  // The last lines it wrote to stderr, to say why it stopped.
  let errors = '';
  child.stderr?.on('data', (chunk) => (errors = (errors + chunk).slice(-2000)));
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`Learning Locker's statements service did not start within ${START_TIMEOUT_MS / 1000} s: ${errors}`));
    }, START_TIMEOUT_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Learning Locker's statements service exited (${code}) before it was ready: ${errors}`));
    });
    // It sends "ready" once it listens.
    child.once('message', () => {
      clearTimeout(timer);
      resolve(undefined);
    });
  });
  return { child, origin: `http://127.0.0.1:${port}`, errors: () => errors };
}

/** @param {import('node:child_process').ChildProcess} child */
function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve(undefined));
    child.kill();
  });
}

/** The HTTP side: State API, checks, forwarding to Learning Locker's service, the request log. */
class Front {
  /** @type {Map<string, StateDocument>} by key and stateId */
  #states = new Map();
  /** @type {Map<string, StateDocument>} by key and profileId */
  #profiles = new Map();
  /** @type {LoggedRequest[]} */
  #log = [];
  #seq = 0;
  #instance = randomUUID();
  #service;

  /** @param {string} service origin of Learning Locker's service */
  constructor(service) {
    this.#service = service;
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string} basePath ends with "/"
   */
  async serve(req, res, basePath) {
    const url = new URL(req.url ?? '/', 'http://lrs.invalid');
    const method = (req.method ?? 'GET').toUpperCase();
    const resource = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length).replace(/\/+$/, '') : null;
    /** @type {Answer} */
    let answer;
    try {
      const body = await readBody(req);
      answer = await this.#route(method, resource, url.searchParams, req.headers, body, basePath);
    } catch (error) {
      answer =
        error instanceof LrsError
          ? text(error.status, error.message)
          : text(500, `The LRS failed: ${error instanceof Error ? error.stack : error}`);
    }
    const read = method === 'GET' || method === 'HEAD' || method === 'OPTIONS';
    // A state document not there yet is an answer, not a failure.
    const failed = answer.status >= 400 && !(read && answer.status === 404 && DOCUMENT_RESOURCES.includes(resource ?? ''));
    if (resource !== null && resource !== 'preview/requests' && (!read || failed)) {
      this.#remember(method, resource, url.searchParams, answer);
    }
    res.writeHead(answer.status, {
      ...answer.headers,
      ...CORS_HEADERS,
      'X-Experience-API-Version': XAPI_VERSION,
      'Cache-Control': 'no-store',
    });
    res.end(method === 'HEAD' || answer.status === 204 ? undefined : answer.body);
  }

  /**
   * @param {string} method
   * @param {string | null} resource the path below the base path; null when outside it
   * @param {URLSearchParams} query
   * @param {import('node:http').IncomingHttpHeaders} headers
   * @param {Buffer} body
   * @param {string} basePath
   * @returns {Promise<Answer>}
   */
  async #route(method, resource, query, headers, body, basePath) {
    if (method === 'OPTIONS') return { status: 204, headers: {}, body: '' };
    if (resource === 'about') {
      allow(method, ['GET', 'HEAD']);
      return this.#forward(method, 'about', query, headers, body);
    }
    if (resource === 'preview/requests') {
      const after = Number(query.get('after') ?? 0);
      return json(200, { instance: this.#instance, requests: this.#log.filter((entry) => entry.seq > after) });
    }
    if (resource !== 'statements' && !DOCUMENT_RESOURCES.includes(resource ?? '')) {
      throw new LrsError(
        404,
        `${resource === null ? 'This path' : `/${resource}`} is not a resource of this LRS (it offers statements, ${DOCUMENT_RESOURCES.join(', ')} and about below ${basePath}).`,
      );
    }
    checkVersion(headers);
    if (!/^Basic\s+\S+$/i.test(header(headers, 'authorization')?.trim() ?? '')) {
      throw new LrsError(401, 'The Authorization header is missing or not Basic.');
    }
    if (resource === 'activities/state') return this.#state(method, query, headers, body);
    if (resource === 'agents/profile') return this.#agentProfile(method, query, headers, body);
    allow(method, ['GET', 'HEAD', 'PUT', 'POST']);
    const answer = await this.#forward(method, 'statements', query, headers, body);
    if (method === 'GET' && answer.status === 200 && answer.headers['content-type']?.startsWith('application/json')) {
      // Learning Locker's `more` link names its own path; the client asked below basePath.
      const list = JSON.parse(answer.body.toString());
      if (typeof list.more === 'string' && list.more !== '') {
        list.more = list.more.replace(/^\/xAPI\//i, basePath);
        answer.body = JSON.stringify(list);
      }
    }
    if ((method === 'PUT' || method === 'POST') && answer.status < 300) answer.message = storedMessage(body);
    return answer;
  }

  /**
   * Sends the request on to Learning Locker's service.
   * @param {string} method
   * @param {string} resource
   * @param {URLSearchParams} query
   * @param {import('node:http').IncomingHttpHeaders} headers
   * @param {Buffer} body
   * @returns {Promise<Answer>}
   */
  async #forward(method, resource, query, headers, body) {
    /** @type {Record<string, string>} */
    const sent = {};
    for (const name of ['authorization', 'content-type', 'x-experience-api-version']) {
      const value = header(headers, name);
      if (value !== undefined) sent[name] = value;
    }
    const search = String(query) ? `?${query}` : '';
    let response;
    try {
      response = await fetch(`${this.#service}/xAPI/${resource}${search}`, {
        method,
        headers: sent,
        body: method === 'GET' || method === 'HEAD' ? undefined : new Uint8Array(body),
      });
    } catch (error) {
      throw new LrsError(502, `Learning Locker's statements service did not answer (${error instanceof Error ? error.message : error}).`);
    }
    /** @type {Record<string, string>} */
    const passed = {};
    for (const name of PASSED_HEADERS) {
      const value = response.headers.get(name);
      if (value !== null) passed[name] = value;
    }
    return { status: response.status, headers: passed, body: Buffer.from(await response.arrayBuffer()) };
  }

  /**
   * The State API.
   * @param {string} method
   * @param {URLSearchParams} query
   * @param {import('node:http').IncomingHttpHeaders} headers
   * @param {Buffer} body
   * @returns {Answer}
   */
  #state(method, query, headers, body) {
    allow(method, ['GET', 'HEAD', 'PUT', 'POST', 'DELETE']);
    const activityId = query.get('activityId');
    if (!activityId || !/^[a-z][a-z0-9+.-]*:\S+$/i.test(activityId)) throw new LrsError(400, 'activityId must be an absolute IRI.');
    const agentText = query.get('agent');
    if (!agentText) throw new LrsError(400, 'The agent parameter (an Agent as JSON) is missing.');
    const registration = (query.get('registration') ?? '').toLowerCase();
    if (registration && !UUID.test(registration)) throw new LrsError(400, `registration must be a UUID, not "${registration}".`);
    const key = JSON.stringify([activityId, agentKey(agentText), registration]);
    const stateId = query.get('stateId');

    if (stateId === null) {
      if (method === 'PUT' || method === 'POST') throw new LrsError(400, `${method} activities/state needs the stateId parameter.`);
      const documents = [...this.#states.values()].filter((doc) => doc.key === key);
      if (method === 'DELETE') {
        for (const doc of documents) this.#states.delete(JSON.stringify([key, doc.stateId]));
        return { status: 204, headers: {}, body: '', message: `${documents.length} state document(s) deleted` };
      }
      return json(200, idsSince(documents, query.get('since')));
    }

    const where = { label: `state "${stateId}"`, owner: 'this activity, agent and registration', preconditionRequired: false };
    return this.#document(this.#states, method, key, stateId, where, headers, body);
  }

  /**
   * The Agent Profile API.
   * @param {string} method
   * @param {URLSearchParams} query
   * @param {import('node:http').IncomingHttpHeaders} headers
   * @param {Buffer} body
   * @returns {Answer}
   */
  #agentProfile(method, query, headers, body) {
    allow(method, ['GET', 'HEAD', 'PUT', 'POST', 'DELETE']);
    const agentText = query.get('agent');
    if (!agentText) throw new LrsError(400, 'The agent parameter (an Agent as JSON) is missing.');
    const key = agentKey(agentText);
    const profileId = query.get('profileId');
    if (profileId === null) {
      if (method !== 'GET' && method !== 'HEAD') throw new LrsError(400, `${method} agents/profile needs the profileId parameter.`);
      return json(
        200,
        idsSince(
          [...this.#profiles.values()].filter((doc) => doc.key === key),
          query.get('since'),
        ),
      );
    }
    const where = { label: `agent profile "${profileId}"`, owner: 'this agent', preconditionRequired: true };
    return this.#document(this.#profiles, method, key, profileId, where, headers, body);
  }

  /**
   * One document of the State or Agent Profile API: GET, HEAD, PUT, POST (merging JSON objects), DELETE.
   * @param {Map<string, StateDocument>} documents
   * @param {string} method
   * @param {string} key
   * @param {string} stateId the stateId or profileId
   * @param {{ label: string, owner: string, preconditionRequired: boolean }} where `label`: how answers and the log
   *   name the document; `owner`: whose it is; `preconditionRequired`: a PUT over an existing document without
   *   If-Match or If-None-Match is a 409 (xAPI requires it of the profile APIs, not of the State API)
   * @param {import('node:http').IncomingHttpHeaders} headers
   * @param {Buffer} body
   * @returns {Answer}
   */
  #document(documents, method, key, stateId, { label, owner, preconditionRequired }, headers, body) {
    const id = JSON.stringify([key, stateId]);
    const existing = documents.get(id);
    if (method === 'GET' || method === 'HEAD') {
      if (!existing) throw new LrsError(404, `No ${label} for ${owner}.`);
      return {
        status: 200,
        headers: { 'Content-Type': existing.contentType, ETag: existing.etag, 'Last-Modified': new Date(existing.updated).toUTCString() },
        body: existing.content,
      };
    }
    const ifMatch = header(headers, 'if-match');
    if (
      ifMatch !== undefined &&
      (!existing ||
        (ifMatch.trim() !== '*' &&
          !ifMatch
            .split(',')
            .map((tag) => tag.trim())
            .includes(existing.etag)))
    ) {
      throw new LrsError(412, 'If-Match does not match the stored document.');
    }
    if (header(headers, 'if-none-match')?.trim() === '*' && existing) throw new LrsError(412, 'If-None-Match: * but the document exists.');
    if (preconditionRequired && method === 'PUT' && existing && ifMatch === undefined && header(headers, 'if-none-match') === undefined) {
      throw new LrsError(409, `PUT ${label}: the document exists, so If-Match (or If-None-Match) is required.`);
    }
    if (method === 'DELETE') {
      documents.delete(id);
      return { status: 204, headers: {}, body: '', message: `${label} deleted` };
    }

    const type = (header(headers, 'content-type') ?? '').split(';')[0].trim().toLowerCase() || 'application/octet-stream';
    let content = body;
    if (method === 'POST' && (existing || type === 'application/json')) {
      // POST merges JSON objects; anything else cannot be merged.
      const incoming = type === 'application/json' ? parseJson(body) : undefined;
      if (!isPlainObject(incoming)) throw new LrsError(400, `POST ${label}: only a JSON object (application/json) can be merged.`);
      if (existing) {
        const current = existing.contentType === 'application/json' ? parseJson(existing.content) : undefined;
        if (!isPlainObject(current))
          throw new LrsError(400, `POST ${label}: the stored document is not a JSON object, so nothing can be merged into it.`);
        content = Buffer.from(JSON.stringify({ ...current, ...incoming }));
      }
    }
    documents.set(id, {
      key,
      stateId,
      contentType: type,
      content,
      etag: `"${createHash('sha1').update(content).digest('hex')}"`,
      updated: Date.now(),
    });
    return {
      status: 204,
      headers: {},
      body: '',
      message: `${label} ${method === 'POST' ? 'merged' : 'stored'} (${type}, ${content.length} bytes)`,
    };
  }

  /**
   * @param {string} method
   * @param {string} resource
   * @param {URLSearchParams} query
   * @param {Answer} answer
   */
  #remember(method, resource, query, answer) {
    const [name, id] = resource === 'agents/profile' ? ['profileId', query.get('profileId')] : ['stateId', query.get('stateId')];
    this.#log.push({
      seq: ++this.#seq,
      time: new Date().toISOString(),
      method,
      resource: id === null ? resource : `${resource}?${name}=${id}`,
      status: answer.status,
      message: answer.status >= 400 ? problemOf(answer.body) : (answer.message ?? ''),
    });
    if (this.#log.length > LOG_LIMIT) this.#log.splice(0, this.#log.length - LOG_LIMIT);
  }
}

/**
 * The ids of the documents changed after `since` (all without it).
 * @param {StateDocument[]} documents
 * @param {string | null} since ISO 8601
 */
function idsSince(documents, since) {
  const sinceTime = since === null ? null : Date.parse(since);
  if (since !== null && (!/^\d{4}-\d\d-\d\dT/.test(since) || Number.isNaN(sinceTime))) {
    throw new LrsError(400, `since must be an ISO 8601 timestamp, not "${since}".`);
  }
  return documents.filter((doc) => sinceTime === null || doc.updated > sinceTime).map((doc) => doc.stateId);
}

/**
 * @param {number} status
 * @param {string} message
 * @returns {Answer}
 */
function text(status, message) {
  return { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: message };
}

/**
 * @param {number} status
 * @param {unknown} value
 * @returns {Answer}
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
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @param {string} name lower case
 */
function header(headers, name) {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** @param {import('node:http').IncomingHttpHeaders} headers */
function checkVersion(headers) {
  const version = header(headers, 'x-experience-api-version')?.trim();
  if (!version) throw new LrsError(400, 'The X-Experience-API-Version header is missing.');
  if (!ACCEPTED_VERSION.test(version)) throw new LrsError(400, `X-Experience-API-Version "${version}" is not supported (1.0.x).`);
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

/**
 * The agent's inverse functional identifier, as one string: the same agent written otherwise is the same agent.
 * @param {string} text the agent parameter
 */
function agentKey(text) {
  /** @type {unknown} */
  let agent;
  try {
    agent = JSON.parse(text);
  } catch {
    throw new LrsError(400, 'agent must be an Agent as JSON.');
  }
  if (!isPlainObject(agent)) throw new LrsError(400, 'agent must be an Agent as JSON.');
  if (typeof agent.mbox === 'string') return `mbox:${agent.mbox.toLowerCase()}`;
  if (typeof agent.mbox_sha1sum === 'string') return `sha1:${agent.mbox_sha1sum.toLowerCase()}`;
  if (typeof agent.openid === 'string') return `openid:${agent.openid}`;
  if (isPlainObject(agent.account) && typeof agent.account.homePage === 'string' && typeof agent.account.name === 'string') {
    return `account:${agent.account.homePage} ${agent.account.name}`;
  }
  throw new LrsError(400, 'The agent has no identifier (mbox, mbox_sha1sum, openid or account).');
}

/**
 * "2 statement(s) stored: answered begrijpen_1; completed wed-zelfassessment": each
 * statement's verb and the end of its object's id.
 * @param {Buffer} body a statement or an array of them
 */
function storedMessage(body) {
  /** @type {unknown} */
  let sent;
  try {
    sent = JSON.parse(body.toString('utf8'));
  } catch {
    return 'stored';
  }
  const statements = (Array.isArray(sent) ? sent : [sent]).filter(isPlainObject);
  const tail = (/** @type {unknown} */ iri) =>
    String(iri ?? '?')
      .replace(/\/+$/, '')
      .split(/[/#]/)
      .at(-1);
  return `${statements.length} statement(s) stored: ${statements.map((s) => `${tail(s.verb?.id)} ${tail(s.object?.id)}`).join('; ')}`;
}

/**
 * What an error answer says: Learning Locker's `warnings` or `message`, or the text.
 * @param {string | Buffer} body
 */
function problemOf(body) {
  const content = body.toString();
  try {
    const parsed = JSON.parse(content);
    if (Array.isArray(parsed.warnings)) return parsed.warnings.join('; ');
    if (typeof parsed.message === 'string') return parsed.message;
  } catch {
    // Not JSON: the text is the message.
  }
  return content;
}

/** @param {import('node:stream').Readable} stream */
async function readBody(stream) {
  /** @type {Buffer[]} */
  const chunks = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** @returns {Promise<number>} a port of 127.0.0.1 nobody listens on right now */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
