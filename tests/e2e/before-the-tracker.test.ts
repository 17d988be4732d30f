import { expect, fixture, html } from '@open-wc/testing';
import { texts } from '../../src/content/texts.js';
import { StoreActionEvent } from '../../src/elements/events.js';
import type { WedApp } from '../../src/elements/wed-app.js';
import '../../src/elements/wed-app.js';
import { STATEMENT_IDS } from '../../src/model/scoring.js';
import { start } from '../../src/start.js';
import type { Connection } from '../../src/tracking/connect.js';
import { eventually } from '../helpers/eventually.js';
import { TEXTS } from '../helpers/texts.js';
import { clearSavedState, currentScreen, launchApp, rendered, standaloneConnection } from './app-harness.js';
import { backToDefaultLanguage } from './languages.js';

/**
 * The introduction shows before the LMS answers (app.ts connects the tracker
 * after it has rendered): here a tracker whose start() waits until the test
 * lets it go, as a slow LMS or LRS does.
 */
describe('before the tracker has connected', () => {
  beforeEach(clearSavedState);
  afterEach(async () => {
    clearSavedState();
    await backToDefaultLanguage();
  });

  function slowConnection(): { connection: Connection; answer: () => void } {
    const connection = standaloneConnection();
    const { tracker } = connection;
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const realStart = tracker.start.bind(tracker);
    tracker.start = async () => {
      await answered;
      return realStart();
    };
    return { connection, answer };
  }

  /** Every screen element the app shows from now on, in order. */
  function screensShown(app: WedApp): string[] {
    const seen = [currentScreen(app).localName];
    new MutationObserver(() => {
      const now = currentScreen(app)?.localName;
      if (now && now !== seen.at(-1)) seen.push(now);
    }).observe(app.shadowRoot!, { childList: true, subtree: true });
    return seen;
  }

  const startButton = (app: WedApp) => currentScreen(app).shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!;

  async function resumedOnThePlan(): Promise<void> {
    const { store } = await launchApp();
    store.dispatch({ type: 'go-to', screen: 'video' });
    store.dispatch({ type: 'mark-video-watched' });
    store.dispatch({ type: 'go-to', screen: 'statements' });
    for (const statement of STATEMENT_IDS) store.dispatch({ type: 'answer', statement, answer: 'eens' });
    store.dispatch({ type: 'go-to', screen: 'analysis' });
    store.dispatch({ type: 'go-to', screen: 'plan' });
  }

  it('shows the introduction at once, ready to start, without a footer that would have to guess where answers go', async () => {
    const { connection } = slowConnection();
    const app = await fixture<WedApp>(html`<wed-app></wed-app>`);
    void start(app, connection);
    await rendered(app);
    expect(currentScreen(app).localName).to.equal('wed-intro-screen');
    expect(startButton(app).textContent!.trim()).to.equal(TEXTS.nl.ui.intro.start);
    expect(app.shadowRoot!.querySelector('footer')).to.equal(null);
  });

  it('a resumed attempt: the introduction stays, its button turns into "continue" in place, and takes the learner back to where they were', async () => {
    await resumedOnThePlan();
    const { connection, answer } = slowConnection();
    const app = await fixture<WedApp>(html`<wed-app></wed-app>`);
    const started = start(app, connection);
    await rendered(app);
    const seen = screensShown(app);
    answer();
    const store = await started;
    // The plan screen's element is ready: were the app to show it, it would.
    await customElements.whenDefined('wed-plan-screen');
    await rendered(app);
    expect(startButton(app).textContent!.trim()).to.equal(TEXTS.nl.ui.intro.resume);
    expect(store.state.screen, 'the place the learner left is kept').to.equal('plan');
    expect(seen).to.deep.equal(['wed-intro-screen']);
    startButton(app).click();
    await rendered(app);
    expect(currentScreen(app).localName).to.equal('wed-plan-screen');
    expect(seen).to.deep.equal(['wed-intro-screen', 'wed-plan-screen']);
  });

  it('Start pressed before a resumed attempt arrived: the learner goes on with that attempt, not a new one', async () => {
    await resumedOnThePlan();
    const { connection, answer } = slowConnection();
    const app = await fixture<WedApp>(html`<wed-app></wed-app>`);
    const started = start(app, connection);
    await rendered(app);
    startButton(app).click();
    answer();
    const store = await started;
    await rendered(app);
    expect(currentScreen(app).localName).to.equal('wed-plan-screen');
    expect(Object.keys(store.state.answers)).to.have.length(12);
  });

  it('a switch of language, Start and the animation watched before the tracker answered are kept, and saved', async () => {
    const { connection, answer } = slowConnection();
    const app = await fixture<WedApp>(html`<wed-app></wed-app>`);
    const started = start(app, connection);
    await rendered(app);
    app.shadowRoot!.querySelector<HTMLButtonElement>('button.language')!.click();
    await eventually(
      () => texts.language,
      (language) => language === 'en',
    );
    startButton(app).click();
    await rendered(app);
    // On step 1, the animation marked as watched, still before the tracker answered.
    currentScreen(app).dispatchEvent(new StoreActionEvent({ type: 'mark-video-watched' }));
    answer();
    const store = await started;
    await rendered(app);
    expect(currentScreen(app).localName).to.equal('wed-video-screen');
    expect(store.state).to.include({ screen: 'video', language: 'en', videoWatched: true });
    // Saved: a reload continues in English, on step 1, the animation watched.
    const reloaded = await launchApp();
    expect(reloaded.store.state).to.include({ screen: 'video', language: 'en', videoWatched: true });
    expect(texts.language).to.equal('en');
  });
});
