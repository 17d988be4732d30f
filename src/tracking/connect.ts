import { config } from '../content/config.js';
import { BrowserStorage, keyValueStore, type KeyValueStore } from '../persistence/browser-storage.js';
import { DurableStore } from '../persistence/durable-store.js';
import type { LearnerHistory } from '../model/history.js';
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
  /** Names what this package keeps in the browser; tabs of one attempt find each other under it. */
  scope?: string;
  /** Where the completed profiles of the learner the tracker names (Tracker.attemptOf) are kept; absent or null: nowhere. */
  historyFor?: (learner: string | null) => Promise<LearnerHistory | null>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Picks the adapter for the standard in use. Each zip tells its standard in
 * the launch URL (`?standard=scorm12`); the adapters of other standards are
 * never loaded. Everything kept in the browser goes to one DurableStore named
 * `storageKey`, which an LMS clearing localStorage cannot wipe.
 */
export async function connectTracker(win: Window, storageKey: string, timings?: SaveTimings): Promise<Connection> {
  const durable = await DurableStore.open(storageKey, { localStorage: storageOf(win), indexedDB: indexedDbOf(win) });
  forgetExpiredCopies(durable);
  const place = packagePlace(win.location);
  const kept = { store: keyValueStore(durable), place, legacyKey: storageKey };
  return { ...(await connectAdapter(win, kept, timings)), scope: `${storageKey}:${place}` };
}

/**
 * Where this copy of the package is installed: the folder of its page. An LMS
 * gives each activity its own (Moodle: /pluginfile.php/<context>/mod_scorm/content/<revision>/),
 * so two activities with the same zip never share a learner's browser copy or tabs.
 */
export function packagePlace(location: Pick<Location, 'pathname'> | { pathname?: string }): string {
  const path = location.pathname ?? '/';
  return path.slice(0, path.lastIndexOf('/') + 1) || '/';
}

/** Shared computers: a copy no launch has confirmed goes after the configured number of days, whoever it belongs to. */
function forgetExpiredCopies(store: DurableStore, now = Date.now()): void {
  for (const key of store.keys('copy:')) {
    if (now - (store.savedAt(key) ?? now) > config.browserCopyDays * DAY_MS) store.remove(key);
  }
}

/** What the package keeps in the browser: the store, this installation's place, and where older versions kept the standalone state. */
interface Kept {
  store: KeyValueStore;
  place: string;
  legacyKey: string;
}

async function connectAdapter(win: Window, { store, place, legacyKey }: Kept, timings?: SaveTimings): Promise<Connection> {
  const params = new URLSearchParams(win.location.search);
  const standalone = () =>
    new StandaloneTracker(
      new BrowserStorage(store, 'state', { legacy: { storage: storageOf(win), key: legacyKey } }),
      languageParam(params),
    );
  /** SCORM and standalone: this browser's history of a learner id (SCORM 1.2 and 2004 alike), or of whoever uses it (standalone). */
  const historyFor = async (learner: string | null) => {
    // Not needed for the first screen or for saving: loaded when the earlier profile is looked up.
    const { BrowserHistory, browserHistoryKey } = await import('../persistence/browser-history.js');
    return new BrowserHistory(store, browserHistoryKey(learner));
  };
  /** The browser copy of one learner's attempt in an LMS or LRS, for this installation of the package. */
  const copyFor = (attempt: string) => new BrowserStorage(store, `copy:${place}:${attempt}`, { expiryMs: config.browserCopyDays * DAY_MS });
  // An LRS endpoint in the launch URL means xAPI or cmi5; that chunk reads the rest of the launch.
  if (params.has('endpoint')) {
    try {
      const { connectXapi } = await import('./xapi/xapi-launch.js');
      const { history, ...connection } = await connectXapi(win.location.search, store, copyFor, timings);
      return { ...connection, lmsMissing: false, historyFor: () => Promise.resolve(history) };
    } catch {
      return { tracker: standalone(), lmsMissing: false, launchFailed: true, historyFor };
    }
  }
  const expected = params.get('standard') as TrackingMode | null;

  if (expected !== 'scorm12') {
    const api = findApi<Scorm2004Api>(win, 'API_1484_11');
    if (api) {
      const { scorm2004Tracker } = await import('./scorm/scorm2004-launch.js');
      return { tracker: scorm2004Tracker(api, (learner) => copyFor(`scorm2004:${learner}`), timings), lmsMissing: false, historyFor };
    }
  }
  if (expected !== 'scorm2004') {
    const api = findApi<Scorm12Api>(win, 'API');
    if (api) {
      const { scorm12Tracker } = await import('./scorm/scorm12-launch.js');
      return { tracker: scorm12Tracker(api, (learner) => copyFor(`scorm12:${learner}`), timings), lmsMissing: false, historyFor };
    }
  }
  return {
    tracker: standalone(),
    lmsMissing: expected !== null && expected !== 'standalone',
    historyFor,
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

function indexedDbOf(win: Window): IDBFactory | null {
  try {
    return win.indexedDB ?? null;
  } catch {
    return null;
  }
}
