import { showEarlierProfiles } from './earlier-profiles.js';
import { ExitEvent } from './elements/events.js';
import { SavingBarController } from './elements/saving-bar-controller.js';
// Notices come with the connection: there are none before it, and their status regions are in place before the first.
import './elements/wed-notices.js';
import type { WedApp } from './elements/wed-app.js';
import { chooseLanguage } from './content/languages.js';
import { setLanguage, texts } from './content/texts.js';
import { isComplete } from './model/progress.js';
import { initialState } from './model/transitions.js';
import { OneActiveTab } from './one-active-tab.js';
import { AssessmentStore } from './store/assessment-store.js';
import { ProvisionalStore } from './store/provisional-store.js';
import type { Connection } from './tracking/connect.js';

/**
 * Wires the app to its tracker: resumes the saved state in the learner's
 * language, reports every change, and saves before the page is hidden or left.
 */
export async function start(
  app: WedApp,
  { tracker, lmsMissing, launchFailed, exitUrl, scope, historyFor }: Connection,
  leave: (url: string) => void = (url) => window.location.assign(url),
): Promise<AssessmentStore> {
  // What the learner does while the tracker connects happens on the app's provisional store.
  const early = app.store;
  const launch = await tracker.start();
  app.mode = tracker.mode;
  // Saving notices come from here on: the bar that shows them keeps the learner's field in view.
  new SavingBarController(app, () => app.renderRoot.querySelector<HTMLElement>('.saving'));
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
  showEarlierProfiles(app, store, tracker, historyFor);
  carryOver(early, store, app);
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
 * What the learner did before the tracker connected, applied to the attempt
 * it resumed; the introduction's button then means "continue" (where the
 * learner was). Without such a press a resumed attempt opens on the
 * introduction, as the page was painted, its button now saying "continue":
 * no other screen flashes by.
 */
function carryOver(early: AssessmentStore, store: AssessmentStore, app: WedApp): void {
  const actions = early instanceof ProvisionalStore ? early.actions : [];
  const resumed = store.state.screen !== 'intro';
  for (const action of actions) {
    if (!(action.type === 'begin' && resumed)) store.dispatch(action);
  }
  app.welcomeBack = resumed && !actions.some((action) => action.type === 'begin');
}
