import { expect } from '@open-wc/testing';
import { config } from '../../src/content/config.js';
import { format } from '../../src/content/format.js';
import type { AnswerId } from '../../src/content/types.js';
import type { CompletedProfile, EarlierProfile, HistoryDocument, HistorySource } from '../../src/model/history.js';
import { STATEMENT_IDS } from '../../src/model/scoring.js';
import type { AssessmentStore } from '../../src/store/assessment-store.js';
import { currentScreen, rendered } from '../e2e/app-harness.js';
import { longDate } from '../helpers/earlier-profiles.js';
import { TEXTS } from '../helpers/texts.js';
import { decodeSuspendData } from '../../src/model/suspend-data.js';
import { browserHistoryKey } from '../../src/persistence/browser-history.js';
import { DurableStore } from '../../src/persistence/durable-store.js';
import type { WedApp } from '../../src/elements/wed-app.js';
import { eventually } from '../helpers/eventually.js';
import { TRACKING_KEY, answerAll, keptInBrowser } from './scorm-run.js';

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

/** The answers of a follow-up attempt: eens throughout, 67 in every pillar. */
export const FOLLOW_UP_ANSWERS: AnswerId[] = STATEMENT_IDS.map(() => 'eens');

/**
 * Answers the new attempt with FOLLOW_UP_ANSWERS, opens its analysis and
 * returns its then/now section as the learner reads it.
 */
export async function earlierOnAnalysis(app: WedApp, store: AssessmentStore): Promise<string> {
  answerAll(store, FOLLOW_UP_ANSWERS);
  store.dispatch({ type: 'go-to', screen: 'analysis' });
  await rendered(app);
  const section = await eventually(() => currentScreen(app).shadowRoot!.querySelector('[data-earlier]'));
  return section!.textContent!.replace(/\s+/g, ' ');
}

/**
 * What that section must say of an earlier profile of completeAssessment
 * (75, 75, 42) completed at `completedAt`, shown beside FOLLOW_UP_ANSWERS (67 each), from `source`.
 */
export function expectedEarlierTexts(completedAt: string, source: HistorySource): string[] {
  const { analysis } = TEXTS.nl.ui;
  return [
    format(analysis.earlierDate, { date: longDate(completedAt) }),
    format(analysis.earlierScores, { then: 75, now: 67, change: format(analysis.changeDown, { points: 8 }) }),
    format(analysis.earlierScores, { then: 42, now: 67, change: format(analysis.changeUp, { points: 25 }) }),
    source === 'browser' ? analysis.earlierFromBrowser : analysis.earlierFromLrs,
  ];
}

/** A later attempt's app shows `attempt`'s profile (completeAssessment's scores) from `source`; returns it for further checks. */
export async function expectEarlierProfile(app: WedApp, source: HistorySource, attempt: string | null): Promise<CompletedProfile> {
  const shown = await earlierShown(app);
  expect(shown.source).to.equal(source);
  expect(shown.profile.attempt).to.equal(attempt);
  expect(shown.profile.scores).to.deep.equal(COMPLETED_SCORES);
  return shown.profile;
}

/** The learner answers the later attempt (FOLLOW_UP_ANSWERS) and reads `profile` on its analysis, said to come from `source`. */
export async function expectEarlierOnAnalysis(
  app: WedApp,
  store: AssessmentStore,
  profile: CompletedProfile,
  source: HistorySource,
): Promise<void> {
  const shown = await earlierOnAnalysis(app, store);
  for (const text of expectedEarlierTexts(profile.completedAt, source)) expect(shown).to.contain(text);
}
