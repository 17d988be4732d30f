import { BrowserStorage } from '../persistence/browser-storage.js';
import { findApi } from './discovery.js';
import type { Scorm12Api, Scorm2004Api } from './scorm/scorm-connection.js';
import type { SaveTimings } from './save-scheduler.js';
import { StandaloneTracker } from './standalone-tracker.js';
import type { Tracker, TrackingMode } from './tracker.js';

export interface Connection {
  tracker: Tracker;
  /** The package was built for an LMS, but none was found: the learner must know nothing is reported. */
  lmsMissing: boolean;
  /** Where the learner returns to when leaving (cmi5 returnURL). */
  exitUrl?: string | null;
  /** The launch could not be completed (e.g. a cmi5 fetch URL already used): working standalone. */
  launchFailed?: boolean;
}

/**
 * Picks the adapter for the standard in use. Each zip tells its standard in
 * the launch URL (`?standard=scorm12`); the adapters of other standards are
 * never loaded.
 */
export async function connectTracker(win: Window, storageKey: string, timings?: SaveTimings): Promise<Connection> {
  const params = new URLSearchParams(win.location.search);
  const standalone = () => new StandaloneTracker(BrowserStorage.fromWindow(storageKey), languageParam(params));
  // An LRS endpoint in the launch URL means xAPI or cmi5; that chunk reads the rest of the launch.
  if (params.has('endpoint')) {
    try {
      const { connectXapi } = await import('./xapi/xapi-launch.js');
      return { ...(await connectXapi(win.location.search, storageOf(win), storageKey, timings)), lmsMissing: false };
    } catch {
      return { tracker: standalone(), lmsMissing: false, launchFailed: true };
    }
  }
  const expected = params.get('standard') as TrackingMode | null;
  const backupFor = (learnerId: string) => BrowserStorage.fromWindow(`${storageKey}:unsynced:${learnerId}`);

  if (expected !== 'scorm12') {
    const api = findApi<Scorm2004Api>(win, 'API_1484_11');
    if (api) {
      const { scorm2004Tracker } = await import('./scorm/scorm2004-launch.js');
      return { tracker: scorm2004Tracker(api, backupFor, timings), lmsMissing: false };
    }
  }
  if (expected !== 'scorm2004') {
    const api = findApi<Scorm12Api>(win, 'API');
    if (api) {
      const { scorm12Tracker } = await import('./scorm/scorm12-launch.js');
      return { tracker: scorm12Tracker(api, backupFor, timings), lmsMissing: false };
    }
  }
  return {
    tracker: standalone(),
    lmsMissing: expected !== null && expected !== 'standalone',
  };
}

/** `?lang=en` or `?language=en` in the launch URL: how an xAPI launch (or a link to the web folder) names the learner's language. */
export function languageParam(params: URLSearchParams): string | null {
  return params.get('lang') || params.get('language') || null;
}

function storageOf(win: Window): Storage | null {
  try {
    return win.localStorage;
  } catch {
    return null;
  }
}
