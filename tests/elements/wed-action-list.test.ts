import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { format } from '../../src/content/format.js';
import { loadLaterTexts } from '../../src/content/texts.js';
import '../../src/elements/wed-action-list.js';
import type { WedActionList } from '../../src/elements/wed-action-list.js';
import type { PlanAction } from '../../src/model/state.js';
import { StoreActionEvent } from '../../src/elements/events.js';
import type { StoreAction } from '../../src/store/actions.js';
import { AssessmentStore } from '../../src/store/assessment-store.js';
import { byText, deepActiveElement, tabTo } from '../helpers/dom.js';
import { editingInvitationsIn } from '../helpers/read-only.js';
import { completedState } from '../helpers/states.js';
import { TEXTS } from '../helpers/texts.js';

/** The texts shown: these tests run in Dutch, the language the package starts in. */
const { ui } = TEXTS.nl;

// The app defines these elements once their texts are there.
before(loadLaterTexts);

const threeActions: PlanAction[] = [
  { id: 'a1', text: 'Eerste', date: '' },
  { id: 'a2', text: 'Tweede', date: '2026-03-15' },
  { id: 'a3', text: 'Derde', date: '' },
];

/** The list driven by a real store, re-rendered with the store's actions after every event. */
async function renderWithStore(actions: PlanAction[] = []) {
  const base = completedState();
  const store = new AssessmentStore({ ...base, plan: { ...base.plan, actions } });
  const emitted: StoreAction[] = [];
  const el = await fixture<WedActionList>(html`<wed-action-list .actions=${store.state.plan.actions}></wed-action-list>`);
  el.addEventListener(StoreActionEvent.eventName, (event) => {
    emitted.push(event.action);
    store.dispatch(event.action);
    el.actions = store.state.plan.actions;
  });
  return { el, store, emitted };
}

/** The focused element as '#id' or '.class' (comparing elements would serialise them on failure). */
const focused = () => {
  const active = deepActiveElement();
  return active?.id ? `#${active.id}` : `.${active?.className ?? ''}`;
};

const status = (el: WedActionList) => el.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();

