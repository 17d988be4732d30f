import { expect } from '@open-wc/testing';
import { ForgetHistoryEvent, NewAttemptEvent } from '../../src/elements/history-events.js';
import { initialState } from '../../src/model/transitions.js';
import { currentScreen, launchApp, rendered } from '../e2e/app-harness.js';
import { deepQueryAll } from '../helpers/dom.js';
import { eventually } from '../helpers/eventually.js';
import { TEXTS } from '../helpers/texts.js';
import { afterSaveTimers, clearTrackingStorage, completeAssessment, keptInBrowser } from './scorm-run.js';
import {
  COMPLETED_SCORES,
  attemptIdOf,
  browserHistory,
  expectEarlierOnAnalysis,
  earlierShown,
  expectEarlierProfile,
  historyInIndexedDb,
} from './history-run.js';
import { connectLaunched } from './xapi-run.js';

/** The standalone package (no LMS, no LRS) on this page's DurableStore; a second call is a reload. */
const launchStandalone = async () => {
  const connection = await connectLaunched('');
  return { connection, ...(await launchApp(connection)) };
};

describe("The learner's earlier profile standalone: this browser's history", () => {
  beforeEach(clearTrackingStorage);
  afterEach(clearTrackingStorage);

  it("starts a new attempt on request, which shows the finished one's profile; so does the next visit", async () => {
    const { app, store, connection } = await launchStandalone();
    expect(connection.tracker.mode).to.equal('standalone');
    expect(app.earlier).to.equal(null);
    completeAssessment(store);
    const finished = await attemptIdOf(keptInBrowser('state'));
    expect(app.earlier).to.equal(null, 'an attempt is never compared with itself');

    app.dispatchEvent(new NewAttemptEvent());
    expect(store.state).to.deep.equal(initialState());
    await rendered(app);
    expect(app.welcomeBack).to.equal(false);
    const profile = await expectEarlierProfile(app, 'browser', finished);
    const fresh = await attemptIdOf(keptInBrowser('state'));
    expect(fresh).to.be.a('string').and.not.equal(finished);
    await expectEarlierOnAnalysis(app, store, profile, 'browser');

    app.remove();
    const visit = await launchStandalone();
    expect(await attemptIdOf(keptInBrowser('state'))).to.equal(fresh);
    expect(visit.store.state.answers).to.deep.equal(store.state.answers);
    expect((await earlierShown(visit.app)).profile.attempt).to.equal(finished);
  });

  it("starts again from the done screen's button, confirmed, on the introduction", async () => {
    const { app, store } = await launchStandalone();
    completeAssessment(store);
    await rendered(app);
    const button = (selector: string) => deepQueryAll<HTMLButtonElement>(currentScreen(app), `button${selector}`)[0]!;
    expect(button('[data-start]').textContent!.trim()).to.equal(TEXTS.nl.ui.done.startAgain);
    button('[data-start]').click();
    await eventually(() => deepQueryAll(currentScreen(app), 'button[data-confirm]').length > 0);
    button('[data-confirm]').click();
    await rendered(app);
    expect(store.state.screen).to.equal('intro');
    expect(currentScreen(app).localName).to.equal('wed-intro-screen');
    expect((await earlierShown(app)).profile.scores).to.deep.equal(COMPLETED_SCORES);
  });

  it('keeps the language the learner chose in the new attempt', async () => {
    const { app, store } = await launchStandalone();
    store.dispatch({ type: 'set-language', language: 'nl' });
    completeAssessment(store);
    app.dispatchEvent(new NewAttemptEvent());
    expect(store.state.language).to.equal('nl');
  });

  it('starts no new attempt before the current one is completed', async () => {
    const { app, store } = await launchStandalone();
    store.dispatch({ type: 'go-to', screen: 'video' });
    const before = keptInBrowser('state');
    app.dispatchEvent(new NewAttemptEvent());
    expect(store.state.screen).to.equal('video');
    expect(keptInBrowser('state')).to.equal(before);
  });

  it('removes the history on request, for the next visits too', async () => {
    const { app, store } = await launchStandalone();
    completeAssessment(store);
    app.dispatchEvent(new NewAttemptEvent());
    await earlierShown(app);
    app.dispatchEvent(new ForgetHistoryEvent());
    expect(app.earlier).to.equal(null);
    await eventually(() => browserHistory(null) === null);
    await historyInIndexedDb(null, (value) => value === null);
    app.remove();
    const visit = await launchStandalone();
    await afterSaveTimers(); // Only to show that no earlier profile comes.
    expect(visit.app.earlier).to.equal(null);
  });
});
