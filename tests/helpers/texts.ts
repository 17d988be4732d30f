import { CONTENT_BY_LANGUAGE } from '../../src/content/all-languages.js';
import * as englishLaunch from '../../src/content/packs/en-launch.js';
import * as englishLater from '../../src/content/packs/en-later.js';
import * as dutchLaunch from '../../src/content/packs/nl-launch.js';
import * as dutchLater from '../../src/content/packs/nl-later.js';
import type { AssessmentContent, Language, UiStrings } from '../../src/content/types.js';

/**
 * What the learner reads in each language, as content/<language>/ has it: the
 * assessment's texts and the interface's. The tests compare what is on screen
 * with these, not with the texts holder they test.
 */
export const TEXTS: Readonly<Record<Language, { content: AssessmentContent; ui: UiStrings }>> = {
  nl: { content: CONTENT_BY_LANGUAGE.nl, ui: { ...dutchLaunch.ui, ...dutchLater.ui } },
  en: { content: CONTENT_BY_LANGUAGE.en, ui: { ...englishLaunch.ui, ...englishLater.ui } },
};
