import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ui } from '../../src/content/ui.js';
import '../../src/elements/wed-notices.js';
import type { WedNotices } from '../../src/elements/wed-notices.js';

describe('wed-notices', () => {
  it('is accessible', async () => {
    const el = await fixture<WedNotices>(html`<wed-notices .notices=${['broken']}></wed-notices>`);
    await expect(el).to.be.accessible();
  });

  it('keeps an empty status region so later notices are announced', async () => {
    const el = await fixture<WedNotices>(html`<wed-notices></wed-notices>`);
    expect(el.shadowRoot!.querySelector('[role=status]')).to.not.equal(null);
    el.notices = ['save-failed'];
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain(ui.app.saveFailedNotice);
  });

  it('asks to dismiss a notice', async () => {
    const el = await fixture<WedNotices>(html`<wed-notices .notices=${['broken', 'unavailable']}></wed-notices>`);
    setTimeout(() => el.shadowRoot!.querySelectorAll('button')[1]!.click());
    const event = (await oneEvent(el, 'dismiss')) as CustomEvent<string>;
    expect(event.detail).to.equal('unavailable');
  });
});
