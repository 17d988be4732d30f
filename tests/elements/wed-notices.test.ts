import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { DismissNoticeEvent, NoticeActionEvent } from '../../src/elements/events.js';
import '../../src/elements/wed-notices.js';
import type { WedNotices } from '../../src/elements/wed-notices.js';
import { TEXTS } from '../helpers/texts.js';

/** The texts shown: these tests run in Dutch, the language the package starts in. */
const { ui } = TEXTS.nl;

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

  it('tells a completed attempt reopened for review from looking without anything being kept', async () => {
    const review = await fixture<WedNotices>(html`<wed-notices .notices=${['review']}></wed-notices>`);
    const browse = await fixture<WedNotices>(html`<wed-notices .notices=${['browse']}></wed-notices>`);
    const text = (el: WedNotices) => el.shadowRoot!.querySelector('p')!.textContent;
    expect(text(review)).to.equal(ui.app.reviewNotice);
    expect(text(browse)).to.equal(ui.app.browseNotice);
    expect(ui.app.browseNotice).not.to.equal(ui.app.reviewNotice);
    await expect(browse).to.be.accessible();
  });

  it('asks to dismiss a notice', async () => {
    const el = await fixture<WedNotices>(html`<wed-notices .notices=${['broken', 'unavailable']}></wed-notices>`);
    setTimeout(() => el.shadowRoot!.querySelectorAll('button')[1]!.click());
    const event = await oneEvent<DismissNoticeEvent>(el, DismissNoticeEvent.eventName);
    expect(event.notice).to.equal('unavailable');
  });

  it('asks to act on the notice that offers a way on, and offers no close button while its cause lasts', async () => {
    const el = await fixture<WedNotices>(html`<wed-notices .notices=${['other-tab']}></wed-notices>`);
    const buttons = [...el.shadowRoot!.querySelectorAll('button')];
    expect(buttons.map((button) => button.textContent!.trim())).to.deep.equal([ui.app.continueHere]);
    setTimeout(() => buttons[0]!.click());
    const event = await oneEvent<NoticeActionEvent>(el, NoticeActionEvent.eventName);
    expect(event.notice).to.equal('other-tab');
  });
});
