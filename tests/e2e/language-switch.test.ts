import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { format } from '../../src/content/format.js';
import { setLanguage, texts } from '../../src/content/texts.js';
import type { WedApp } from '../../src/elements/wed-app.js';
import { STATEMENT_IDS } from '../../src/model/scoring.js';
import type { ScreenId } from '../../src/model/state.js';
import type { AssessmentStore } from '../../src/store/assessment-store.js';
import { contentStrings, normalise } from '../helpers/content-strings.js';
import { deepActiveElement, deepQueryAll, deepText, pressKeys, tabTo } from '../helpers/dom.js';
import { eventually } from '../helpers/eventually.js';
import { TEXTS } from '../helpers/texts.js';
import { clearSavedState, currentScreen, launchApp, rendered } from './app-harness.js';

const { content: englishContent, ui: english } = TEXTS.en;

const languageSwitch = (app: WedApp) => app.shadowRoot!.querySelector<HTMLButtonElement>('button.language')!;

/** By keyboard, as a learner would: Tab to the switch, Enter, and wait until the app shows English. */
async function switchToEnglish(app: WedApp, store: AssessmentStore): Promise<void> {
  await tabTo((el) => el === languageSwitch(app));
  await pressKeys('Enter');
  await eventually(() => texts.language === 'en' && store.state.language === 'en');
  await rendered(app);
}

/** Every text of the screen and the print document, as one string. */
const allText = (app: WedApp) => normalise(deepText(app));

/** Rendered, the print document included: it is defined with the later screens, which on the introduction load a little later. */
async function fullyRendered(app: WedApp): Promise<void> {
  await rendered(app);
  await customElements.whenDefined('wed-print-report');
  await app.shadowRoot!.querySelector('wed-print-report')!.updateComplete;
}

/**
 * The Dutch files' texts of two words or more that the English files do not
 * have too (templates left out; a single word can be part of an English sentence).
 */
function dutchOnly(): string[] {
  const strings = (language: 'nl' | 'en') => {
    const { texts: content } = contentStrings(TEXTS[language].content);
    return [...content, ...contentStrings(TEXTS[language].ui).texts].filter((text) => !text.includes('{') && text.includes(' '));
  };
  const english = new Set(strings('en'));
  return [...new Set(strings('nl'))].filter((text) => !english.has(text));
}

/** The learner's way to `screen`: two statements of pillar 1 disagreed with, the plan partly filled in. */
function reach(store: AssessmentStore, screen: ScreenId): void {
  if (screen === 'intro') return;
  store.dispatch({ type: 'go-to', screen: 'video' });
  store.dispatch({ type: 'mark-video-watched' });
  store.dispatch({ type: 'go-to', screen: 'statements' });
  STATEMENT_IDS.forEach((id, i) => store.dispatch({ type: 'answer', statement: id, answer: i < 2 ? 'oneens' : 'eens' }));
  store.dispatch({ type: 'go-to', screen: 'analysis' });
  store.dispatch({ type: 'go-to', screen: 'plan' });
  store.dispatch({ type: 'edit-plan', changes: { improvement: 'Eerst luisteren', planDate: '2027-06-30' } });
  store.dispatch({ type: 'add-action' });
  store.dispatch({ type: 'update-action', id: store.state.plan.actions[0]!.id, changes: { text: 'Huisbezoek', date: '2027-02-01' } });
  if (screen === 'done') store.dispatch({ type: 'finish' });
  else store.dispatch({ type: 'go-to', screen });
}

