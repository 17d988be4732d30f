import laterJson from '../../content/nl/ui-assessment.json';
import { launchUi, type LaunchUiStrings } from './ui-launch.js';

/** What content/<lang>/ui-assessment.json holds: the interface strings of the steps after the introduction. */
export type LaterUiStrings = typeof laterJson;
export type UiStrings = LaunchUiStrings & LaterUiStrings;

/** The Dutch interface strings of the steps after the introduction. */
export const dutchLaterUi: LaterUiStrings = laterJson;

/**
 * All interface strings in the language shown: the first screen's and those
 * of the steps after it. A live binding: later-texts.ts replaces it when the language changes.
 */
export let ui: UiStrings = { ...launchUi, ...dutchLaterUi };

/** Shows `strings` for the steps after the introduction (and the first screen's as they are now). */
export function setLaterUi(strings: LaterUiStrings): void {
  ui = { ...launchUi, ...strings };
}
