import introJson from '../../content/nl/intro.json';
import type { Json } from './json.js';
import type { IntroContent } from './types.js';

const introShape: Json<IntroContent> = introJson;

/** The Dutch title and introduction, in the launch bundle: all the first screen needs. */
export const dutchIntro: IntroContent = introShape as IntroContent;

/**
 * The title and the introduction in the language shown. A live binding:
 * language.ts replaces it when the language changes, and views read it when they render.
 */
export let introContent: IntroContent = dutchIntro;

export function setIntroContent(content: IntroContent): void {
  introContent = content;
}
