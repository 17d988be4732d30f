import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { format } from '../../src/content/format.js';
import { loadLaterTexts, setLanguage } from '../../src/content/texts.js';
import { ExitEvent, StoreActionEvent } from '../../src/elements/events.js';
import { NewAttemptEvent } from '../../src/elements/history-events.js';
import '../../src/elements/wed-done-screen.js';
import type { WedDoneScreen } from '../../src/elements/wed-done-screen.js';
import type { AssessmentState } from '../../src/model/state.js';
import { byText, deepActiveElement, deepText, tabTo } from '../helpers/dom.js';
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

  describe('starting again (standalone)', () => {
    const standalone = (state: AssessmentState = done(completedState('eens'))) =>
      fixture<WedDoneScreen>(html`<wed-done-screen .state=${state} .canStartAgain=${true}></wed-done-screen>`);
    const countNewAttempts = (el: WedDoneScreen) => {
      const seen: NewAttemptEvent[] = [];
      el.addEventListener(NewAttemptEvent.eventName, (event) => seen.push(event));
      return seen;
    };

    it('is accessible, the confirmation open too', async () => {
      const el = await standalone();
      await expect(el).to.be.accessible();
      await tabTo(byText(ui.done.startAgain));
      await sendKeys({ press: 'Enter' });
      await expect(el).to.be.accessible();
    });

    it('is not offered elsewhere', async () => {
      const el = await render(done(completedState('eens')));
      expect(el.shadowRoot!.querySelector('[data-start-again]')).to.equal(null);
      expect(deepText(el)).not.to.contain(ui.done.startAgain);
    });

    it('says what happens: a new attempt, this result kept in this browser to compare with', async () => {
      const el = await standalone();
      const section = el.shadowRoot!.querySelector('[data-start-again]')!;
      expect(section.querySelector('h2')!.textContent!.trim()).to.equal(ui.done.startAgainHeading);
      expect(deepText(section)).to.contain(ui.done.startAgainText);
    });

    it('starts a new attempt by keyboard only after confirming, once', async () => {
      const el = await standalone();
      const started = countNewAttempts(el);
      await tabTo(byText(ui.done.startAgain));
      await sendKeys({ press: 'Enter' });
      expect(started).to.have.length(0);
      expect(deepActiveElement()!.textContent!.trim()).to.equal(ui.done.startAgainQuestion);
      await tabTo(byText(ui.done.startAgainConfirm));
      await sendKeys({ press: 'Enter' });
      expect(started).to.have.length(1);
      expect(started[0]!.bubbles && started[0]!.composed).to.equal(true);
    });

    it('keeps this attempt when the learner says no, focus back on the button', async () => {
      const el = await standalone();
      const started = countNewAttempts(el);
      await tabTo(byText(ui.done.startAgain));
      await sendKeys({ press: 'Enter' });
      await tabTo(byText(ui.done.startAgainCancel));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(deepActiveElement()!.textContent!.trim()).to.equal(ui.done.startAgain);
      expect(started).to.have.length(0);
    });

    it('says it in English when English is shown', async () => {
      const english = TEXTS.en.ui;
      await setLanguage('en');
      try {
        const text = deepText(await standalone());
        for (const expected of [english.done.startAgainHeading, english.done.startAgainText, english.done.startAgain]) {
          expect(text).to.contain(expected);
        }
      } finally {
        await setLanguage('nl');
      }
    });

    it('fits in 320 px without horizontal overflow, the confirmation open', async () => {
      await setViewport({ width: 320, height: 800 });
      try {
        const el = await standalone();
        await tabTo(byText(ui.done.startAgain));
        await sendKeys({ press: 'Enter' });
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });
});
