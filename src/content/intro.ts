import { intro as defaultIntro } from './packs/default-launch.js';
import type { IntroContent } from './types.js';

/**
 * The title and the introduction in the language shown: all the first screen
 * needs, in the default language at launch. A live binding: language.ts
 * replaces it when the language changes, and views read it when they render.
 */
export let introContent: IntroContent = defaultIntro;

export function setIntroContent(content: IntroContent): void {
  introContent = content;
}
