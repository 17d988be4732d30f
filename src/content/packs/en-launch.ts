/** The English texts of the first screen: a chunk of its own, loaded when English is chosen. */
import introJson from '../../../content/en/intro.json';
import uiJson from '../../../content/en/ui.json';
import type { Json } from '../json.js';
import type { LaunchTexts } from '../language.js';
import type { IntroContent } from '../types.js';

const introShape: Json<IntroContent> = introJson;

export const launchTexts: LaunchTexts = { intro: introShape as IntroContent, ui: uiJson };
