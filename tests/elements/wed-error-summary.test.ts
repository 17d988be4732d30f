import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import nlUi from '../../content/nl/ui-assessment.json';
import { GoToErrorEvent } from '../../src/elements/events.js';
import '../../src/elements/wed-error-summary.js';
import type { ErrorSummaryItem, WedErrorSummary } from '../../src/elements/wed-error-summary.js';
import { deepActiveElement } from '../helpers/dom.js';

const ERRORS: ErrorSummaryItem[] = [
  { id: 'begrijpen_2', text: 'first error' },
  { id: 'kunnen_4', text: 'second error' },
];

const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

/** Clicks the middle of an element with the mouse, as a learner would. */
async function clickWithMouse(el: Element): Promise<void> {
  el.scrollIntoView({ block: 'center' });
  const { x, y, width, height } = el.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
}

describe('wed-error-summary', () => {
  const render = () =>
    fixture<WedErrorSummary>(
      html`<wed-error-summary
        .heading=${nlUi.statements.errorSummaryHeading}
        .errors=${ERRORS}
        .titlePrefix=${nlUi.statements.errorPrefix}
      ></wed-error-summary>`,
    );

  it('is accessible', async () => {
    await expect(await render()).to.be.accessible();
  });

  it('shows a heading and a link per error, in an alert', async () => {
    const el = await render();
    const alert = el.shadowRoot!.querySelector('[role=alert]')!;
    expect(text(alert.querySelector('h2')!)).to.equal(nlUi.statements.errorSummaryHeading);
    const links = [...alert.querySelectorAll('a')];
    expect(links.map(text)).to.deep.equal(ERRORS.map((error) => error.text));
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(['#begrijpen_2', '#kunnen_4']);
  });

  it('takes focus, with a visible outline even after a mouse click', async () => {
    const summary = await render();
    const button = document.createElement('button');
    button.textContent = 'show';
    summary.before(button);
    button.addEventListener('click', () => summary.focus());
    await clickWithMouse(button);
    const focused = deepActiveElement() as HTMLElement;
    expect(summary.shadowRoot!.contains(focused)).to.equal(true);
    expect(focused.querySelector('h2')).not.to.equal(null);
    const style = getComputedStyle(focused);
    expect(style.outlineStyle).not.to.equal('none');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('tells which error a followed link is about, by mouse and by keyboard, and leaves the address alone', async () => {
    const el = await render();
    const hash = location.hash;
    const [first, second] = [...el.shadowRoot!.querySelectorAll('a')];

    setTimeout(() => first!.click());
    const clicked = await oneEvent<GoToErrorEvent>(el, GoToErrorEvent.eventName);
    expect(clicked.id).to.equal('begrijpen_2');
    expect(clicked.composed, 'out of the owner’s shadow root').to.equal(true);

    second!.focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const pressed = await oneEvent<GoToErrorEvent>(el, GoToErrorEvent.eventName);
    expect(pressed.id).to.equal('kunnen_4');
    expect(location.hash).to.equal(hash);
  });

  it('puts the prefix before the document title while it is on the page', async () => {
    const before = document.title;
    document.title = 'Zelfassessment';
    const el = await render();
    expect(document.title).to.equal(`${nlUi.statements.errorPrefix} Zelfassessment`);
    el.remove();
    expect(document.title).to.equal('Zelfassessment');
    document.title = before;
  });
});
