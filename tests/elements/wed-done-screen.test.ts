import { expect, fixture, html } from '@open-wc/testing';
import { format } from '../../src/content/format.js';
import { ui } from '../../src/content/ui.js';
import '../../src/elements/wed-done-screen.js';
import type { WedDoneScreen } from '../../src/elements/wed-done-screen.js';
import type { AssessmentState } from '../../src/model/state.js';
import { deepText } from '../helpers/dom.js';
import { completedState } from '../helpers/states.js';

describe('wed-done-screen', () => {
  const render = (state: AssessmentState) =>
    fixture<WedDoneScreen>(html`<wed-done-screen .state=${state}></wed-done-screen>`);
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
    state.plan = { ...state.plan, actions: [{ id: 'a1', text: 'Bellen', date: '' }, { id: 'a2', text: 'Mailen', date: '' }] };
    const text = deepText(await render(state));
    expect(text).to.contain(ui.done.noAttentionPillars);
    expect(text).to.contain(format(ui.done.actionsCount, { count: 2 }));
  });
});
