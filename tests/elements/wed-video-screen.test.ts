import { expect, fixture, html } from '@open-wc/testing';
import { config } from '../../src/content/config.js';
import { loadLaterTexts } from '../../src/content/texts.js';
import '../../src/elements/wed-video-screen.js';
import type { WedVideoScreen } from '../../src/elements/wed-video-screen.js';
import { initialState } from '../../src/model/transitions.js';
import { StoreActionEvent } from '../../src/elements/events.js';
import type { StoreAction } from '../../src/store/actions.js';
import { editingInvitationsIn } from '../helpers/read-only.js';
import { TEXTS } from '../helpers/texts.js';

/** The texts shown: these tests run in Dutch, the language the package starts in. */
const { ui } = TEXTS.nl;

// The app defines these elements once their texts are there.
before(loadLaterTexts);

describe('wed-video-screen', () => {
  const render = (videoWatched = false) =>
    fixture<WedVideoScreen>(
      html`<wed-video-screen .state=${{ ...initialState(), screen: 'video', reached: 'video', videoWatched }}></wed-video-screen>`,
    );

  it('is accessible', async () => {
    await expect(await render()).to.be.accessible();
  });

  it('loads nothing from YouTube until the learner asks', async () => {
    const el = await render();
    expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.poster')!.click();
    await el.updateComplete;
    const iframe = el.shadowRoot!.querySelector('iframe')!;
    expect(new URL(iframe.src).hostname).to.equal('www.youtube-nocookie.com');
    expect(iframe.src).to.contain(config.video.embedUrl);
    expect(iframe.title).to.equal(ui.video.iframeTitle);
    await expect(el).to.be.accessible();
  });

  it('always offers the plain link to the video, in a new tab', async () => {
    const el = await render();
    const link = [...el.shadowRoot!.querySelectorAll('a')].find((a) => a.href === config.video.watchUrl)!;
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.contain('noopener');
    expect(link.textContent).to.contain(ui.app.externalLink);
  });

  it('marks the video watched and goes on to the statements', async () => {
    const el = await render();
    const actions: StoreAction[] = [];
    el.addEventListener(StoreActionEvent.eventName, (e) => actions.push(e.action));
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!;
    expect(button.textContent!.trim()).to.equal(ui.video.watched);
    button.click();
    expect(actions).to.deep.equal([{ type: 'mark-video-watched' }, { type: 'go-to', screen: 'statements' }]);
  });

  it('in review mode offers no "watched" and only goes on when the video was marked watched before', async () => {
    const review = (videoWatched: boolean) =>
      fixture<WedVideoScreen>(
        html`<wed-video-screen
          .state=${{ ...initialState(), screen: 'video', reached: 'video', videoWatched }}
          .readOnly=${true}
        ></wed-video-screen>`,
      );
    const unwatched = await review(false);
    expect(unwatched.shadowRoot!.querySelector('button.primary')).to.equal(null);
    expect(editingInvitationsIn(unwatched.shadowRoot!.textContent!)).to.deep.equal([]);
    const watched = await review(true);
    const actions: StoreAction[] = [];
    watched.addEventListener(StoreActionEvent.eventName, (e) => actions.push(e.action));
    const next = watched.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!;
    expect(next.textContent!.trim()).to.equal(ui.app.next);
    next.click();
    expect(actions).to.deep.equal([{ type: 'go-to', screen: 'statements' }]);
  });

  it('only navigates once the video was marked watched', async () => {
    const el = await render(true);
    const actions: StoreAction[] = [];
    el.addEventListener(StoreActionEvent.eventName, (e) => actions.push(e.action));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    expect(actions).to.deep.equal([{ type: 'go-to', screen: 'statements' }]);
  });
});
