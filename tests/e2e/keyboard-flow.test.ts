import { expect } from '@open-wc/testing';
import { texts } from '../../src/content/texts.js';
import type { Language } from '../../src/content/types.js';
import { deepText } from '../helpers/dom.js';
import { clearSavedState, currentScreen, launchApp } from './app-harness.js';
import { completeByKeyboard } from './keyboard-run.js';
import { LANGUAGES, TEXTS, backToDefaultLanguage, launchedIn } from './languages.js';

/** What the learner types for Q1 and for the first action. */
const TYPED: Record<Language, { improvement: string; action: string }> = {
  nl: { improvement: 'Meer uitvragen bij intake', action: 'Collega vragen mee te kijken' },
  en: { improvement: 'Ask more questions at intake', action: 'Ask a colleague to watch along' },
};

for (const language of LANGUAGES) {
  describe(`keyboard only, from introduction to done (${language})`, () => {
    beforeEach(clearSavedState);
    afterEach(async () => {
      clearSavedState();
      await backToDefaultLanguage();
    });

    it('completes the whole assessment in the language launched', async () => {
      const { content, ui } = TEXTS[language];
      const { app, store } = await launchApp(launchedIn(language));
      await completeByKeyboard(
        app,
        store,
        {
          start: ui.intro.start,
          videoHeading: content.video.heading,
          watched: ui.video.watched,
          statementsHeading: content.statements.heading,
          next: ui.app.next,
          analysisHeading: content.analysis.heading,
          planHeading: content.plan.heading,
          addAction: ui.plan.addAction,
          finish: ui.plan.finish,
          doneHeading: ui.done.heading,
          ...TYPED[language],
        },
        // On the way, the screens are in the language launched.
        async (screen) => {
          if (screen === 'statements') expect(deepText(currentScreen(app))).to.contain(content.pillars[2]!.statements[0]!.text);
          if (screen === 'analysis') expect(deepText(currentScreen(app))).to.contain(content.pillars[2]!.recommendationsHeading);
        },
      );
      expect(texts.language).to.equal(language);
      expect(document.documentElement.lang).to.equal(language);
    });
  });
}
