import type { WedApp } from './elements/wed-app.js';
import { initialState } from './model/transitions.js';
import { AssessmentStore } from './store/assessment-store.js';
import type { Connection } from './tracking/connect.js';

/**
 * Wires the app to its tracker: resumes the saved state, reports every
 * change, and saves before the page is hidden or left.
 */
export async function start(
  app: WedApp,
  { tracker, lmsMissing, launchFailed, exitUrl }: Connection,
  leave: (url: string) => void = (url) => window.location.assign(url),
): Promise<AssessmentStore> {
  const launch = await tracker.start();
  const store = new AssessmentStore(launch.state ?? initialState(), launch.readOnly);
  app.mode = tracker.mode;
  app.store = store;
  if (launch.problem) app.showNotice(launch.problem);
  if (lmsMissing) app.showNotice('lms-missing');
  if (launchFailed) app.showNotice('launch-failed');
  if (exitUrl) {
    app.exitUrl = exitUrl;
    // Leaving ends the session first, so its last statement is on its way before the page goes.
    app.addEventListener('wed-exit', () => {
      tracker.end();
      leave(exitUrl);
    });
  }
  if (launch.readOnly) app.showNotice('review');

  store.subscribe((next, previous) => tracker.record(next, previous));
  tracker.onStatus((status) => app.setSyncStatus(status));
  tracker.onTextSpace?.((remaining) => (app.textSpace = remaining));

  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') tracker.flush();
  });
  window.addEventListener('pagehide', () => tracker.end());
  return store;
}
