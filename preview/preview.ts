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
import { announceConnection, setFrameOffline } from './frame-network.js';
import { unloadFrame } from './frames.js';
import { planLaunch } from './launch.js';
import { LmsStore } from './lms-store.js';
import { clearSiteStorage, showLoginPage } from './login-page.js';
import { LrsClient, LrsPoller, type LrsSnapshot } from './lrs-client.js';
import { clearStandaloneState } from './standalone-state.js';
import {
  isMode,
  isWidth,
  keepSettings,
  loginDelay,
  readSettings,
  urlWithMode,
  type PreviewMode,
  type PreviewSettings,
} from './preview-settings.js';
import { PreviewSession, type LmsConditions, type SessionHooks } from './scorm-session.js';
import { SecondTab } from './second-tab.js';
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
/** "Slow LMS": how long Moodle 4.5's synchronous SCORM 1.2 save took on a slow server. */
const SLOW_LMS_MS = 3000;

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
  offline: element('offline', HTMLInputElement),
  sessionLost: element('session-lost', HTMLInputElement),
  secondTab: element('second-tab', HTMLInputElement),
  slowLms: element('slow-lms', HTMLInputElement),
  reload: element('reload', HTMLButtonElement),
  newAttempt: element('new-attempt', HTMLButtonElement),
  closeTab2: element('close-tab-2', HTMLButtonElement),
};
const frame = element('package-frame', HTMLIFrameElement);
const stage = element('stage', HTMLElement);
const panel = element('panel', HTMLElement);
const tab1Head = element('tab-1-head', HTMLElement);
const tab2 = element('tab-2', HTMLElement);

const storage = localStorageOrNull();
const store = new LmsStore(storage);
const log = new ApiLog(500);
let settings: PreviewSettings = readSettings(window.location.search, storage);
let session: PreviewSession | null = null;
let secondTab: SecondTab | null = null;
/** "Session lost": when Moodle's keep-alive sends the tab to the login page. */
let loginTimer: number | undefined;
const loginAfterMs = loginDelay(window.location.search);
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
      // Tab 2 commits to the same database: then show what is stored, whichever tab stored it.
      stored: secondTab ? (store.load(session.plan.info.standard) ?? session.stored) : session.stored,
      notes: session.plan.notes,
      values: session.tracker.entries(),
    },
    xapi: xapi && { ...xapi, stateId: STATE_ID },
    saveConditions: saveConditionLines(),
    secondTab: secondTab && { entry: secondTab.session.plan.entry, state: secondTab.session.state },
    log,
    onClearLog: () => {
      log.clear();
      queueRender();
    },
  };
}

/** The switches that change how Commit and Finish are answered; they apply in the SCORM modes only. */
function conditions(): LmsConditions {
  const on = (control: HTMLInputElement): boolean => control.checked && isScorm();
  return {
    failCommits: on(controls.failCommits),
    offline: on(controls.offline),
    sessionLost: on(controls.sessionLost),
    blockMs: on(controls.slowLms) ? SLOW_LMS_MS : 0,
  };
}

function saveConditionLines(): string[] {
  const now = conditions();
  return [
    ...(now.failCommits ? ['refused ("Fail commits" is on)'] : []),
    ...(now.offline ? ["reported as saved, nothing stored; the package's frame is offline"] : []),
    ...(now.sessionLost ? ['Commit "false" (error 101), Finish reported as saved but lost: the session has ended'] : []),
    ...(now.blockMs > 0 ? [`Commit and Finish block the page ${seconds(now.blockMs)} ("Slow LMS")`] : []),
  ];
}

function isScorm(): boolean {
  return settings.mode === 'scorm12' || settings.mode === 'scorm2004';
}

/** The windows of the package: in the preview's frame, and in tab 2 when it is open. */
function packageWindows(): Array<Window | null> {
  return [frame.contentWindow, secondTab?.packageWindow ?? null];
}

function sessionHooks(tab?: string): SessionHooks {
  return {
    conditions,
    log: (entry) => addLog(tab && entry.kind !== 'http' ? { ...entry, tab } : entry),
    changed: queueRender,
    initialized: () => {
      if (conditions().offline) for (const win of packageWindows()) setFrameOffline(win, true);
    },
  };
}

/**
 * Unloads the package (its unload handlers run against the current API), then
 * launches it afresh. Tab 2 stays open only for a plain reload of tab 1.
 */
function relaunch(options: { newAttempt: boolean; keepSecondTab?: boolean }): Promise<void> {
  return queue(async () => {
    if (!options.keepSecondTab) await closeSecondTab();
    await launch(options);
  });
}

/** Launches, tab changes and the login page happen one after the other, however fast the buttons are pressed. */
function queue(step: () => Promise<void> | void): Promise<void> {
  launching = launching.then(step).catch((error: unknown) => {
    lmsNote(`Launch failed: ${String(error)}`, 'warning');
  });
  return launching;
}

