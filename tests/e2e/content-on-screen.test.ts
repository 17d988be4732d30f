import { expect } from '@open-wc/testing';
import { assessment } from '../../src/content/content.js';
import { contentStrings } from '../helpers/content-strings.js';
import { clearSavedState, launchApp } from './app-harness.js';
import { tourEveryScreen } from './screen-tour.js';

describe('every text of the content is on screen', () => {
  beforeEach(clearSavedState);
  afterEach(clearSavedState);

  it('shows every sentence, heading, quote, tip and link across the screens', async () => {
    const { app, store } = await launchApp();
    const seen = await tourEveryScreen(app, store);

    const { texts, hrefs } = contentStrings(assessment);
    const missingTexts = texts.filter((text) => !seen.text.includes(text));
    expect(missingTexts, 'texts not on any screen').to.deep.equal([]);
    const missingHrefs = [...new Set(hrefs)].filter((href) => !seen.hrefs.has(href));
    expect(missingHrefs, 'links not on any screen').to.deep.equal([]);
    expect(texts.length).to.be.greaterThan(100);
  });
});
