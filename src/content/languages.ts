/**
 * Which language the learner gets: pure functions over the sources that say
 * something about it. Only the languages in LANGUAGES are offered; a
 * preference for any other language is passed over.
 */
import { config } from './config.js';
import { LANGUAGES, type Language } from './types.js';

/**
 * The language the package starts in when neither the learner nor the launch
 * chooses one: content/config.json's defaultLanguage, whose texts the build
 * puts in the launch bundle. The browser's language never decides (docs/languages.md).
 */
export const DEFAULT_LANGUAGE: Language = config.defaultLanguage;

/** Links point to Dutch sources unless their content says otherwise (LinkSegment.hreflang). */
export const SOURCE_LANGUAGE: Language = 'nl';

/** Tags with a region, as xAPI language maps, statements' context.language and the manifests use them. */
export const LANGUAGE_TAGS: Readonly<Record<Language, string>> = { nl: 'nl-NL', en: 'en-US' };

/** What LMSs and launch URLs write for an offered language: ISO 639-1 and -2 codes, and the names. */
const NAMES: Readonly<Record<string, Language>> = {
  nl: 'nl',
  nld: 'nl',
  dut: 'nl',
  dutch: 'nl',
  nederlands: 'nl',
  en: 'en',
  eng: 'en',
  english: 'en',
  engels: 'en',
};

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/** The offered language one preference names ('en-GB', 'en_US', 'EN', 'eng', 'English' → 'en'), or null. */
export function offeredLanguage(preference: string): Language | null {
  const primary = preference.trim().toLowerCase().split(/[^a-z]/)[0] ?? '';
  return Object.hasOwn(NAMES, primary) ? (NAMES[primary] ?? null) : null;
}

/**
 * The first offered language of a preference: one tag, or a comma-separated
 * list most preferred first (cmi5's languagePreference; q-values are ignored).
 */
export function firstOfferedLanguage(preference: string | null | undefined): Language | null {
  if (!preference) return null;
  for (const tag of preference.split(',')) {
    const language = offeredLanguage(tag);
    if (language) return language;
  }
  return null;
}

export interface LanguageSources {
  /** The learner's own choice, kept in the saved state; null when never made. */
  chosen: Language | null;
  /**
   * The learner's language as the LMS or the launch gives it (SCORM's learner
   * preference, cmi5's languagePreference, a lang launch parameter); null when none does.
   */
  lms: string | null;
}

/**
 * The learner's own choice, else the LMS's or the launch's preference, else the
 * default language. Not the browser's language: a Dutch learner's browser is
 * often set to English, and the LMS (Moodle) states no preference of its own.
 */
export function chooseLanguage({ chosen, lms }: LanguageSources): Language {
  return chosen ?? firstOfferedLanguage(lms) ?? DEFAULT_LANGUAGE;
}

/** The other language the switch offers (with two languages, simply the other one). */
export function otherLanguage(language: Language): Language {
  return LANGUAGES.find((candidate) => candidate !== language) ?? DEFAULT_LANGUAGE;
}
