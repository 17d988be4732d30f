import type { WedApp } from '../../src/elements/wed-app.js';
import { STATEMENT_IDS } from '../../src/model/scoring.js';
import type { AssessmentStore } from '../../src/store/assessment-store.js';
import { normalise } from '../helpers/content-strings.js';
import { deepQueryAll, deepText } from '../helpers/dom.js';
import { rendered } from './app-harness.js';

/**
 * Visits every screen, with everything agreed (so every pillar's advice is
 * folded and the choose-a-pillar prompt shows), and gathers all text and
 * link targets the learner can see. `onScreen` runs on every screen once it
 * is shown (e.g. an axe check).
 */
export async function tourEveryScreen(
  app: WedApp,
  store: AssessmentStore,
  onScreen: () => Promise<void> = async () => undefined,
): Promise<{ text: string; hrefs: Set<string> }> {
  let text = '';
  const hrefs = new Set<string>();
  const look = async () => {
    await rendered(app);
    text += ` ${deepText(app)}`;
    for (const a of deepQueryAll<HTMLAnchorElement>(app, 'a[href]')) hrefs.add(a.getAttribute('href')!);
    await onScreen();
  };
  await look();
  store.dispatch({ type: 'go-to', screen: 'video' });
  store.dispatch({ type: 'mark-video-watched' });
  store.dispatch({ type: 'go-to', screen: 'statements' });
  for (const id of STATEMENT_IDS) store.dispatch({ type: 'answer', statement: id, answer: 'eens' });
  for (const screen of ['video', 'statements', 'analysis', 'plan'] as const) {
    store.dispatch({ type: 'go-to', screen });
    await look();
  }
  store.dispatch({ type: 'finish' });
  await look();
  return { text: normalise(text), hrefs };
}
