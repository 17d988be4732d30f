import { ExitEvent } from './elements/events.js';
import type { WedApp } from './elements/wed-app.js';
import { chooseLanguage } from './content/languages.js';
import { setLanguage, texts } from './content/texts.js';
import { isComplete } from './model/progress.js';
import type { AssessmentState } from './model/state.js';
import { initialState } from './model/transitions.js';
import { OneActiveTab } from './one-active-tab.js';
import { AssessmentStore } from './store/assessment-store.js';
import type { Connection } from './tracking/connect.js';

/**
 * Wires the app to its tracker: resumes the saved state in the learner's
 * language, reports every change, and saves before the page is hidden or left.
 */
export async function start(
  app: WedApp,
  { tracker, lmsMissing, launchFailed, exitUrl, scope }: Connection,
  leave: (url: string) => void = (url) => window.location.assign(url),
): Promise<AssessmentStore> {
  // What the learner does while the tracker connects happens on the app's provisional store.
  const early = app.store;
  const launch = await tracker.start();
  app.mode = tracker.mode;
  // Listening before anything else is awaited, so no change of saving status goes unseen.
  tracker.onStatus((status) => app.setSyncStatus(status));
  tracker.onTextSpace?.((remaining) => (app.textSpace = remaining));
  if (launch.problem) app.showNotice(launch.problem);
  if (lmsMissing) app.showNotice('lms-missing');
  if (launchFailed) app.showNotice('launch-failed');
  if (launch.readOnly) app.showNotice(launch.state && isComplete(launch.state) ? 'review' : 'browse');
  if (launch.restored) app.showNotice('restored');

  // The learner's own choice (made just now, or saved), else the LMS's or the launch's preference,
  // else the default language. Should that language's texts not load, the package stays in the default language.
  const saved = launch.state ?? initialState();
  const chosen = early.state.language ?? saved.language;
  await setLanguage(chooseLanguage({ chosen, lms: launch.language }));
  const giveTexts = () => tracker.setTexts?.(texts.language, texts.hasLater ? texts.assessment : null);
  giveTexts();
  texts.onChange(giveTexts);

  const store = new AssessmentStore(saved, launch.readOnly);
  if (exitUrl) {
    app.exitUrl = exitUrl;
    // Leaving ends the session first, so its last statement is on its way before the page goes.
    app.addEventListener(ExitEvent.eventName, () => {
      tracker.end();
      leave(exitUrl);
    });
  }
  store.subscribe((next, previous) => tracker.record(next, previous));
  carryOver(early.state, store, app);
  app.store = store;
  if (!launch.readOnly && launch.attemptKey !== undefined && scope) {
    app.addController(new OneActiveTab(`${scope}:${launch.attemptKey}`, app, store, tracker));
  }

  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') tracker.flush();
    else tracker.resync?.();
  });
  window.addEventListener('pagehide', () => tracker.end());
  return store;
}

/**
 * What the learner did before the tracker connected: a language chosen, the
 * introduction's button pressed (then they go on with the attempt resumed).
 * Otherwise a resumed attempt opens on the introduction, as the page was
 * painted, its button now saying "continue": no other screen flashes by.
 */
function carryOver(early: AssessmentState, store: AssessmentStore, app: WedApp): void {
  if (early.language && early.language !== store.state.language) store.dispatch({ type: 'set-language', language: early.language });
  if (early.screen !== 'intro') store.dispatch({ type: 'begin' });
  else app.welcomeBack = store.state.screen !== 'intro';
}