async function launch({ newAttempt }: { newAttempt: boolean }): Promise<void> {
  await unloadFrame(frame);
  session?.close();
  PreviewSession.unmountAll(window);
  session = null;
  const { mode } = settings;
  if (newAttempt) {
    if (mode === 'standalone') {
      const removed = await clearStandaloneState(storage);
      lmsNote(
        `New attempt: removed the package's standalone state from this browser (${removed} entr${removed === 1 ? 'y' : 'ies'}); its history stays.`,
      );
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
    session = new PreviewSession(plan, store, sessionHooks());
    session.mount(window);
    lmsNote(
      `Launch ${info.label}: window.${info.windowProperty} ready, ${info.elements.entry} = "${plan.entry}", ` +
        `${info.elements.mode} = "${plan.review ? 'review' : 'normal'}", ` +
        `${Object.keys(plan.restoredValues).length} committed value(s) restored.`,
    );
    for (const note of plan.notes) lmsNote(note, 'warning');
    if (conditions().sessionLost && loginTimer === undefined) scheduleLoginPage();
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

/** "Second tab": the attempt opened again as in a new Moodle tab, its API loaded from the LMS database now. */
function openSecondTab(): void {
  const { mode } = settings;
  if (secondTab || mode === 'xapi' || mode === 'standalone') return;
  const info = standardInfo(mode);
  const plan = planLaunch(info, store.load(mode), controls.review.checked);
  const hooks = sessionHooks('Tab 2');
  secondTab = new SecondTab(tab2, new PreviewSession(plan, store, hooks), PACKAGE_URL);
  const { packageFrame } = secondTab;
  packageFrame.addEventListener('load', () => {
    if (conditions().offline) setFrameOffline(packageFrame.contentWindow, true);
  });
  tab1Head.hidden = false;
  tab2.hidden = false;
  stage.classList.add('stage--two-tabs');
  hooks.log({
    kind: 'lms',
    time: new Date(),
    level: 'info',
    message:
      `Opened the attempt again, as in a new Moodle tab: its own ${info.windowProperty}, loaded from the LMS database now ` +
      `(entry "${plan.entry}", ${Object.keys(plan.restoredValues).length} committed value(s)). ` +
      "Each tab's Commit and Finish send its whole data model: the last one wins.",
  });
}

/** Closes tab 2: its package unloads (pagehide: the package finishes), then its session ends. */
async function closeSecondTab(): Promise<void> {
  if (!secondTab) return;
  await secondTab.close();
  secondTab = null;
  controls.secondTab.checked = false;
  tab1Head.hidden = true;
  tab2.hidden = true;
  stage.classList.remove('stage--two-tabs');
  lmsNote('Tab 2 closed.');
}

function scheduleLoginPage(): void {
  window.clearTimeout(loginTimer);
  loginTimer = window.setTimeout(() => {
    loginTimer = undefined;
    void queue(sendToLoginPage);
  }, loginAfterMs);
}

/** What Moodle's keep-alive does once the session is gone: the tab goes to the login page, the package unloads. */
async function sendToLoginPage(): Promise<void> {
  if (!conditions().sessionLost) return;
  lmsNote("Session lost: Moodle's keep-alive sends the tab to the login page; the package unloads.", 'warning');
  await closeSecondTab();
  await showLoginPage(frame, logInAgain);
  session?.close();
}

/** "Log in again": Moodle clears the site's localStorage at login, then the learner opens the activity again. */
function logInAgain(): void {
  const removed = clearSiteStorage(storage);
  controls.sessionLost.checked = false;
  lmsNote(
    `Logged in again: like Moodle 4.5, the login cleared this site's localStorage (${removed} key(s); the preview's ` +
      'LMS database and settings stay, IndexedDB is untouched). "Session lost" is off; the activity opens again.',
  );
  void relaunch({ newAttempt: false });
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

function applySettingsToPage(): void {
  controls.mode.value = settings.mode;
  controls.width.value = settings.width;
  stage.dataset['width'] = settings.width;
  const scorm = settings.mode === 'scorm12' || settings.mode === 'scorm2004';
  const scormOnly = [controls.review, controls.failCommits, controls.offline, controls.sessionLost, controls.secondTab, controls.slowLms];
  for (const control of scormOnly) control.disabled = !scorm;
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
controls.offline.addEventListener('change', () => {
  const offline = controls.offline.checked;
  for (const win of packageWindows()) {
    setFrameOffline(win, offline);
    announceConnection(win, offline);
  }
  lmsNote(
    offline
      ? 'Offline on: the package\'s frame is offline (navigator.onLine false, an "offline" event); Commit and Finish ' +
          'answer "true" but nothing is stored, as Moodle does when its save request fails.'
      : 'Offline off: the package\'s frame is online again (an "online" event).',
    offline ? 'warning' : 'info',
  );
});
controls.sessionLost.addEventListener('change', () => {
  if (controls.sessionLost.checked) {
    lmsNote(
      `Session lost on: Commit answers "false" (error 101), Finish "true" but nothing is stored; ` +
        `in ${seconds(loginAfterMs)} Moodle sends the tab to its login page.`,
      'warning',
    );
    scheduleLoginPage();
  } else {
    window.clearTimeout(loginTimer);
    loginTimer = undefined;
    lmsNote('Session lost off.');
  }
});
controls.secondTab.addEventListener('change', () => void queue(controls.secondTab.checked ? openSecondTab : closeSecondTab));
controls.closeTab2.addEventListener('click', () => void queue(closeSecondTab));
controls.slowLms.addEventListener('change', () => {
  lmsNote(
    controls.slowLms.checked
      ? `Slow LMS on: Commit and Finish block the page for ${seconds(SLOW_LMS_MS)} before answering, as Moodle's ` +
          'synchronous SCORM 1.2 save does on a slow server.'
      : 'Slow LMS off.',
  );
});
controls.reload.addEventListener('click', () => void relaunch({ newAttempt: false, keepSecondTab: true }));
controls.newAttempt.addEventListener('click', () => void relaunch({ newAttempt: true }));
frame.addEventListener('load', () => {
  // xAPI mode: ask the LRS again as soon as the package has (re)loaded.
  if (xapi) void poller.poll();
  if (conditions().offline) setFrameOffline(frame.contentWindow, true);
});
element('session-lost-hint', HTMLElement).textContent =
  `Commit "false" (101), Finish lost; login page after ${seconds(loginAfterMs)} (Moodle ~29 s)`;

applySettingsToPage();
void relaunch({ newAttempt: false });
