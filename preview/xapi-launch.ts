/**
 * The preview's xAPI mode: a "TinCan launch" of the package against the LRS
 * that `npm run dev` and `npm start` serve at /lrs/ (scripts/lrs.mjs: Learning
 * Locker's statements service in memory), for a fixed learner, with a
 * registration kept per attempt.
 */
import { PREVIEW_LEARNER } from './launch.js';

/** Where scripts/dev.mjs serves the LRS, on the preview's own origin. */
export const LRS_PATH = '/lrs/';
/** The state document the package keeps its resume state in. */
export const STATE_ID = 'wed-state';
/** Any Basic credentials do for the dev LRS. */
export const PREVIEW_AUTH = `Basic ${btoa('preview:preview')}`;

export interface XapiAgent {
  objectType: 'Agent';
  name: string;
  mbox: string;
}

export const PREVIEW_ACTOR: XapiAgent = {
  objectType: 'Agent',
  name: PREVIEW_LEARNER.name,
  mbox: 'mailto:preview-learner@example.com',
};

const REGISTRATION_KEY = 'wed-preview:xapi-registration';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export interface XapiLaunch {
  endpoint: string;
  auth: string;
  actor: XapiAgent;
  registration: string;
  activityId: string;
}

/**
 * The package URL with the TinCan launch parameters, each percent-encoded as
 * LMSs do (`auth=Basic%20…`, never `+` for a space).
 */
export function xapiLaunchUrl(packageUrl: string, launch: XapiLaunch): string {
  const parameters: [string, string][] = [
    ['endpoint', launch.endpoint],
    ['auth', launch.auth],
    ['actor', JSON.stringify(launch.actor)],
    ['registration', launch.registration],
    ['activity_id', launch.activityId],
  ];
  return `${packageUrl}?${parameters.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&')}`;
}

/** The registration of the current attempt: the one kept in `storage`, or a new one (then kept). */
export function currentRegistration(storage: Storage | null, newUuid: () => string = () => crypto.randomUUID()): string {
  let kept: string | null = null;
  try {
    kept = storage?.getItem(REGISTRATION_KEY) ?? null;
  } catch {
    // Not readable: a new attempt each time the preview opens.
  }
  return kept && UUID.test(kept) ? kept : newRegistration(storage, newUuid);
}

/** Starts a new attempt: a new registration, kept in `storage`. */
export function newRegistration(storage: Storage | null, newUuid: () => string = () => crypto.randomUUID()): string {
  const registration = newUuid();
  try {
    storage?.setItem(REGISTRATION_KEY, registration);
  } catch {
    // Not kept: the next reload of the preview starts another attempt.
  }
  return registration;
}