describe('the language switch: the same page, in the other language', () => {
  beforeEach(clearSavedState);
  afterEach(async () => {
    clearSavedState();
    await setLanguage('nl');
  });

  for (const screen of ['intro', 'video', 'statements', 'analysis', 'plan', 'done'] as const) {
    it(`on the ${screen} screen shows every text as a launch in English does, with focus kept on the switch`, async () => {
      const { app, store } = await launchApp();
      reach(store, screen);
      await rendered(app);
      const screenElement = currentScreen(app);
      await switchToEnglish(app, store);
      await fullyRendered(app);

      expect(deepActiveElement() === languageSwitch(app), 'focus on the switch').to.equal(true);
      expect(currentScreen(app) === screenElement, 'the same screen element').to.equal(true);
      expect(document.documentElement.lang).to.equal('en');
      expect(document.title).to.equal(english.app.documentTitle);
      const switched = allText(app);
      const stillDutch = dutchOnly().filter((text) => switched.includes(text));
      expect(stillDutch, 'Dutch texts left after the switch').to.deep.equal([]);

      // A reload opens in the learner's choice, English, from scratch: it shows the very same texts.
      app.remove();
      await setLanguage('nl');
      const reloaded = await launchApp();
      expect(texts.language).to.equal('en');
      await fullyRendered(reloaded.app);
      expect(allText(reloaded.app)).to.equal(switched);
    });
  }

  it('keeps what the learner typed, the field itself, and the calendar message (in English)', async () => {
    const { app, store } = await launchApp();
    reach(store, 'plan');
    store.dispatch({ type: 'edit-plan', changes: { planDate: '' } });
    store.dispatch({ type: 'update-action', id: store.state.plan.actions[0]!.id, changes: { date: '' } });
    await rendered(app);
    const needs = currentScreen(app).shadowRoot!.querySelector<HTMLTextAreaElement>('#q3')!;
    needs.focus();
    await sendKeys({ type: 'Tijd en een collega' });
    await eventually(() => store.state.plan.needs === 'Tijd en een collega');
    currentScreen(app).shadowRoot!.querySelector<HTMLButtonElement>('button.calendar')!.click();
    await rendered(app);

    await switchToEnglish(app, store);

    const after = currentScreen(app).shadowRoot!.querySelector<HTMLTextAreaElement>('#q3')!;
    expect(after === needs, 'the same field').to.equal(true);
    expect(after.value).to.equal('Tijd en een collega');
    const fields = deepQueryAll<HTMLInputElement | HTMLTextAreaElement>(currentScreen(app), 'textarea, input').map((f) => f.value);
    expect(fields).to.include.members(['Eerst luisteren', 'Huisbezoek', 'Tijd en een collega']);
    const status = currentScreen(app).shadowRoot!.querySelector('.status')!;
    expect(normalise(status.textContent!)).to.equal(english.plan.calendarNeedsDate);
  });

  it('keeps the error summary of a refused step 2, in English, with its prefix on the English document title', async () => {
    const { app, store } = await launchApp();
    store.dispatch({ type: 'go-to', screen: 'video' });
    store.dispatch({ type: 'mark-video-watched' });
    store.dispatch({ type: 'go-to', screen: 'statements' });
    STATEMENT_IDS.slice(1).forEach((id) => store.dispatch({ type: 'answer', statement: id, answer: 'eens' }));
    await rendered(app);
    const screen = currentScreen(app);
    screen.shadowRoot!.querySelector<HTMLButtonElement>('.actions button.primary')!.click();
    const summary = (await eventually(() => screen.shadowRoot!.querySelector('wed-error-summary')))!;
    await summary.updateComplete;

    await switchToEnglish(app, store);

    expect(screen.shadowRoot!.querySelector('wed-error-summary') === summary, 'the same summary').to.equal(true);
    await summary.updateComplete;
    expect(normalise(summary.shadowRoot!.querySelector('h2')!.textContent!)).to.equal(english.statements.errorSummaryHeading);
    const link = normalise(summary.shadowRoot!.querySelector('a')!.textContent!);
    expect(link).to.equal(format(english.statements.chooseAnswer, { number: 1 }));
    expect(normalise(deepText(screen.shadowRoot!.querySelector('wed-statement')!))).to.contain(
      `${english.statements.errorPrefix} ${format(english.statements.chooseAnswer, { number: 1 })}`,
    );
    expect(document.title).to.equal(`${english.statements.errorPrefix} ${english.app.documentTitle}`);
  });

  it('keeps advice the learner unfolded open', async () => {
    const { app, store } = await launchApp();
    reach(store, 'analysis');
    await rendered(app);
    const folded = currentScreen(app).shadowRoot!.querySelector('details')!;
    folded.open = true;

    await switchToEnglish(app, store);

    expect(currentScreen(app).shadowRoot!.querySelector('details') === folded, 'the same advice').to.equal(true);
    expect(folded.open).to.equal(true);
    const willen = englishContent.pillars[1]!;
    expect(folded.dataset['pillar']).to.equal(willen.id);
    expect(normalise(folded.querySelector('summary')!.textContent!)).to.equal(
      format(english.analysis.showAdvice, { number: willen.number, question: willen.question }),
    );
  });
});
