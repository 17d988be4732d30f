import type { Actor } from '@xapi/xapi';

/** A "TinCan launch": the LMS put the LRS and the learner in the query string. */
export interface XapiLaunch {
  kind: 'xapi';
  endpoint: string;
  auth: string;
  actor: Actor;
  registration: string | null;
  activityId: string | null;
  /** The learner's language, where the LMS adds `lang` or `language` to the launch URL (not part of the Tin Can launch). */
  language: string | null;
}

/** A cmi5 launch: the credentials are fetched once from `fetch`. */
export interface Cmi5Launch {
  kind: 'cmi5';
  endpoint: string;
  fetchUrl: string;
  actor: Actor;
  registration: string;
  activityId: string;
}

/**
 * Reads the launch parameters of either kind. Returns null when the page was
 * not launched by an LMS or LRS (no endpoint), and throws a LaunchError when
 * it was, but a parameter is missing or broken.
 */
export function readLaunch(search: string): XapiLaunch | Cmi5Launch | null {
  const params = new URLSearchParams(search);
  const endpoint = params.get('endpoint');
  if (!endpoint) return null;
  const actor = parseActor(params.get('actor'));
  const fetchUrl = params.get('fetch');
  if (fetchUrl !== null) {
    return {
      kind: 'cmi5',
      endpoint: withSlash(endpoint),
      fetchUrl,
      actor,
      registration: required(params, 'registration'),
      activityId: required(params, 'activityId'),
    };
  }
  return {
    kind: 'xapi',
    endpoint: withSlash(endpoint),
    auth: required(params, 'auth'),
    actor,
    registration: params.get('registration'),
    activityId: params.get('activity_id'),
    language: params.get('lang') || params.get('language') || null,
  };
}

export class LaunchError extends Error {}

function required(params: URLSearchParams, name: string): string {
  const value = params.get(name);
  if (!value) throw new LaunchError(`launch parameter "${name}" is missing`);
  return value;
}

function parseActor(text: string | null): Actor {
  if (!text) throw new LaunchError('launch parameter "actor" is missing');
  let actor: unknown;
  try {
    actor = JSON.parse(text);
  } catch {
    throw new LaunchError('launch parameter "actor" is not JSON');
  }
  // TinCan launches from older LMSs send arrays for the identifiers ("mbox": ["mailto:…"]).
  if (actor && typeof actor === 'object') {
    const record = actor as Record<string, unknown>;
    for (const key of ['name', 'mbox', 'mbox_sha1sum', 'openid', 'account']) {
      if (Array.isArray(record[key])) record[key] = record[key][0];
    }
    if (record.mbox || record.mbox_sha1sum || record.openid || record.account) return record as Actor;
  }
  throw new LaunchError('launch parameter "actor" has no identifier');
}

function withSlash(endpoint: string): string {
  return endpoint.endsWith('/') ? endpoint : `${endpoint}/`;
}
