/**
 * Every language's texts at once, for what is reported in all of them: xAPI
 * activity definitions (the xAPI chunk only). Views, and SCORM 2004's
 * descriptions, use content.ts, which holds only the language shown.
 */
import { dutchLaterContent } from './content.js';
import { dutchIntro } from './intro.js';
import { launchTexts as englishLaunch } from './packs/en-launch.js';
import { laterTexts as englishLater } from './packs/en-later.js';
import type { AssessmentContent, Language } from './types.js';

export const CONTENT_BY_LANGUAGE: Readonly<Record<Language, AssessmentContent>> = {
  nl: { ...dutchIntro, ...dutchLaterContent },
  en: { ...englishLaunch.intro, ...englishLater.assessment },
};
