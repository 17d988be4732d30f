import { expect } from '@open-wc/testing';
import { contentStrings } from '../helpers/content-strings.js';
import { clearSavedState, launchApp } from './app-harness.js';
import { LANGUAGES, TEXTS, backToDefaultLanguage, launchedIn } from './languages.js';
import { tourEveryScreen } from './screen-tour.js';

for (const language of LANGUAGES) {
  describe(`every screen, launched in ${language}`, () => {
    beforeEach(clearSavedState);
    afterEach(async () => {
      clearSavedState();
      await backToDefaultLanguage();
    });

    it('together the screens show every sentence, heading, quote, tip and link of the content, and no statement in another language', async () => {
      const { app, store } = await launchApp(launchedIn(language));
      const seen = await tourEveryScreen(app, store);

      const { texts, hrefs } = contentStrings(TEXTS[language].content);
      const missingTexts = texts.filter((text) => !seen.text.includes(text));
      expect(missingTexts, 'texts not on any screen').to.deep.equal([]);
      const missingHrefs = [...new Set(hrefs)].filter((href) => !seen.hrefs.has(href));
      expect(missingHrefs, 'links not on any screen').to.deep.equal([]);
      expect(texts.length).to.be.greaterThan(100);
      for (const other of LANGUAGES.filter((candidate) => candidate !== language)) {
        for (const pillar of TEXTS[other].content.pillars) {
          for (const statement of pillar.statements) expect(seen.text, other).not.to.contain(statement.text);
        }
      }
    });

    it('is axe clean', async () => {
      const { app, store } = await launchApp(launchedIn(language));
      await tourEveryScreen(app, store, async () => {
        await expect(app).to.be.accessible();
      });
    });
  });
}
