import { expect } from '@open-wc/testing';
import { assessment } from '../../src/content/content.js';
import { SCREEN_IDS } from '../../src/model/state.js';
import { contentStrings, normalise } from '../helpers/content-strings.js';
import { deepQueryAll, deepText } from '../helpers/dom.js';
import { clearSavedState, launchApp, settle } from './app-harness.js';

describe('every text of the content is on screen', () => {
  beforeEach(clearSavedState);
  afterEach(clearSavedState);

  it('shows every sentence, heading, quote, tip and link across the screens', async () => {
    const { app, store } = await launchApp();
    let seenText = '';
    const seenHrefs = new Set<string>();
    const look = async () => {
      await settle(app);
      seenText += ` ${deepText(app)}`;
      for (const a of deepQueryAll<HTMLAnchorElement>(app, 'a[href]')) seenHrefs.add(a.getAttribute('href')!);
    };

    // Everything agreed: every pillar's advice is folded, and the choose-a-pillar prompt shows.
    store.dispatch({ type: 'go-to', screen: 'video' });
    store.dispatch({ type: 'mark-video-watched' });
    store.dispatch({ type: 'go-to', screen: 'statements' });
    for (const pillar of assessment.pillars) {
      for (const statement of pillar.statements) store.dispatch({ type: 'answer', statement: statement.id, answer: 'eens' });
    }
    for (const screen of SCREEN_IDS.slice(0, 5)) {
      store.dispatch({ type: 'go-to', screen });
      await look();
    }
    store.dispatch({ type: 'finish' });
    await look();

    const { texts, hrefs } = contentStrings(assessment);
    const screenText = normalise(seenText);
    const missingTexts = texts.filter((text) => !screenText.includes(text));
    expect(missingTexts, 'texts not on any screen').to.deep.equal([]);
    const missingHrefs = [...new Set(hrefs)].filter((href) => !seenHrefs.has(href));
    expect(missingHrefs, 'links not on any screen').to.deep.equal([]);
    expect(texts.length).to.be.greaterThan(100);
  });
});
