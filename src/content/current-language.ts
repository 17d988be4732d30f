/**
 * The language shown, on its own: views that only need to know it (links
 * saying "(in Dutch)", dates) import this, not language.ts with its loaders,
 * so a bundle using them (the team report) does not take the other languages' texts along.
 */
import { language as startLanguage } from './packs/default-launch.js';
import type { Language } from './types.js';

/** At first the language of the texts the bundle starts with: the default language's, the team report's Dutch. */
let current: Language = startLanguage;
const listeners = new Set<(language: Language) => void>();

export function currentLanguage(): Language {
  return current;
}

/**
 * Called once the texts of a language are in place: after every change of
 * language, and when the texts of the later steps arrive in the language shown.
 */
export function onLanguageChange(listener: (language: Language) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For language.ts, once it has put the texts of `language` in place. */
export function languageShown(language: Language): void {
  current = language;
  for (const listener of listeners) listener(language);
}
