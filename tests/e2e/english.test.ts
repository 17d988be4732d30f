import { expect } from '@open-wc/testing';
import englishAssessment from '../../content/en/assessment.json';
import englishIntro from '../../content/en/intro.json';
import englishUi from '../../content/en/ui.json';
import englishLaterUi from '../../content/en/ui-assessment.json';
import dutchAssessment from '../../content/nl/assessment.json';
import dutchUi from '../../content/nl/ui.json';
import { config } from '../../src/content/config.js';
import { setLanguage, texts } from '../../src/content/texts.js';
import type { WedApp } from '../../src/elements/wed-app.js';
import { STATEMENT_IDS } from '../../src/model/scoring.js';
import { deepActiveElement, deepQueryAll, deepText, pressKeys, tabTo } from '../helpers/dom.js';
import { eventually } from '../helpers/eventually.js';
import { browserPrefers, clearSavedState, currentScreen, launchApp, rendered, standaloneConnection } from './app-harness.js';

/** How these tests ask for English: `?lang=en` in the address, as a link to the web folder or an LMS can. */
const launchedInEnglish = () => standaloneConnection('en');

/** Every test here runs on a browser set to English, which must not decide anything. */
function onAnEnglishBrowser() {
  let restore: () => void;
  beforeEach(() => {
    clearSavedState();
    restore = browserPrefers(['en-GB', 'en']);
  });
  afterEach(async () => {
    restore();
    clearSavedState();
    await setLanguage('nl');
  });
}

/** The screen is in `language` for screen readers: the page, the app and the print document inside it. */
function expectLanguage(app: WedApp, language: 'nl' | 'en') {
  expect(document.documentElement.lang).to.equal(language);
  expect(app.getAttribute('lang')).to.equal(language);
  // The print document and the screens set no language of their own: they are in the app's.
  const own = [...app.shadowRoot!.querySelectorAll('[lang]')].map((el) => el.localName);
  expect(own, 'elements with a lang of their own').to.deep.equal(['button']);
  expect(texts.language).to.equal(language);
}

function languageSwitch(app: WedApp): HTMLButtonElement {
  return app.shadowRoot!.querySelector<HTMLButtonElement>('button.language')!;
}

/** The switch loads the other language's texts first: waits until they are shown. */
async function languageShown(app: WedApp, language: 'nl' | 'en') {
  await eventually(() => texts.language === language && app.store.state.language === language);
  await rendered(app);
}

/** Whether focus is on the language switch (compared as a boolean: chai would print the whole app). */
const focusOnSwitch = (app: WedApp) => deepActiveElement() === languageSwitch(app);

// What every language shares (the keyboard run, every text on screen, axe on every screen, reload)
// is tested in English too, in keyboard-flow, content-on-screen and reload.test.ts; here is what is
// English's own.
describe('English: launched with ?lang=en', () => {
  onAnEnglishBrowser();

  it('takes the language from the launch, and offers Dutch on the switch', async () => {
    const { app, store } = await launchApp(launchedInEnglish());
    expectLanguage(app, 'en');
    expect(store.state.language).to.equal(null, 'the launch chose, not the learner');
    expect(document.title).to.equal(englishUi.app.documentTitle);
    expect(deepText(app)).to.contain(englishIntro.intro.stepsHeading);
    expect(deepText(app)).not.to.contain(dutchUi.intro.start);
    const toggle = languageSwitch(app);
    expect(toggle.textContent!.trim()).to.equal('Nederlands');
    expect(toggle.lang).to.equal('nl');
    expect(toggle.getAttribute('aria-label')).to.equal(config.languages.nl.switchTo);
  });
});

