/**
 * Every language's texts at once, for what is reported in all of them: xAPI
 * activity definitions (the xAPI chunk only). Views use texts.ts, which
 * holds only the language shown; SCORM 2004's descriptions get those through
 * Tracker.setTexts.
 */
import * as englishLaunch from './packs/en-launch.js';
import * as englishLater from './packs/en-later.js';
import * as dutchLaunch from './packs/nl-launch.js';
import * as dutchLater from './packs/nl-later.js';
import type { AssessmentContent, Language } from './types.js';

export const CONTENT_BY_LANGUAGE: Readonly<Record<Language, AssessmentContent>> = {
  nl: { ...dutchLaunch.intro, ...dutchLater.assessment },
  en: { ...englishLaunch.intro, ...englishLater.assessment },
};
