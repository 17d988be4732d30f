import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { assessment } from '../../src/content/content.js';
import { format } from '../../src/content/format.js';
import { ui } from '../../src/content/ui.js';
import '../../src/elements/wed-statements-screen.js';
import type { WedStatementsScreen } from '../../src/elements/wed-statements-screen.js';
import type { AssessmentState } from '../../src/model/state.js';
import { initialState } from '../../src/model/transitions.js';
import { AssessmentStore } from '../../src/store/assessment-store.js';
import { StoreActionEvent } from '../../src/store/actions.js';
import { deepActiveElement, deepQueryAll, deepText } from '../helpers/dom.js';
import { completedState } from '../helpers/states.js';

/** Renders the screen driven by a real store, as the app does. */
async function renderWithStore(state: AssessmentState) {
  const store = new AssessmentStore(state);
  const el = await fixture<WedStatementsScreen>(html`<wed-statements-screen .state=${store.state}></wed-statements-screen>`);
  el.addEventListener(StoreActionEvent.eventName, (e) => {
    store.dispatch(e.action);
    el.state = store.state;
  });
  return { el, store };
}

const onStatements = (): AssessmentState => ({ ...initialState(), screen: 'statements', reached: 'statements', videoWatched: true });

describe('wed-statements-screen', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('is accessible', async () => {
    const { el } = await renderWithStore(onStatements());
    await expect(el).to.be.accessible();
  });

  it('groups the twelve statements in three fieldsets of four radio groups', async () => {
    const { el } = await renderWithStore(onStatements());
    const pillars = el.shadowRoot!.querySelectorAll('fieldset.pillar');
    expect(pillars).to.have.length(3);
    pillars.forEach((pillar, i) => {
      expect(pillar.querySelector('legend')!.textContent).to.contain(assessment.pillars[i]!.statementsHeading);
      expect(pillar.querySelectorAll('wed-statement')).to.have.length(4);
    });
    const radios = deepQueryAll<HTMLInputElement>(el, 'input[type=radio]');
    expect(radios).to.have.length(48);
    expect(new Set(radios.map((r) => r.name)).size).to.equal(12);
  });

  it('shows the footnote of statement 3 and the professional quote', async () => {
    const { el } = await renderWithStore(onStatements());
    const text = deepText(el);
    expect(text).to.contain(assessment.pillars[0]!.statements[2]!.footnote!);
    expect(text).to.contain(assessment.statements.quote.text);
  });

  it('records an answer and counts it', async () => {
    const { el, store } = await renderWithStore(onStatements());
    const radio = deepQueryAll<HTMLInputElement>(el, 'input[name=willen_2][value=oneens]')[0]!;
    radio.click();
    await el.updateComplete;
    expect(store.state.answers.willen_2).to.equal('oneens');
    expect(el.shadowRoot!.querySelector('.counter')!.textContent).to.contain(
      format(ui.statements.counter, { answered: 1, total: 12 }),
    );
  });

  it('answers by keyboard: arrow keys move within a group', async () => {
    const { el, store } = await renderWithStore(onStatements());
    deepQueryAll<HTMLInputElement>(el, 'input[name=begrijpen_1]')[0]!.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(store.state.answers.begrijpen_1).to.equal('eens');
  });

  it('refuses to go on with open statements and takes the learner to the first one', async () => {
    const state = completedState('eens', { screen: 'statements', reached: 'statements', analysisSeen: false });
    delete state.answers.willen_3;
    delete state.answers.kunnen_1;
    const { el, store } = await renderWithStore(state);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(store.state.screen).to.equal('statements');
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain(
      format(ui.statements.unanswered, { missing: 2 }),
    );
    const focused = deepActiveElement() as HTMLInputElement;
    expect(focused.name).to.equal('willen_3');
    await expect(el).to.be.accessible();
  });

  it('goes on to the analysis when all are answered', async () => {
    const state = completedState('eens', { screen: 'statements', reached: 'statements', analysisSeen: false });
    const { el, store } = await renderWithStore(state);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    expect(store.state.screen).to.equal('analysis');
  });

  it('fits 320 px without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 800 });
    const { el } = await renderWithStore(onStatements());
    expect(el.scrollWidth).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});
