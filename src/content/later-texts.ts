/** Swaps the texts of the steps after the introduction; loaded with them, and registered by language.ts. */
import { setLaterContent, type LaterContent } from './content.js';
import type { Language } from './types.js';
import { setLaterUi, type LaterUiStrings } from './ui.js';

/** What the steps after the introduction need in one language: a module packs/<language>-later.ts. */
export interface LaterTexts {
  assessment: LaterContent;
  ui: LaterUiStrings;
}

/** Each language's texts: the default language's are at hand (content.ts and ui.ts start with them), the others are chunks of their own. */
const LATER_TEXTS: Readonly<Record<Language, () => Promise<LaterTexts>>> = {
  nl: () => import('./packs/nl-later.js'),
  en: () => import('./packs/en-later.js'),
};

export async function loadLaterTexts(language: Language): Promise<() => void> {
  const texts = await LATER_TEXTS[language]();
  return () => {
    setLaterContent(texts.assessment);
    setLaterUi(texts.ui);
  };
}
