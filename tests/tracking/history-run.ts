import { config } from '../../src/content/config.js';
import type { EarlierProfile, HistoryDocument } from '../../src/model/history.js';
import { decodeSuspendData } from '../../src/model/suspend-data.js';
import { browserHistoryKey } from '../../src/persistence/browser-history.js';
import { DurableStore } from '../../src/persistence/durable-store.js';
import type { WedApp } from '../../src/elements/wed-app.js';
import { eventually } from '../helpers/eventually.js';
import { TRACKING_KEY, keptInBrowser } from './scorm-run.js';

/** Pillar scores of completeAssessment (scorm-run.ts): 3,4,3,3 | 3,4,3,3 | 2,1,3,3. */
export const COMPLETED_SCORES = { begrijpen: 75, willen: 75, kunnen: 42 };
/** Its answers as values, in contract order. */
export const COMPLETED_VALUES = [3, 4, 3, 3, 3, 4, 3, 3, 2, 1, 3, 3];
/** Texts of completeAssessment's plan: never in a history. */
export const PLAN_TEXTS = ['Beter doorvragen bij de intake.', 'Huisbezoek met een collega'];

/** The earlier profile the app shows, once it has one. */
export function earlierShown(app: WedApp): Promise<EarlierProfile> {
  return eventually(() => app.earlier) as Promise<EarlierProfile>;
}

/** The attempt id of a saved state (suspend_data or the browser copy). */
export async function attemptIdOf(saved: string | null | undefined): Promise<string | null> {
  const decoded = await decodeSuspendData(saved);
  return decoded.ok ? decoded.attempt : null;
}

/** The history this browser keeps for `learner` (null: standalone), as stored; null when there is none. */
export function browserHistory(learner: string | null): HistoryDocument | null {
  const kept = keptInBrowser(browserHistoryKey(learner, config.activityIri));
  return kept === null ? null : (JSON.parse(kept) as HistoryDocument);
}

/** Waits until IndexedDB, not only the localStorage mirror, holds `value` (null: nothing) under the history key. */
export async function historyInIndexedDb(learner: string | null, has: (value: string | null) => boolean): Promise<void> {
  const key = browserHistoryKey(learner, config.activityIri);
  await eventually(async () => has((await DurableStore.open(TRACKING_KEY, { localStorage: null })).get(key)));
}
