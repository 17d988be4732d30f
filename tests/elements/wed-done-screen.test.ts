import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { format } from '../../src/content/format.js';
import { loadLaterTexts } from '../../src/content/texts.js';
import { ExitEvent, StoreActionEvent } from '../../src/elements/events.js';
import '../../src/elements/wed-done-screen.js';
import type { WedDoneScreen } from '../../src/elements/wed-done-screen.js';
import type { AssessmentState } from '../../src/model/state.js';
import { deepText } from '../helpers/dom.js';
import { editingInvitationsIn } from '../helpers/read-only.js';
import { completedState } from '../helpers/states.js';
import { TEXTS } from '../helpers/texts.js';

/** The texts shown: these tests run in Dutch, the language the package starts in. */
const { ui } = TEXTS.nl;

// The app defines these elements once their texts are there.
before(loadLaterTexts);

describe('wed-done-screen', () => {
  const render = (state: AssessmentState) => fixture<WedDoneScreen>(html`<wed-done-screen .state=${state}></wed-done-screen>`);
  const done = (state: AssessmentState): AssessmentState => ({ ...state, screen: 'done', reached: 'done', finished: true });

  it('is accessible', async () => {
    await expect(await render(done(completedState('oneens')))).to.be.accessible();
  });

  it('names the pillars that need attention', async () => {
    const state = done(completedState('eens'));
    state.answers = { ...state.answers, willen_1: 'helemaal_oneens', kunnen_4: 'oneens' };
    const text = deepText(await render(state));
    expect(text).to.contain(format(ui.done.attentionPillars, { pillars: 'Willen, Kunnen' }));
  });

  it('says when no pillar needs attention, and counts the plan steps', async () => {
    const state = done(completedState('helemaal_eens'));
    state.plan = {
      ...state.plan,
      actions: [
        { id: 'a1', text: 'Bellen', date: '' },
        { id: 'a2', text: 'Mailen', date: '' },
      ],
    };
    const text = deepText(await render(state));
    expect(text).to.contain(ui.done.noAttentionPillars);
    expect(text).to.contain(format(ui.done.actionsCount, { count: 2 }));
  });

  it('offers to change or print the plan', async () => {
    const el = await render(done(completedState('eens')));
    expect(deepText(el)).to.contain(ui.done.text);
    const buttons = [...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim());
    expect(buttons).to.deep.equal([ui.done.backToPlan, ui.plan.print]);
  });

  it('offers to leave when the LMS gave a place to return to, asking the app out of its shadow root', async () => {
    const el = await fixture<WedDoneScreen>(
      html`<wed-done-screen .state=${done(completedState('eens'))} .canExit=${true}></wed-done-screen>`,
    );
    const exit = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === ui.done.exit)!;
    setTimeout(() => exit.click());
    const event = await oneEvent<ExitEvent>(el, ExitEvent.eventName);
    expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
  });

  describe('in review mode', () => {
    const review = (state: AssessmentState) =>
      fixture<WedDoneScreen>(html`<wed-done-screen .state=${state} .readOnly=${true}></wed-done-screen>`);

    it('is accessible', async () => {
      await expect(await review(done(completedState('oneens')))).to.be.accessible();
    });

    it('offers to look at and print the plan, never to change it', async () => {
      const el = await review(done(completedState('oneens')));
      const text = deepText(el);
      expect(text).to.contain(ui.done.textReadOnly);
      expect(editingInvitationsIn(text)).to.deep.equal([]);
      const buttons = [...el.shadowRoot!.querySelectorAll('button')];
      expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal([ui.done.viewPlan, ui.plan.print]);
      setTimeout(() => buttons[0]!.click());
      const event = await oneEvent<StoreActionEvent>(el, StoreActionEvent.eventName);
      expect(event.action).to.deep.equal({ type: 'go-to', screen: 'plan' });
    });
  });
});
