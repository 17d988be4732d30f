/** The Dutch texts of the first screen: in the launch bundle when Dutch is the default language (as shipped), else a chunk of its own. */
import introJson from '../../../content/nl/intro.json';
import uiJson from '../../../content/nl/ui.json';
import type { Json } from '../json.js';
import type { IntroContent, Language, LaunchUiStrings } from '../types.js';

const introShape: Json<IntroContent> = introJson;

export const language: Language = 'nl';
export const intro: IntroContent = introShape as IntroContent;
export const ui: LaunchUiStrings = uiJson;
