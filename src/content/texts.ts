/**
 * The texts shown and the language they are in: the one place views read
 * them from (when they render; elements re-render on a change through
 * TextsController). The first screen's texts are always at hand, at launch
 * the default language's from the launch bundle; the later steps' texts once
 * loadLaterTexts() has loaded them. Another language is loaded in its own
 * chunks: every part in use first, then all are replaced at once, so a view
 * never shows two languages.
 *
 * The learner's saved choice (state.language, null until made) is another
 * thing: it decides which language start.ts asks for, this says which one is shown.
 */
import { intro, language, ui } from './packs/default-launch.js';
import type { AssessmentContent, IntroContent, Language, LaterPack, LaunchPack, LaunchUiStrings, UiStrings } from './types.js';

/** Where each language's texts come from. */
export interface Packs {
  launch: Readonly<Record<Language, () => Promise<LaunchPack>>>;
  later: Readonly<Record<Language, () => Promise<LaterPack>>>;
}

/** All texts, the first screen's with the later steps'. */
interface AllTexts {
  assessment: AssessmentContent;
  ui: UiStrings;
}

export class Texts {
  #launch: LaunchPack;
  /** Null until the later steps' texts are loaded; from then on every change of language loads them too. */
  #all: AllTexts | null = null;
  #later: Promise<void> | null = null;
  /** The language the package started in: where it goes back to when the later texts of another do not arrive. */
  readonly #startLanguage: Language;
  /** Changes run one after the other, so a switch during a load cannot mix languages. */
  #queue: Promise<unknown> = Promise.resolve();
  /** The language last asked for, and when it is shown: asking for it again waits for nothing else. */
  #requested: { language: Language; shown: Promise<boolean> };
  readonly #listeners = new Set<() => void>();

  constructor(start: LaunchPack) {
    this.#launch = start;
    this.#startLanguage = start.language;
    this.#requested = { language: start.language, shown: Promise.resolve(true) };
  }

  get language(): Language {
    return this.#launch.language;
  }

  get intro(): IntroContent {
    return this.#launch.intro;
  }

  /** The interface strings of the first screen and the app's frame. */
  get launchUi(): LaunchUiStrings {
    return this.#launch.ui;
  }

  /** Whether the later steps' texts are loaded, so that `assessment` and `ui` can be read. */
  get hasLater(): boolean {
    return this.#all !== null;
  }

  /** All texts of the assessment, the introduction's and the later steps'. */
  get assessment(): AssessmentContent {
    return this.#allTexts().assessment;
  }

  /** All interface strings. */
  get ui(): UiStrings {
    return this.#allTexts().ui;
  }

  /** Called after every change of the texts: another language, or the later steps' texts arriving. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Shows `language`, its texts loaded from `packs`. Resolves to false, and
   * changes nothing, when they cannot be loaded (a chunk that does not arrive).
   */
  setLanguage(language: Language, packs: Packs): Promise<boolean> {
    if (language === this.#requested.language) return this.#requested.shown;
    const shown = this.#enqueue(() => this.#show(language, packs));
    this.#requested = { language, shown };
    return shown;
  }

  /**
   * Loads the later steps' texts in the language shown, once. Should they not
   * arrive, everything goes back to the language the package started in;
   * rejects (and may be tried again) when even that fails.
   */
  loadLater(packs: Packs): Promise<void> {
    this.#later ??= this.#enqueue(async () => {
      const language = this.language;
      try {
        this.#replace(this.#launch, await packs.later[language]());
        return;
      } catch (error) {
        if (language !== this.#startLanguage && (await this.#show(this.#startLanguage, packs, true))) {
          if (this.#requested.language === language) this.#requested = { language: this.language, shown: Promise.resolve(true) };
          return;
        }
        this.#later = null;
        throw error;
      }
    });
    return this.#later;
  }

  #allTexts(): AllTexts {
    if (!this.#all) throw new Error('The later steps’ texts are not loaded yet (texts.loadLater)');
    return this.#all;
  }

  #enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #show(language: Language, packs: Packs, later = this.hasLater): Promise<boolean> {
    if (language === this.language && later === this.hasLater) return true;
    let loaded: [LaunchPack, LaterPack | null];
    try {
      loaded = await Promise.all([packs.launch[language](), later ? packs.later[language]() : null]);
    } catch {
      // Not shown: what is shown stays, and is what asking for a language compares with.
      if (this.#requested.language === language) this.#requested = { language: this.language, shown: Promise.resolve(true) };
      return false;
    }
    this.#replace(...loaded);
    return true;
  }

  #replace(launch: LaunchPack, later: LaterPack | null): void {
    this.#launch = launch;
    this.#all = later && { assessment: { ...launch.intro, ...later.assessment }, ui: { ...launch.ui, ...later.ui } };
    for (const listener of this.#listeners) listener();
  }
}

/** The texts the package shows. */
export const texts = new Texts({ language, intro, ui });

const PACKS: Packs = {
  launch: { nl: () => import('./packs/nl-launch.js'), en: () => import('./packs/en-launch.js') },
  later: { nl: () => import('./packs/nl-later.js'), en: () => import('./packs/en-later.js') },
};

// Functions rather than methods, with the packs out of the holder: a bundle that only reads the
// texts (the team report, which inlines every dynamic import) then leaves the other languages out.

/** Shows the package in `language`; false, and nothing changed, when its texts cannot be loaded. */
export function setLanguage(language: Language): Promise<boolean> {
  return texts.setLanguage(language, PACKS);
}

/** The later steps' texts, in the language shown; the app defines those steps' elements once they are there. */
export function loadLaterTexts(): Promise<void> {
  return texts.loadLater(PACKS);
}