describe('wed-action-list', () => {
  it('is accessible', async () => {
    const { el } = await renderWithStore(threeActions);
    await expect(el).to.be.accessible();
  });

  it('is accessible when empty and says there are no steps yet', async () => {
    const { el } = await renderWithStore();
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.textContent).to.contain(ui.plan.noActions);
    expect(el.shadowRoot!.querySelector('ol')).to.equal(null);
  });

  it('in review mode says no steps were added, and offers no way to add or remove one', async () => {
    const empty = await fixture<WedActionList>(html`<wed-action-list .actions=${[]} .readOnly=${true}></wed-action-list>`);
    expect(empty.shadowRoot!.textContent).to.contain(ui.plan.noActionsReadOnly);
    const filled = await fixture<WedActionList>(html`<wed-action-list .actions=${threeActions} .readOnly=${true}></wed-action-list>`);
    for (const el of [empty, filled]) {
      expect(editingInvitationsIn(el.shadowRoot!.textContent!)).to.deep.equal([]);
      expect(el.shadowRoot!.querySelectorAll('button')).to.have.length(0);
    }
    await expect(empty).to.be.accessible();
  });

  it('labels every text and date input and names every remove button', async () => {
    const { el } = await renderWithStore(threeActions);
    const items = el.shadowRoot!.querySelectorAll('li');
    expect(items).to.have.length(3);
    items.forEach((item, index) => {
      const number = index + 1;
      const [text, date] = item.querySelectorAll('input');
      expect(text!.labels![0]!.textContent!.trim()).to.equal(format(ui.plan.action, { number }));
      expect(date!.labels![0]!.textContent!.trim()).to.equal(format(ui.plan.actionDate, { number }));
      expect(date!.type).to.equal('date');
      expect(item.querySelector('button')!.textContent!.trim()).to.equal(format(ui.plan.removeAction, { number }));
    });
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#date-a2')!.value).to.equal('2026-03-15');
  });

  it('adds a step by keyboard, focuses its text input and announces it', async () => {
    const { el, store, emitted } = await renderWithStore();
    await tabTo(byText(ui.plan.addAction));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(emitted).to.deep.equal([{ type: 'add-action' }]);
    expect(focused()).to.equal('#text-a1');
    await el.updateComplete;
    expect(status(el)).to.equal(format(ui.plan.actionAdded, { number: 1 }));

    await sendKeys({ type: 'Bel de klant terug' });
    expect(emitted.at(-1)).to.deep.equal({ type: 'update-action', id: 'a1', changes: { text: 'Bel de klant terug' } });
    expect(store.state.plan.actions).to.deep.equal([{ id: 'a1', text: 'Bel de klant terug', date: '' }]);

    await tabTo(byText(ui.plan.addAction));
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(focused()).to.equal('#text-a2');
    await el.updateComplete;
    expect(status(el)).to.equal(format(ui.plan.actionAdded, { number: 2 }));
  });

  it('sets a step date from the date input', async () => {
    const { el, store } = await renderWithStore(threeActions);
    const date = el.shadowRoot!.querySelector<HTMLInputElement>('#date-a1')!;
    date.value = '2026-04-01';
    setTimeout(() => date.dispatchEvent(new Event('input', { bubbles: true, composed: true })));
    const event = await oneEvent<StoreActionEvent>(el, StoreActionEvent.eventName);
    expect(event.action).to.deep.equal({ type: 'update-action', id: 'a1', changes: { date: '2026-04-01' } });
    expect(store.state.plan.actions[0]!.date).to.equal('2026-04-01');
  });

  it('removes a step by keyboard and moves focus to the next step', async () => {
    const { el, store, emitted } = await renderWithStore(threeActions);
    await tabTo(byText(format(ui.plan.removeAction, { number: 2 })));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(emitted).to.deep.equal([{ type: 'remove-action', id: 'a2' }]);
    expect(store.state.plan.actions.map((a) => a.id)).to.deep.equal(['a1', 'a3']);
    expect(focused()).to.equal('#text-a3');
    await el.updateComplete;
    expect(status(el)).to.equal(format(ui.plan.actionRemoved, { number: 2 }));
    // The former third step is now numbered 2.
    expect(el.shadowRoot!.querySelector('#text-a3')!.closest('li')!.querySelector('label')!.textContent!.trim()).to.equal(
      format(ui.plan.action, { number: 2 }),
    );
  });

  it('moves focus to the add button after removing the last step', async () => {
    const { el, store } = await renderWithStore(threeActions);
    await tabTo(byText(format(ui.plan.removeAction, { number: 3 })));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(store.state.plan.actions).to.have.length(2);
    expect(focused()).to.equal('.add');

    await tabTo(byText(format(ui.plan.removeAction, { number: 1 })));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const firstMessage = el.shadowRoot!.querySelector('[role=status] span');
    await tabTo(byText(format(ui.plan.removeAction, { number: 1 })));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // The same message again is a new node, so screen readers read it again.
    expect(status(el)).to.equal(format(ui.plan.actionRemoved, { number: 1 }));
    expect(el.shadowRoot!.querySelector('[role=status] span') === firstMessage).to.equal(false);
    expect(store.state.plan.actions).to.have.length(0);
    expect(focused()).to.equal('.add');
    expect(el.shadowRoot!.textContent).to.contain(ui.plan.noActions);
  });

  it('keeps the typed text and focus while the store re-renders', async () => {
    const { el, store } = await renderWithStore(threeActions);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#text-a2')!;
    input.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' én €, 👍' });
    await el.updateComplete;
    expect(store.state.plan.actions[1]!.text).to.equal('Tweede én €, 👍');
    expect(input.value).to.equal('Tweede én €, 👍');
    expect(focused()).to.equal('#text-a2');
  });
});
