import { expect } from '@open-wc/testing';
import { eventually } from '../helpers/eventually.js';
import { clearSavedState, currentScreen, launchApp, rendered } from './app-harness.js';

/**
 * Runs in a page of its own, so the later screens' chunk is not loaded yet when
 * the learner leaves the introduction, as in a real first launch.
 */
describe('going from the introduction to step 1 before the later screens have loaded', () => {
  beforeEach(clearSavedState);
  afterEach(clearSavedState);

  it('keeps the introduction on show until step 1 is ready, never an empty page, then focuses its heading', async () => {
    const { app, store } = await launchApp();
    expect(customElements.get('wed-video-screen'), 'this page has not loaded the later screens').to.equal(undefined);
    store.dispatch({ type: 'go-to', screen: 'video' });

    // Looked at every few milliseconds until step 1 is on show.
    const seen = new Set<string>();
    await eventually(async () => {
      await app.updateComplete;
      const screen = currentScreen(app);
      seen.add(screen.localName);
      expect(customElements.get(screen.localName), `${screen.localName} is defined`).not.to.equal(undefined);
      expect(screen.getBoundingClientRect().height, `${screen.localName} shows something`).to.be.greaterThan(0);
      return screen.localName === 'wed-video-screen';
    });
    expect([...seen]).to.deep.equal(['wed-intro-screen', 'wed-video-screen']);
    await rendered(app);
    const heading = currentScreen(app).shadowRoot!.querySelector('[data-screen-heading]');
    await eventually(
      () => currentScreen(app).shadowRoot!.activeElement,
      (active) => active === heading,
    );
  });
});
