/**
 * The preview LMS: hosts the package in a Moodle-sized frame, offers it a
 * scorm-again API loaded from a localStorage "LMS database", and shows the
 * data model and every API call; or launches it in xAPI mode against the dev
 * server's in-memory LRS and shows the statements and state it received.
 * A developer tool; none of it ships in the package.
 */
import config from '../content/config.json';
import { ApiLog, type LogEntry } from './api-log.js';
import { renderPanel, type PanelModel } from './data-panel.js';
import { planLaunch } from './launch.js';
import { LmsStore } from './lms-store.js';
import { LrsClient, LrsPoller, type LrsSnapshot } from './lrs-client.js';
import { clearStandaloneState } from './standalone-state.js';
import {
  isMode,
  isWidth,
  keepSettings,
  readSettings,
  urlWithMode,
  type PreviewMode,
  type PreviewSettings,
} from './preview-settings.js';
import { PreviewSession } from './scorm-session.js';
import { standardInfo } from './standards.js';
import {
  LRS_PATH,
  PREVIEW_ACTOR,
  PREVIEW_AUTH,
  STATE_ID,
  currentRegistration,
  newRegistration,
  xapiLaunchUrl,
  type XapiLaunch,
} from './xapi-launch.js';

/** The package, relative to dist/preview/. */
const PACKAGE_URL = '../web/index.html';
/** How long to wait for the old package to unload before going on anyway. */
const UNLOAD_TIMEOUT_MS = 3000;

const MODE_LABELS: Record<PreviewMode, string> = {
  scorm12: 'SCORM 1.2',
  scorm2004: 'SCORM 2004',
  xapi: 'xAPI (TinCan launch, dev LRS)',
  standalone: 'Standalone (no API)',
};

function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`preview/index.html has no #${id}`);
  return found;
}

const controls = {
  mode: element('mode', HTMLSelectElement),
  width: element('width', HTMLSelectElement),
  review: element('review', HTMLInputElement),
  failCommits: element('fail-commits', HTMLInputElement),
  reload: element('reload', HTMLButtonElement),
  newAttempt: element('new-attempt', HTMLButtonElement),
};
const frame = element('package-frame', HTMLIFrameElement);
const stage = element('stage', HTMLElement);
const panel = element('panel', HTMLElement);

const storage = localStorageOrNull();
const store = new LmsStore(storage);
const log = new ApiLog(500);
let settings: PreviewSettings = readSettings(window.location.search, storage);
let session: PreviewSession | null = null;
let renderQueued = false;
/** Launches run one after the other, however fast the buttons are pressed. */
let launching: Promise<void> = Promise.resolve();
/** xAPI mode: the current launch and what the LRS last said. */
let xapi: { launch: XapiLaunch; snapshot: LrsSnapshot | null; error: string | null } | null = null;
const poller = new LrsPoller(
  {
    snapshot: (snapshot) => {
      if (!xapi) return;
      xapi = { ...xapi, snapshot };
      queueRender();
    },
    requests: (entries) => {
      for (const entry of entries) {
        const { method, resource, status, message } = entry;
        log.add({ kind: 'http', time: new Date(entry.time), method, resource, status, message });
      }
      queueRender();
    },
    error: (error) => {
      if (!xapi || xapi.error === error) return;
      xapi = { ...xapi, error };
      if (error) lmsNote(`LRS: ${error}`, 'warning');
      queueRender();
    },
  },
  new Date(),
);

function addLog(entry: LogEntry): void {
  log.add(entry);
  queueRender();
}

function lmsNote(message: string, level: 'info' | 'warning' = 'info'): void {
  addLog({ kind: 'lms', time: new Date(), message, level });
}

function queueRender(): void {
  if (renderQueued) return;
  renderQueued = true;
  queueMicrotask(() => {
    renderQueued = false;
    renderPanel(panelModel(), panel);
  });
}

function panelModel(): PanelModel {
  return {
    standardLabel: MODE_LABELS[settings.mode],
    launch: session && {
      entry: session.plan.entry,
      review: session.plan.review,
      state: session.state,
      stored: session.stored,
      notes: session.plan.notes,
      values: session.tracker.entries(),
    },
    xapi: xapi && { ...xapi, stateId: STATE_ID },
    failCommits: controls.failCommits.checked && (settings.mode === 'scorm12' || settings.mode === 'scorm2004'),
    log,
    onClearLog: () => {
      log.clear();
      queueRender();
    },
  };
}

/** Unloads the package (its unload handlers run against the current API), then launches it afresh. */
function relaunch(options: { newAttempt: boolean }): Promise<void> {
  launching = launching.then(() => launch(options)).catch((error: unknown) => {
    lmsNote(`Launch failed: ${String(error)}`, 'warning');
  });
  return launching;
}

