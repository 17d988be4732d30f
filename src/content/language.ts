/**
 * The language shown, and swapping the texts when it changes. The texts are
 * live bindings (introContent, launchUi, and later assessment and ui) that
 * views read when they render: setLanguage() first loads every part of the
 * texts in use in the new language, then replaces them all at once and tells
 * its listeners, so a view never mixes two languages.
 *
 * The default language's first screen is in the launch bundle
 * (packs/default-launch.ts); another language loads lazily, in its own
 * chunks, when it is chosen.
 */
import { currentLanguage, languageShown } from './current-language.js';
import { setIntroContent } from './intro.js';
import { DEFAULT_LANGUAGE } from './languages.js';
import type { IntroContent, Language } from './types.js';
import { setLaunchUi, type LaunchUiStrings } from './ui-launch.js';

/** What the first screen and the app's frame need in one language: a module packs/<language>-launch.ts. */
export interface LaunchTexts {
  language: Language;
  intro: IntroContent;
  ui: LaunchUiStrings;
}

/** Loads a part of the texts in a language; the function it resolves to shows them. */
export type TextLoader = (language: Language) => Promise<() => void>;

/** Each language's first-screen texts: the default language's are at hand (the bundle holds them), the others are chunks of their own. */
const LAUNCH_TEXTS: Readonly<Record<Language, () => Promise<LaunchTexts>>> = {
  nl: () => import('./packs/nl-launch.js'),
  en: () => import('./packs/en-launch.js'),
};

const loadLaunchTexts: TextLoader = async (language) => {
  const texts = await LAUNCH_TEXTS[language]();
  return () => {
    setIntroContent(texts.intro);
    setLaunchUi(texts.ui);
  };
};

/** The parts of the texts in use, in the order they are replaced (the first screen's first). */
const loaders: TextLoader[] = [loadLaunchTexts];
let laterTexts: Promise<void> | null = null;
/** Changes run one after the other, so a switch during a load cannot mix languages. */
let queue: Promise<unknown> = Promise.resolve();
/** The language last asked for, and when it is shown: asking for it again waits for nothing else. */
let requested: { language: Language; shown: Promise<boolean> } = {
  language: currentLanguage(),
  shown: Promise.resolve(true),
};

function enqueue<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
}

export { currentLanguage, onLanguageChange } from './current-language.js';

/**
 * Shows the package in `language`. Resolves to false, and changes nothing,
 * when its texts cannot be loaded (a chunk that does not arrive).
 */
export function setLanguage(language: Language): Promise<boolean> {
  if (language === requested.language) return requested.shown;
  const shown = enqueue(() => show(language, loaders));
  requested = { language, shown };
  return shown;
}

/**
 * The texts of the steps after the introduction, in the language shown, from
 * now on swapped with the rest. Loaded once; the app waits for them before it
 * defines those steps' elements, so they never render in another language.
 */
export function loadLaterTexts(): Promise<void> {
  laterTexts ??= enqueue(async () => {
    const loadLater: TextLoader = async (language) => (await import('./later-texts.js')).loadLaterTexts(language);
    loaders.push(loadLater);
    try {
      (await loadLater(currentLanguage()))();
      languageShown(currentLanguage());
    } catch {
      // The current language's later texts did not arrive: everything goes back to the default language.
      if (currentLanguage() !== DEFAULT_LANGUAGE && (await show(DEFAULT_LANGUAGE, loaders))) {
        requested = { language: DEFAULT_LANGUAGE, shown: Promise.resolve(true) };
      }
    }
  });
  return laterTexts;
}

async function show(language: Language, parts: readonly TextLoader[]): Promise<boolean> {
  if (language === currentLanguage()) return true;
  let apply: Array<() => void>;
  try {
    apply = await Promise.all(parts.map((load) => load(language)));
  } catch {
    // Not shown: what is shown stays, and is what asking for a language compares with.
    const shown = currentLanguage();
    if (requested.language === language) requested = { language: shown, shown: Promise.resolve(true) };
    return false;
  }
  for (const replace of apply) replace();
  languageShown(language);
  return true;
}
