/**
 * The cmi5 launch sequence (cmi5 spec, Quartz): one POST to the fetch URL for
 * the session's credentials (8.2), then the LMS.LaunchData state document
 * (10.0) and the cmi5LearnerPreferences agent profile (11.0).
 * The auth token lives only in the returned session object: it is never
 * stored, logged or put in a message.
 */
import type { Context } from '@xapi/xapi';
import type { Cmi5Launch } from './launch-params.js';
import { LrsClient, type ReadResult } from './lrs-client.js';
import { CMI5_SESSION_ID_EXTENSION } from './vocabulary.js';

export type Cmi5LaunchMode = 'Normal' | 'Browse' | 'Review';

export interface Cmi5Session {
  /** "Basic <token>"; lives only in memory. */
  auth: string;
  launchMode: Cmi5LaunchMode;
  /** From LMS.LaunchData, including the session id extension. */
  contextTemplate: Context;
  returnUrl: string | null;
  moveOn: string | null;
  /** The learner's first languagePreference, if any. */
  language: string | null;
  /** The learner's whole languagePreference (RFC 5646 tags, most preferred first), if any. */
  languagePreference: string | null;
  launchParameters: string | null;
}

export type Cmi5LaunchStep = 'fetch' | 'launch-data';

export class Cmi5LaunchError extends Error {
  constructor(
    readonly step: Cmi5LaunchStep,
    message: string,
  ) {
    super(`cmi5 launch (${step}): ${message}`);
    this.name = 'Cmi5LaunchError';
  }
}

export interface Cmi5StartOptions {
  fetchImpl?: typeof fetch;
  client?: (auth: string) => LrsClient;
  /** Waits before retrying a read the LRS may answer later (5xx, timeout); the fetch URL is never retried. */
  retryDelaysMs?: readonly number[];
}

const LAUNCH_MODES: readonly string[] = ['Normal', 'Browse', 'Review'] satisfies Cmi5LaunchMode[];
const FETCH_TIMEOUT_MS = 15_000;
// The token cannot be fetched again, so a failing LRS read is worth a few tries before giving up.
const RETRY_DELAYS_MS = [500, 2000];

export async function startCmi5Session(launch: Cmi5Launch, options: Cmi5StartOptions = {}): Promise<Cmi5Session> {
  const fetchImpl = options.fetchImpl ?? ((input, init) => fetch(input, init));
  const token = await fetchToken(launch.fetchUrl, fetchImpl);
  const fail = (step: Cmi5LaunchStep, message: string) => new Cmi5LaunchError(step, redact(message, token));
  const auth = `Basic ${token}`;
  const client = options.client
    ? options.client(auth)
    : new LrsClient({ endpoint: launch.endpoint, auth, ...(options.fetchImpl ? { fetchImpl: options.fetchImpl } : {}) });
  const delays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  const agent = launch.actor;

  // Both reads at once: one round trip fewer on a slow connection.
  const launchDataRead = withRetries(delays, () =>
    client.getState({ activityId: launch.activityId, agent, registration: launch.registration, stateId: 'LMS.LaunchData' }),
  );
  const preferencesRead = withRetries(delays, () =>
    client.getDocument('agents/profile', { agent: JSON.stringify(agent), profileId: 'cmi5LearnerPreferences' }),
  );

  const launchData = await launchDataRead;
  if (!launchData.ok) throw fail('launch-data', `LMS.LaunchData could not be read: ${launchData.message}`);
  if (launchData.value === null) throw fail('launch-data', 'the LMS wrote no LMS.LaunchData state document');
  const data = parseObject(launchData.value);
  if (!data) throw fail('launch-data', 'LMS.LaunchData is not a JSON object');
  const contextTemplate = data.contextTemplate;
  if (!isObject(contextTemplate)) throw fail('launch-data', 'LMS.LaunchData has no contextTemplate');
  const extensions = contextTemplate.extensions;
  if (!isObject(extensions) || typeof extensions[CMI5_SESSION_ID_EXTENSION] !== 'string') {
    throw fail('launch-data', 'the contextTemplate of LMS.LaunchData has no session id');
  }
  const launchMode = data.launchMode;
  if (typeof launchMode !== 'string' || !LAUNCH_MODES.includes(launchMode)) {
    throw fail('launch-data', `LMS.LaunchData has no valid launchMode (${JSON.stringify(launchMode ?? null)})`);
  }

  const preferences = await preferencesRead;
  // The token is spent, so failing here would end the launch; without preferences the defaults apply.

  return {
    auth,
    launchMode: launchMode as Cmi5LaunchMode,
    contextTemplate: contextTemplate as Context,
    returnUrl: text(data.returnURL),
    moveOn: text(data.moveOn),
    language: preferences.ok ? firstLanguage(preferences.value) : null,
    languagePreference: preferences.ok ? languagePreference(preferences.value) : null,
    launchParameters: text(data.launchParameters),
  };
}

/** POSTs the fetch URL once (8.2.1); an error answer (8.2.3) or anything but a token is a Cmi5LaunchError. */
async function fetchToken(fetchUrl: string, fetchImpl: typeof fetch): Promise<string> {
  let response: Response;
  let body: string;
  try {
    response = await fetchImpl(fetchUrl, { method: 'POST', cache: 'no-store', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    body = await response.text();
  } catch (error) {
    throw new Cmi5LaunchError('fetch', `the fetch URL could not be reached (${error instanceof Error ? error.message : String(error)})`);
  }
  const answer = parseObject(body);
  const token = answer?.['auth-token'];
  if (response.ok && typeof token === 'string' && token.trim() !== '') return token.trim();
  const status = response.ok ? '' : `HTTP ${response.status}`;
  const errorText = text(answer?.['error-text']);
  const errorCode = answer?.['error-code'];
  const code = typeof errorCode === 'string' || typeof errorCode === 'number' ? `error-code ${errorCode}` : '';
  const details = [status, code].filter(Boolean).join(', ');
  const message = errorText ?? (details ? 'the LMS refused to hand out the credentials' : 'the LMS answered without an auth-token');
  // Whatever the LMS answered, a token-shaped value in it must not reach the message.
  const safe = typeof token === 'string' && token !== '' ? redact(message, token) : message;
  throw new Cmi5LaunchError('fetch', details ? `${safe} (${details})` : safe);
}

async function withRetries<T>(delays: readonly number[], read: () => Promise<ReadResult<T>>): Promise<ReadResult<T>> {
  let result = await read();
  for (const delay of delays) {
    if (result.ok || !result.retry) break;
    await new Promise((resolve) => setTimeout(resolve, delay));
    result = await read();
  }
  return result;
}

/** cmi5 11.1: a comma-separated list of RFC 5646 tags, most preferred first. */
function languagePreference(preferences: unknown): string | null {
  const record = typeof preferences === 'string' ? parseObject(preferences) : preferences;
  return isObject(record) ? text(record.languagePreference) : null;
}

function firstLanguage(preferences: unknown): string | null {
  return text(languagePreference(preferences)?.split(',')[0]);
}

function parseObject(json: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(json);
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function redact(message: string, token: string): string {
  return token ? message.split(token).join('[credentials]') : message;
}
