import laterJson from '../../content/nl/ui-assessment.json';
import { launchUi } from './ui-launch.js';

export type UiStrings = typeof launchUi & typeof laterJson;

/** All interface strings: the first screen's and those of the steps after it. */
export const ui: UiStrings = { ...launchUi, ...laterJson };
