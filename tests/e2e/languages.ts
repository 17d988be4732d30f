import { CONTENT_BY_LANGUAGE } from '../../src/content/all-languages.js';
import { config } from '../../src/content/config.js';
import { setLanguage } from '../../src/content/language.js';
import * as englishLaunch from '../../src/content/packs/en-launch.js';
import * as englishLater from '../../src/content/packs/en-later.js';
import * as dutchLaunch from '../../src/content/packs/nl-launch.js';
import * as dutchLater from '../../src/content/packs/nl-later.js';
import type { AssessmentContent, Language } from '../../src/content/types.js';
import type { UiStrings } from '../../src/content/ui.js';
import type { Connection } from '../../src/tracking/connect.js';
import { standaloneConnection } from './app-harness.js';

export { LANGUAGES } from '../../src/content/types.js';

/** What the learner reads in each language, as content/<language>/ has it: the assessment's texts and the interface's. */
export const TEXTS: Readonly<Record<Language, { content: AssessmentContent; ui: UiStrings }>> = {
  nl: { content: CONTENT_BY_LANGUAGE.nl, ui: { ...dutchLaunch.ui, ...dutchLater.ui } },
  en: { content: CONTENT_BY_LANGUAGE.en, ui: { ...englishLaunch.ui, ...englishLater.ui } },
};

/**
 * The standalone package launched in `language`: the default language as it
 * opens without asking, any other with `?lang=<language>` in the address.
 */
export function launchedIn(language: Language): Connection {
  return standaloneConnection(language === config.defaultLanguage ? null : language);
}

/** After a test in another language: the page shows the default language again, as the next test expects. */
export async function backToDefaultLanguage(): Promise<void> {
  await setLanguage(config.defaultLanguage);
}
