import introJson from '../../content/nl/intro.json';
import type { Json } from './json.js';
import type { IntroContent } from './types.js';

const introShape: Json<IntroContent> = introJson;

/** The title and the introduction: all the first screen needs, kept apart from the rest for a small launch. */
export const introContent: IntroContent = introShape as IntroContent;
