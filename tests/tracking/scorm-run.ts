import type { AnswerId } from '../../src/content/types.js';
import { isAnswerId, STATEMENT_IDS } from '../../src/model/scoring.js';
import { decodeSuspendData } from '../../src/model/suspend-data.js';
import type { AssessmentStore } from '../../src/store/assessment-store.js';
import { connectTracker, packagePlace, type Connection } from '../../src/tracking/connect.js';
import type { SaveTimings } from '../../src/tracking/save-scheduler.js';
import { launchApp } from '../e2e/app-harness.js';
import { eventually } from '../helpers/eventually.js';
import { sameState } from '../helpers/states.js';
import scriptedAnswers from '../fixtures/scripted-answers.json';
import type { ScormLms } from './scorm-lms.js';

/** One key per test page: pages run side by side and share one localStorage. */
export const TRACKING_KEY = `wed-tracking-test-${crypto.randomUUID()}:state`;
export const FAST: SaveTimings = { soonMs: 5, typingMs: 20, retryMs: [20, 40] };

/**
 * Kunnen has two disagreements; the rest agrees. Values 3,4,3,3 | 3,4,3,3 | 2,1,3,3. In
 * tests/fixtures/scripted-answers.json, so the keyboard run and the bench answer the same.
 */
export const ANSWERS: AnswerId[] = scriptedAnswers.filter(isAnswerId);

export async function launchWithLms(): Promise<Awaited<ReturnType<typeof launchApp>> & { connection: Connection }> {
  const connection = await connectTracker(window, TRACKING_KEY, FAST);
  return { ...(await launchApp(connection)), connection };
}

/**
 * Waits until the scheduled saves have brought the learner's latest state to
 * the LMS: the suspend_data it keeps holds the state of `store`, and so does
 * the rest of that commit (a commit carries the whole picture).
 */
export async function savesDone(lms: ScormLms, store: AssessmentStore): Promise<void> {
  await eventually(
    () => decodeSuspendData(lms.committed.get('cmi.suspend_data')),
    (saved) => saved.ok && sameState(saved.state, store.state),
  );
}

/**
 * Waits longer than any save FAST schedules (retries included) takes to start:
 * only for proving that no save happens. What should happen is waited for
 * with savesDone or eventually.
 */
export const afterSaveTimers = () => new Promise((resolve) => setTimeout(resolve, 120));

export function answerAll(store: AssessmentStore, answers: readonly AnswerId[] = ANSWERS): void {
  store.dispatch({ type: 'go-to', screen: 'video' });
  store.dispatch({ type: 'mark-video-watched' });
  store.dispatch({ type: 'go-to', screen: 'statements' });
  STATEMENT_IDS.forEach((statement, i) => store.dispatch({ type: 'answer', statement, answer: answers[i]! }));
}

export function completeAssessment(store: AssessmentStore): void {
  answerAll(store);
  store.dispatch({ type: 'go-to', screen: 'analysis' });
  store.dispatch({ type: 'go-to', screen: 'plan' });
  store.dispatch({ type: 'edit-plan', changes: { improvement: 'Beter doorvragen bij de intake.', planDate: '2027-03-01' } });
  store.dispatch({ type: 'add-action' });
  store.dispatch({ type: 'update-action', id: store.state.plan.actions[0]!.id, changes: { text: 'Huisbezoek met een collega' } });
  store.dispatch({ type: 'finish' });
}

/** Removes what this page's launches kept in the browser: localStorage keys and the DurableStore's database. */
export async function clearTrackingStorage(): Promise<void> {
  for (const key of Object.keys(window.localStorage)) {
    if (key.startsWith(TRACKING_KEY)) window.localStorage.removeItem(key);
  }
  await new Promise((resolve) => {
    // Open stores close on the versionchange this causes, so the deletion is never blocked for long.
    const request = indexedDB.deleteDatabase(TRACKING_KEY);
    request.onsuccess = request.onerror = resolve;
  });
}

/** What the DurableStore named `TRACKING_KEY` keeps under `key`, read from its localStorage mirror. */
export function keptInBrowser(key: string): string | null {
  const entry = window.localStorage.getItem(`${TRACKING_KEY}:${key}`);
  return entry === null ? null : (JSON.parse(entry) as { value: string }).value;
}

/** The browser copy of the attempt of `learner` (ScormLms's default learner unless told). */
export function browserCopy(version: '1.2' | '2004', learner = 'learner-1'): string | null {
  return keptInBrowser(copyKey(version, learner));
}

/** The DurableStore key of that copy: this page's place, the standard, the learner. */
export function copyKey(version: '1.2' | '2004', learner = 'learner-1'): string {
  return `copy:${packagePlace(window.location)}:${version === '1.2' ? 'scorm12' : 'scorm2004'}:${learner}`;
}