async function launch({ newAttempt }: { newAttempt: boolean }): Promise<void> {
  await unloadFrame();
  session?.close();
  PreviewSession.unmountAll(window);
  session = null;
  const { mode } = settings;
  if (newAttempt) {
    if (mode === 'standalone') {
      const removed = clearStandaloneState(storage, config.identifier);
      lmsNote(`New attempt: removed the package's browser state (${removed} localStorage key(s)).`);
    } else if (mode === 'xapi') {
      const registration = newRegistration(storage);
      lmsNote(`New attempt: new registration ${registration}.`);
    } else {
      store.clear(mode);
      lmsNote(`New attempt: cleared the ${MODE_LABELS[mode]} LMS database.`);
    }
  }
  if (mode === 'xapi') {
    launchXapi();
    return;
  }
  poller.stop();
  xapi = null;
  if (mode !== 'standalone') {
    const info = standardInfo(mode);
    const plan = planLaunch(info, store.load(mode), controls.review.checked);
    session = new PreviewSession(plan, store, {
      failCommits: () => controls.failCommits.checked,
      log: addLog,
      changed: queueRender,
    });
    session.mount(window);
    lmsNote(
      `Launch ${info.label}: window.${info.windowProperty} ready, ${info.elements.entry} = "${plan.entry}", ` +
        `${info.elements.mode} = "${plan.review ? 'review' : 'normal'}", ` +
        `${Object.keys(plan.restoredValues).length} committed value(s) restored.`,
    );
    for (const note of plan.notes) lmsNote(note, 'warning');
  } else {
    lmsNote('Launch standalone: no SCORM API offered.');
  }
  frame.src = PACKAGE_URL;
  queueRender();
}

/** A TinCan launch: the LRS, the learner and the registration go in the package URL. */
function launchXapi(): void {
  const launch: XapiLaunch = {
    endpoint: new URL(LRS_PATH, window.location.origin).href,
    auth: PREVIEW_AUTH,
    actor: PREVIEW_ACTOR,
    registration: currentRegistration(storage),
    activityId: config.activityIri,
  };
  const sameAttempt = xapi?.launch.registration === launch.registration;
  xapi = { launch, snapshot: sameAttempt ? (xapi?.snapshot ?? null) : null, error: null };
  poller.retarget(new LrsClient({ ...launch, stateId: STATE_ID }));
  lmsNote(
    `Launch xAPI: endpoint ${launch.endpoint}, registration ${launch.registration}, activity_id ${launch.activityId}; ` +
      'no SCORM API offered.',
  );
  frame.src = xapiLaunchUrl(PACKAGE_URL, launch);
  queueRender();
}

function unloadFrame(): Promise<void> {
  if (!frame.getAttribute('src')) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = window.setTimeout(resolve, UNLOAD_TIMEOUT_MS);
    frame.addEventListener(
      'load',
      () => {
        window.clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
    frame.src = 'about:blank';
  });
}

function applySettingsToPage(): void {
  controls.mode.value = settings.mode;
  controls.width.value = settings.width;
  stage.dataset['width'] = settings.width;
  const scorm = settings.mode === 'scorm12' || settings.mode === 'scorm2004';
  controls.review.disabled = !scorm;
  controls.failCommits.disabled = !scorm;
  window.history.replaceState(null, '', urlWithMode(window.location.href, settings.mode));
  keepSettings(settings, storage);
}

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

controls.mode.addEventListener('change', () => {
  const mode = controls.mode.value;
  if (!isMode(mode) || mode === settings.mode) return;
  settings = { ...settings, mode };
  applySettingsToPage();
  void relaunch({ newAttempt: false });
});
controls.width.addEventListener('change', () => {
  const width = controls.width.value;
  if (!isWidth(width)) return;
  settings = { ...settings, width };
  applySettingsToPage();
});
controls.review.addEventListener('change', () => void relaunch({ newAttempt: false }));
controls.failCommits.addEventListener('change', () => {
  lmsNote(controls.failCommits.checked ? 'Fail commits on: commits now return "false".' : 'Fail commits off.');
});
controls.reload.addEventListener('click', () => void relaunch({ newAttempt: false }));
controls.newAttempt.addEventListener('click', () => void relaunch({ newAttempt: true }));
// xAPI mode: ask the LRS again as soon as the package has (re)loaded.
frame.addEventListener('load', () => {
  if (xapi) void poller.poll();
});

applySettingsToPage();
void relaunch({ newAttempt: false });
