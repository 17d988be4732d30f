import type dutchLaterUi from '../../content/nl/ui-assessment.json';
import { ui as defaultLaterUi } from './packs/default-later.js';
import { launchUi, type LaunchUiStrings } from './ui-launch.js';

/** What content/<lang>/ui-assessment.json holds: the interface strings of the steps after the introduction. */
export type LaterUiStrings = typeof dutchLaterUi;
export type UiStrings = LaunchUiStrings & LaterUiStrings;

/**
 * All interface strings in the language shown: the first screen's and those
 * of the steps after it, in the default language at launch. A live binding:
 * later-texts.ts replaces it when the language changes.
 */
export let ui: UiStrings = { ...launchUi, ...defaultLaterUi };

/** Shows `strings` for the steps after the introduction (and the first screen's as they are now). */
export function setLaterUi(strings: LaterUiStrings): void {
  ui = { ...launchUi, ...strings };
}
