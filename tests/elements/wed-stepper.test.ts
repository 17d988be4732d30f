import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/wed-stepper.js';
import type { WedStepper } from '../../src/elements/wed-stepper.js';
import type { AssessmentState } from '../../src/model/state.js';
import { initialState } from '../../src/model/transitions.js';
import { StoreActionEvent } from '../../src/elements/events.js';
import { TEXTS } from '../helpers/texts.js';

/** The texts shown: these tests run in Dutch, the language the package starts in. */
const { ui } = TEXTS.nl;

describe('wed-stepper', () => {
  const onStatements: AssessmentState = { ...initialState(), screen: 'statements', reached: 'statements', videoWatched: true };
  const render = (state: AssessmentState) => fixture<WedStepper>(html`<wed-stepper .state=${state}></wed-stepper>`);

  it('is accessible', async () => {
    await expect(await render(onStatements)).to.be.accessible();
  });

  it('marks the current step, lets the learner go back, and shows later steps as locked', async () => {
    const el = await render(onStatements);
    const nav = el.shadowRoot!.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal(ui.app.stepperLabel);
    const buttons = [...el.shadowRoot!.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      `✓${ui.steps.intro}, ${ui.app.stepStatusDone}`,
      `✓${ui.steps.video}, ${ui.app.stepStatusDone}`,
      ui.steps.statements,
    ]);
    expect(buttons[2]!.getAttribute('aria-current')).to.equal('step');
    const locked = [...el.shadowRoot!.querySelectorAll('.locked')].map((l) => l.textContent);
    expect(locked).to.have.length(3);
    expect(locked[0]).to.contain(ui.app.stepStatusLocked);
  });

  it('in review mode calls a locked step not available, not "not available yet"', async () => {
    const el = await fixture<WedStepper>(html`<wed-stepper .state=${onStatements} .readOnly=${true}></wed-stepper>`);
    const locked = [...el.shadowRoot!.querySelectorAll('.locked')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
    expect(locked).to.deep.equal(
      [ui.steps.analysis, ui.steps.plan, ui.steps.done].map((step) => `${step}, ${ui.app.stepStatusUnavailable}`),
    );
    await expect(el).to.be.accessible();
  });

  it('asks to go to a reached step', async () => {
    const el = await render(onStatements);
    setTimeout(() => el.shadowRoot!.querySelectorAll('button')[1]!.click());
    const event = await oneEvent<StoreActionEvent>(el, StoreActionEvent.eventName);
    expect(event.action).to.deep.equal({ type: 'go-to', screen: 'video' });
  });
});
