/** The English texts of the first screen: a chunk of its own, loaded when English is chosen (in the launch bundle when English is the default language). */
import introJson from '../../../content/en/intro.json';
import uiJson from '../../../content/en/ui.json';
import type { Json } from '../json.js';
import type { IntroContent, Language, LaunchUiStrings } from '../types.js';

const introShape: Json<IntroContent> = introJson;

export const language: Language = 'en';
export const intro: IntroContent = introShape as IntroContent;
export const ui: LaunchUiStrings = uiJson;
