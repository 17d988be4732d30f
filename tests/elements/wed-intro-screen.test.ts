import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/wed-intro-screen.js';
import type { WedIntroScreen } from '../../src/elements/wed-intro-screen.js';
import { begin, initialState } from '../../src/model/transitions.js';
import { StoreActionEvent } from '../../src/elements/events.js';
import { deepText } from '../helpers/dom.js';
import { editingInvitationsIn } from '../helpers/read-only.js';
import { TEXTS } from '../helpers/texts.js';

/** The texts shown: these tests run in Dutch, the language the package starts in. */
const { content: assessment, ui } = TEXTS.nl;

describe('wed-intro-screen', () => {
  const render = (state = initialState()) => fixture<WedIntroScreen>(html`<wed-intro-screen .state=${state}></wed-intro-screen>`);

  it('is accessible', async () => {
    await expect(await render()).to.be.accessible();
  });

  it('shows the title, the four steps, the client quote and the source', async () => {
    const text = deepText(await render());
    expect(text).to.contain(assessment.title);
    for (const step of assessment.intro.steps) expect(text).to.contain(step.text);
    expect(text).to.contain(assessment.intro.quote.text);
    expect(text).to.contain(assessment.intro.quote.attribution);
  });

  it('starts with the video', async () => {
    const el = await render();
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!;
    expect(button.textContent!.trim()).to.equal(ui.intro.start);
    setTimeout(() => button.click());
    const event = await oneEvent<StoreActionEvent>(el, StoreActionEvent.eventName);
    expect(event.action).to.deep.equal({ type: 'begin' });
    expect(begin(el.state).screen).to.equal('video');
  });

  it('offers to resume at the furthest screen reached', async () => {
    const el = await render({ ...initialState(), reached: 'statements', videoWatched: true });
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!;
    expect(button.textContent!.trim()).to.equal(ui.intro.resume);
    setTimeout(() => button.click());
    const event = await oneEvent<StoreActionEvent>(el, StoreActionEvent.eventName);
    expect(event.action).to.deep.equal({ type: 'begin' });
    expect(begin(el.state).screen).to.equal('statements');
  });

  it('in review mode offers to look, not to start or to continue', async () => {
    const review = (state = initialState()) =>
      fixture<WedIntroScreen>(html`<wed-intro-screen .state=${state} .readOnly=${true}></wed-intro-screen>`);
    const fresh = await review();
    expect(fresh.shadowRoot!.querySelector('button.primary')!.textContent!.trim()).to.equal(ui.intro.browse);
    const reached = await review({ ...initialState(), reached: 'done', videoWatched: true, finished: true });
    const button = reached.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!;
    expect(button.textContent!.trim()).to.equal(ui.intro.review);
    for (const el of [fresh, reached]) expect(editingInvitationsIn(deepText(el))).to.deep.equal([]);
    setTimeout(() => button.click());
    const event = await oneEvent<StoreActionEvent>(reached, StoreActionEvent.eventName);
    expect(event.action).to.deep.equal({ type: 'begin' });
    expect(begin(reached.state).screen).to.equal('done');
  });

  it('focuses its heading on request', async () => {
    const el = await render();
    await el.focusHeading();
    expect(el.shadowRoot!.activeElement?.localName).to.equal('h1');
  });
});
