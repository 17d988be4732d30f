import { ForgetHistoryEvent, NewAttemptEvent } from './elements/events.js';
import type { WedApp } from './elements/wed-app.js';
import { completedProfile, earlierProfile, type LearnerHistory } from './model/history.js';
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
  const histories = new Map<string | null, LearnerHistory | null>();
  /** This attempt and where its learner's history is kept; null where there is none (yet). */
  const current = () => {
    const of = tracker.attemptOf?.() ?? null;
    if (!of || !historyFor) return null;
    if (!histories.has(of.learner)) histories.set(of.learner, historyFor(of.learner));
    const history = histories.get(of.learner) ?? null;
    return history ? { history, attempt: of.attempt } : null;
  };
  /** Counts what makes a read under way out of date: a removal, a new attempt. */
  let generation = 0;

  const show = async () => {
    const at = current();
    const asked = generation;
    const history = at ? await at.history.read() : null;
    if (asked !== generation) return;
    const profile = at && history ? earlierProfile(history, at.attempt) : null;
    app.earlier = at && profile ? { profile, source: at.history.source } : null;
  };
  void show();

  store.subscribe((next, previous) => {
    if (store.readOnly || !isComplete(next) || (isComplete(previous) && next.answers === previous.answers)) return;
    const at = current();
    const profile = at && completedProfile(next, at.attempt, new Date());
    if (at && profile) at.history.record(profile);
  });

  app.addEventListener(ForgetHistoryEvent.eventName, () => {
    generation++;
    current()?.history.forget?.();
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
