import { expect } from '@open-wc/testing';
import { answersFromValues } from '../helpers/answers.js';
import { deepQueryAll, deepText } from '../helpers/dom.js';
import { eventually } from '../helpers/eventually.js';
import { clearSavedState, currentScreen, launchApp, rendered } from './app-harness.js';
import { TEXTS } from '../helpers/texts.js';

const { ui } = TEXTS.nl;

/** The notices about saving, in a bar that stays in view in the LMS's frame and never covers the field being typed in. */
describe('the saving bar', () => {
  beforeEach(clearSavedState);
  afterEach(async () => {
    window.scrollTo(0, 0);
    clearSavedState();
  });

  async function onPlan() {
    const launched = await launchApp();
    const { store } = launched;
    store.dispatch({ type: 'go-to', screen: 'video' });
    store.dispatch({ type: 'mark-video-watched' });
    store.dispatch({ type: 'go-to', screen: 'statements' });
    for (const [statement, answer] of Object.entries(answersFromValues([3, 3, 3, 3, 3, 3, 3, 3, 2, 3, 3, 3]))) {
      store.dispatch({ type: 'answer', statement: statement as never, answer });
    }
    store.dispatch({ type: 'go-to', screen: 'analysis' });
    store.dispatch({ type: 'go-to', screen: 'plan' });
    await rendered(launched.app);
    launched.app.mode = 'scorm12';
    return launched;
  }

  const bar = (app: HTMLElement) => app.shadowRoot!.querySelector<HTMLElement>('wed-notices.saving')!;

  it('shows a failing LMS wherever the learner has scrolled, and is announced as a status', async () => {
    const { app } = await onPlan();
    app.setSyncStatus('failing');
    await eventually(
      () => deepText(bar(app)),
      (text) => text.includes(ui.app.lmsFailingNotice),
    );
    expect(bar(app).shadowRoot!.querySelector('[role=status]')).not.to.equal(null);
    const height = document.documentElement.scrollHeight;
    expect(height).to.be.greaterThan(window.innerHeight);
    for (const y of [0, height / 3, height]) {
      window.scrollTo(0, y);
      const rect = bar(app).getBoundingClientRect();
      expect(rect.top, `scrolled to ${y}`).to.be.at.least(0);
      expect(rect.bottom, `scrolled to ${y}`).to.be.at.most(window.innerHeight + 1);
    }
    // It cannot be closed while saving fails: closing it would hide that.
    expect(deepText(bar(app))).not.to.contain(ui.app.dismissNotice);
    await expect(bar(app)).to.be.accessible();
  });

  it('scrolls the field the learner types in clear of the bar when a notice appears and while typing', async () => {
    const { app } = await onPlan();
    const field = deepQueryAll<HTMLTextAreaElement>(currentScreen(app), 'textarea').at(-1)!;
    // The field's bottom edge at the bottom of the frame: where a bar at the bottom would cover it.
    window.scrollBy(0, field.getBoundingClientRect().bottom - window.innerHeight + 2);
    field.focus({ preventScroll: true });
    app.setSyncStatus('failing');
    const clear = () => field.getBoundingClientRect().bottom <= bar(app).getBoundingClientRect().top;
    await eventually(
      () => bar(app).offsetHeight > 0 && clear(),
      (ok) => ok,
    );

    window.scrollBy(0, field.getBoundingClientRect().bottom - window.innerHeight + 2);
    expect(clear()).to.equal(false);
    field.value += 'x';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    expect(clear()).to.equal(true);
  });
});
