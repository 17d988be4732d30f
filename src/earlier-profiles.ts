import { ForgetHistoryEvent, NewAttemptEvent } from './elements/history-events.js';
import type { WedApp } from './elements/wed-app.js';
import type { LearnerHistory } from './model/history.js';
import { isComplete } from './model/progress.js';
import { initialState } from './model/transitions.js';
import type { AssessmentStore } from './store/assessment-store.js';
import type { Connection } from './tracking/connect.js';
import type { Tracker } from './tracking/tracker.js';

/**
 * The learner's earlier profile beside this attempt's (see docs/tracking.md,
 * "The learner's earlier profile"). Read once the tracker has started, without
 * holding anything up; this attempt's profile is recorded when it is completed
 * (Afronden) and again when its answers change after that, never in review or
 * browse mode or in a tab another tab took the attempt from. Handles the
 * learner's "remove" (the browser's history) and, standalone, "start again".
 */
export function showEarlierProfiles(app: WedApp, store: AssessmentStore, tracker: Tracker, historyFor: Connection['historyFor']): void {
  // Loaded after the connection, in a chunk of its own (the xAPI chunk shares it): the connection's
  // chunk then exports launch() alone, and the first screen's import of it stays plain.
  const model = import('./model/history.js');
  const histories = new Map<string | null, Promise<LearnerHistory | null>>();
  /** This attempt and where its learner's history is kept; null where there is none (yet). */
  const current = async () => {
    const of = tracker.attemptOf?.() ?? null;
    if (!of || !historyFor) return null;
    let history = histories.get(of.learner);
    if (!history) histories.set(of.learner, (history = historyFor(of.learner).catch(() => null)));
    const found = await history;
    return found ? { history: found, attempt: of.attempt } : null;
  };
  /** Counts what makes a read under way out of date: a removal, a new attempt. */
  let generation = 0;

  const show = async () => {
    const asked = generation;
    const [{ earlierProfile }, at] = await Promise.all([model, current()]);
    const history = at ? await at.history.read() : null;
    if (asked !== generation) return;
    const profile = at && history ? earlierProfile(history, at.attempt) : null;
    app.earlier = at && profile ? { profile, source: at.history.source } : null;
  };
  void show();

  store.subscribe((next, previous) => {
    if (store.readOnly || !isComplete(next) || (isComplete(previous) && next.answers === previous.answers)) return;
    const completedAt = new Date();
    void Promise.all([model, current()]).then(([{ completedProfile }, at]) => {
      const profile = at && completedProfile(next, at.attempt, completedAt);
      if (at && profile) at.history.record(profile);
    });
  });

  app.addEventListener(ForgetHistoryEvent.eventName, () => {
    generation++;
    void current().then((at) => at?.history.forget?.());
    app.earlier = null;
  });

  app.addEventListener(NewAttemptEvent.eventName, () => {
    if (!tracker.newAttempt || store.readOnly || !isComplete(store.state)) return;
    generation++;
    tracker.newAttempt();
    app.welcomeBack = false;
    store.replace({ ...initialState(), language: store.state.language });
    void show();
  });
}