describe('English: the language switch', () => {
  onAnEnglishBrowser();

  it('is needed on an English browser: without a launch language the package opens in Dutch', async () => {
    const { app, store } = await launchApp();
    expectLanguage(app, 'nl');
    expect(store.state.language).to.equal(null);
    expect(document.title).to.equal(dutchUi.app.documentTitle);
    expect(deepText(app)).to.contain(dutchUi.intro.start);
    expect(languageSwitch(app).textContent!.trim()).to.equal('English');
  });

  it('is a labelled button on every screen, named in the language it offers', async () => {
    const { app, store } = await launchApp();
    store.dispatch({ type: 'go-to', screen: 'video' });
    store.dispatch({ type: 'mark-video-watched' });
    store.dispatch({ type: 'go-to', screen: 'statements' });
    for (const id of STATEMENT_IDS) store.dispatch({ type: 'answer', statement: id, answer: 'eens' });
    for (const screen of ['intro', 'video', 'statements', 'analysis', 'plan'] as const) {
      store.dispatch({ type: 'go-to', screen });
      await rendered(app);
      const toggle = languageSwitch(app);
      expect(toggle.localName, screen).to.equal('button');
      expect(toggle.textContent!.trim(), screen).to.equal('English');
      expect(toggle.lang, screen).to.equal('en');
      expect(toggle.getAttribute('aria-label'), screen).to.equal('Switch to English');
    }
  });

  it('mid-way keeps every answer and text, keeps focus on the switch, and sets lang everywhere', async () => {
    const { app, store } = await launchApp();
    expectLanguage(app, 'nl');
    store.dispatch({ type: 'go-to', screen: 'video' });
    store.dispatch({ type: 'mark-video-watched' });
    store.dispatch({ type: 'go-to', screen: 'statements' });
    STATEMENT_IDS.forEach((id, i) => store.dispatch({ type: 'answer', statement: id, answer: i % 3 === 0 ? 'oneens' : 'eens' }));
    store.dispatch({ type: 'go-to', screen: 'analysis' });
    store.dispatch({ type: 'go-to', screen: 'plan' });
    store.dispatch({
      type: 'edit-plan',
      changes: { improvement: 'Eerst luisteren', needs: 'Tijd', timeline: 'Voor de zomer', planDate: '2027-06-30' },
    });
    store.dispatch({ type: 'add-action' });
    store.dispatch({ type: 'update-action', id: store.state.plan.actions[0]!.id, changes: { text: 'Huisbezoek', date: '2027-02-01' } });
    await rendered(app);
    const before = store.state;

    // By keyboard: Tab to the switch, Enter.
    await tabTo((el) => el === languageSwitch(app));
    await pressKeys('Enter');
    await languageShown(app, 'en');

    expectLanguage(app, 'en');
    expect(store.state).to.deep.equal({ ...before, language: 'en' });
    expect(focusOnSwitch(app), 'focus stays on the switch').to.equal(true);
    expect(languageSwitch(app).textContent!.trim()).to.equal('Nederlands');
    expect(languageSwitch(app).getAttribute('aria-label')).to.equal('Schakel over naar het Nederlands');
    expect(currentScreen(app).shadowRoot!.querySelector('h1')!.textContent!.trim()).to.equal(englishAssessment.plan.heading);
    const fields = deepQueryAll<HTMLInputElement | HTMLTextAreaElement>(currentScreen(app), 'textarea, input').map((f) => f.value);
    expect(fields).to.include.members(['Eerst luisteren', 'Huisbezoek', '2027-02-01', 'Tijd', 'Voor de zomer', '2027-06-30']);
    const stepper = deepText(app.shadowRoot!.querySelector('wed-stepper')!);
    expect(stepper).to.contain(englishUi.steps.plan);
    expect(deepText(app.shadowRoot!.querySelector('wed-print-report')!)).to.contain(englishLaterUi.print.planHeading);
    await expect(app).to.be.accessible();

    // The analysis in English keeps the answers: the disagreed statements are listed in English.
    store.dispatch({ type: 'go-to', screen: 'analysis' });
    await rendered(app);
    expect(deepText(currentScreen(app))).to.contain(englishAssessment.pillars[0]!.statements[0]!.text);
    expect(deepText(currentScreen(app))).to.contain('your answer: disagree');

    // And back.
    languageSwitch(app).focus();
    await pressKeys('Enter');
    await languageShown(app, 'nl');
    expectLanguage(app, 'nl');
    expect(store.state).to.deep.equal({ ...before, screen: 'analysis', language: 'nl' });
    expect(focusOnSwitch(app)).to.equal(true);
    expect(deepText(currentScreen(app))).to.contain(dutchAssessment.pillars[0]!.statements[0]!.text);
  });

  it('keeps the learner’s choice in the saved state after a reload, over the launch’s language', async () => {
    const first = await launchApp();
    expectLanguage(first.app, 'nl');
    languageSwitch(first.app).click();
    await languageShown(first.app, 'en');
    expect(first.store.state.language).to.equal('en');
    first.app.remove();
    await setLanguage('nl');

    const second = await launchApp(); // a reload
    expect(second.store.state.language).to.equal('en');
    expectLanguage(second.app, 'en');
    expect(deepText(second.app)).to.contain(englishIntro.intro.stepsHeading);
    second.app.remove();
    await setLanguage('nl');

    // Back to Dutch by the switch; a launch asking for English does not undo that.
    const third = await launchApp(launchedInEnglish());
    expectLanguage(third.app, 'en');
    languageSwitch(third.app).click();
    await languageShown(third.app, 'nl');
    third.app.remove();
    await setLanguage('nl');
    const fourth = await launchApp(launchedInEnglish());
    expect(fourth.store.state.language).to.equal('nl');
    expectLanguage(fourth.app, 'nl');
  });

  it('marks links to Dutch sources “(in Dutch)” in English, with hreflang and the Dutch titles’ lang', async () => {
    const { app, store } = await launchApp(launchedInEnglish());
    store.dispatch({ type: 'go-to', screen: 'video' });
    store.dispatch({ type: 'mark-video-watched' });
    store.dispatch({ type: 'go-to', screen: 'statements' });
    for (const id of STATEMENT_IDS) store.dispatch({ type: 'answer', statement: id, answer: 'oneens' });
    store.dispatch({ type: 'go-to', screen: 'analysis' });
    await rendered(app);
    const links = deepQueryAll<HTMLAnchorElement>(currentScreen(app), 'a[href]');
    const wrr = links.find((a) => a.href.includes('weten-is-nog-geen-doen'))!;
    expect(wrr.hreflang).to.equal('nl');
    expect(wrr.textContent).to.contain(englishUi.app.inDutch);
    expect(wrr.querySelector('[lang="nl"]')!.textContent).to.equal('Weten is nog geen doen');
    const english = links.find((a) => a.href.includes('empathways.org'))!;
    expect(english.hreflang).to.equal('en');
    expect(english.textContent).not.to.contain(englishUi.app.inDutch);

    // In Dutch nothing is added to the text.
    languageSwitch(app).click();
    await languageShown(app, 'nl');
    const dutchLinks = deepQueryAll<HTMLAnchorElement>(currentScreen(app), 'a[href]');
    expect(dutchLinks.length).to.be.greaterThan(10);
    for (const link of dutchLinks) {
      expect(link.textContent).not.to.contain(englishUi.app.inDutch);
      expect(link.textContent).not.to.contain(dutchUi.app.inDutch);
      expect(link.querySelector('[lang]')).to.equal(null);
    }
  });
});
