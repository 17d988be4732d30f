import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { assessment } from '../../src/content/content.js';
import '../../src/elements/wed-statement.js';
import type { WedStatement } from '../../src/elements/wed-statement.js';
import { StoreActionEvent } from '../../src/store/actions.js';

describe('wed-statement', () => {
  const statement = assessment.pillars[0]!.statements[2]!;
  const render = (answer: string | null = null) =>
    fixture<WedStatement>(html`<wed-statement .statement=${statement} .number=${3} .answer=${answer}></wed-statement>`);

  it('is accessible', async () => {
    await expect(await render()).to.be.accessible();
  });

  it('is a fieldset whose legend is the statement, with the four scale options as labelled radios', async () => {
    const el = await render();
    const legend = el.shadowRoot!.querySelector('fieldset > legend')!;
    expect(legend.textContent).to.contain(statement.text);
    expect(legend.textContent).to.contain(statement.footnote!);
    const labels = [...el.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent!.trim());
    expect(labels).to.deep.equal(assessment.scale.map((o) => o.label));
  });

  it('shows the current answer as checked', async () => {
    const el = await render('helemaal_eens');
    const checked = el.shadowRoot!.querySelector<HTMLInputElement>('input:checked')!;
    expect(checked.value).to.equal('helemaal_eens');
  });

  it('emits the answer', async () => {
    const el = await render();
    setTimeout(() => el.shadowRoot!.querySelector<HTMLInputElement>('input[value=oneens]')!.click());
    const event = (await oneEvent(el, StoreActionEvent.eventName)) as StoreActionEvent;
    expect(event.action).to.deep.equal({ type: 'answer', statement: 'begrijpen_3', answer: 'oneens' });
  });
});
