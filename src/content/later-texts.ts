/** Swaps the texts of the steps after the introduction; loaded with them, and registered by language.ts. */
import { dutchLaterContent, setLaterContent, type LaterContent } from './content.js';
import type { Language } from './types.js';
import { dutchLaterUi, setLaterUi, type LaterUiStrings } from './ui.js';

/** What the steps after the introduction need in one language. */
export interface LaterTexts {
  assessment: LaterContent;
  ui: LaterUiStrings;
}

const LATER_TEXTS: Readonly<Record<Language, () => Promise<LaterTexts>>> = {
  nl: () => Promise.resolve({ assessment: dutchLaterContent, ui: dutchLaterUi }),
  en: async () => (await import('./packs/en-later.js')).laterTexts,
};

export async function loadLaterTexts(language: Language): Promise<() => void> {
  const texts = await LATER_TEXTS[language]();
  return () => {
    setLaterContent(texts.assessment);
    setLaterUi(texts.ui);
  };
}
