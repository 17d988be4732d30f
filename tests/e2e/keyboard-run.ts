import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AnswerId } from '../../src/content/types.js';
import type { WedApp } from '../../src/elements/wed-app.js';
import { STATEMENT_IDS } from '../../src/model/scoring.js';
import type { ScreenId } from '../../src/model/state.js';
import type { AssessmentStore } from '../../src/store/assessment-store.js';
import { byText, deepActiveElement, pressKeys, tabTo } from '../helpers/dom.js';
import { ANSWERS } from '../tracking/scorm-run.js';
import { currentScreen, rendered } from './app-harness.js';

/** Presses for each statement: Space picks the first answer, each ArrowRight one step further. */
const ANSWER_STEPS: Record<AnswerId, number> = { helemaal_oneens: 0, oneens: 1, eens: 2, helemaal_eens: 3 };

/** The texts a keyboard user meets on the way, in the language under test. */
export interface KeyboardRunTexts {
  start: string;
  videoHeading: string;
  watched: string;
  statementsHeading: string;
  next: string;
  analysisHeading: string;
  planHeading: string;
  addAction: string;
  finish: string;
  doneHeading: string;
  /** What the learner types for Q1 and for the first action. */
  improvement: string;
  action: string;
}

export async function expectHeadingFocused(app: WedApp, text: string): Promise<void> {
  await rendered(app);
  const active = deepActiveElement()!;
  expect(active.localName).to.equal('h1');
  expect(active.textContent!.trim()).to.equal(text);
  expect(currentScreen(app).shadowRoot!.contains(active)).to.equal(true);
}

/**
 * Takes the assessment from the introduction to done with key presses only,
 * checking on the way that focus lands on each new screen's heading.
 * `onScreen` runs on every screen once it is shown (e.g. an axe check).
 */
export async function completeByKeyboard(
  app: WedApp,
  store: AssessmentStore,
  texts: KeyboardRunTexts,
  onScreen: (screen: ScreenId) => Promise<void> = async () => undefined,
): Promise<void> {
  await onScreen('intro');
  await tabTo(byText(texts.start));
  await pressKeys('Enter');
  await expectHeadingFocused(app, texts.videoHeading);
  await onScreen('video');

  await tabTo(byText(texts.watched));
  await pressKeys('Enter');
  await expectHeadingFocused(app, texts.statementsHeading);
  await tabTo((el) => (el as HTMLInputElement).name === STATEMENT_IDS[0]);
  // Each answer, then Tab on to the next statement: all in one round trip to the test runner.
  const keys = ANSWERS.flatMap((answer, i) => [
    'Space',
    ...Array<string>(ANSWER_STEPS[answer]).fill('ArrowRight'),
    ...(i < ANSWERS.length - 1 ? ['Tab'] : []),
  ]);
  await pressKeys(...keys);
  expect(store.state.answers).to.deep.equal(Object.fromEntries(STATEMENT_IDS.map((id, i) => [id, ANSWERS[i]])));
  expect((deepActiveElement() as HTMLInputElement).name).to.equal(STATEMENT_IDS.at(-1));
  await onScreen('statements');

  await tabTo(byText(texts.next));
  await pressKeys('Enter');
  await expectHeadingFocused(app, texts.analysisHeading);
  expect(store.state.analysisSeen).to.equal(true);
  await onScreen('analysis');

  await tabTo(byText(texts.next));
  await pressKeys('Enter');
  await expectHeadingFocused(app, texts.planHeading);
  await onScreen('plan');

  await tabTo((el) => el.localName === 'textarea');
  await sendKeys({ type: texts.improvement });
  expect(store.state.plan.improvement).to.equal(texts.improvement);

  await tabTo(byText(texts.addAction));
  await pressKeys('Enter');
  await rendered(app);
  await sendKeys({ type: texts.action });
  expect(store.state.plan.actions.map((a) => a.text)).to.deep.equal([texts.action]);

  await tabTo(byText(texts.finish));
  await pressKeys('Enter');
  await expectHeadingFocused(app, texts.doneHeading);
  expect(store.state.finished).to.equal(true);
  expect(store.state.screen).to.equal('done');
  await onScreen('done');
}
