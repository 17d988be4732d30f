import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { assessment } from '../../src/content/content.js';
import { ui } from '../../src/content/ui.js';
import { STATEMENT_IDS } from '../../src/model/scoring.js';
import { byText, deepActiveElement, tabTo } from '../helpers/dom.js';
import { clearSavedState, currentScreen, launchApp, settle } from './app-harness.js';

/** Presses for each statement: Space picks "helemaal oneens", each ArrowRight one step further. */
const ANSWER_STEPS: Record<string, number> = { helemaal_oneens: 0, oneens: 1, eens: 2, helemaal_eens: 3 };

async function press(key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await sendKeys({ press: key });
}

async function expectHeadingFocused(app: Awaited<ReturnType<typeof launchApp>>['app'], text: string) {
  await settle(app);
  const active = deepActiveElement()!;
  expect(active.localName).to.equal('h1');
  expect(active.textContent!.trim()).to.equal(text);
  expect(currentScreen(app).shadowRoot!.contains(active)).to.equal(true);
}

describe('keyboard only, from introduction to done', () => {
  beforeEach(clearSavedState);
  afterEach(clearSavedState);

  it('completes the whole assessment', async () => {
    const { app, store } = await launchApp();

    await tabTo(byText(ui.intro.start));
    await press('Enter');
    await expectHeadingFocused(app, assessment.video.heading);

    await tabTo(byText(ui.video.watched));
    await press('Enter');
    await expectHeadingFocused(app, assessment.statements.heading);

    // Kunnen gets two disagreements, the rest agrees.
    const chosen = ['eens', 'helemaal_eens', 'eens', 'eens', 'eens', 'helemaal_eens', 'eens', 'eens', 'oneens', 'helemaal_oneens', 'eens', 'eens'];
    await tabTo((el) => (el as HTMLInputElement).name === STATEMENT_IDS[0]);
    for (const [i, answer] of chosen.entries()) {
      expect((deepActiveElement() as HTMLInputElement).name).to.equal(STATEMENT_IDS[i]);
      await press('Space');
      await press('ArrowRight', ANSWER_STEPS[answer]!);
      expect(store.state.answers[STATEMENT_IDS[i]!]).to.equal(answer);
      if (i < chosen.length - 1) await press('Tab');
    }

    await tabTo(byText(ui.app.next));
    await press('Enter');
    await expectHeadingFocused(app, assessment.analysis.heading);
    expect(store.state.analysisSeen).to.equal(true);

    await tabTo(byText(ui.app.next));
    await press('Enter');
    await expectHeadingFocused(app, assessment.plan.heading);

    await tabTo((el) => el.localName === 'textarea');
    await sendKeys({ type: 'Meer uitvragen bij intake' });
    expect(store.state.plan.improvement).to.equal('Meer uitvragen bij intake');

    await tabTo(byText(ui.plan.addAction));
    await press('Enter');
    await settle(app);
    await sendKeys({ type: 'Collega vragen mee te kijken' });
    expect(store.state.plan.actions.map((a) => a.text)).to.deep.equal(['Collega vragen mee te kijken']);

    await tabTo(byText(ui.plan.finish));
    await press('Enter');
    await expectHeadingFocused(app, ui.done.heading);
    expect(store.state.finished).to.equal(true);
    expect(store.state.screen).to.equal('done');
  });
});
