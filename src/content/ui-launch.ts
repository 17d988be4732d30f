import type dutchUi from '../../content/nl/ui.json';
import { ui as defaultLaunchUi } from './packs/default-launch.js';

/** What content/<lang>/ui.json holds; every language has the same keys (the content check compares them). */
export type LaunchUiStrings = typeof dutchUi;

/**
 * The interface strings of the first screen and the app's frame in the language
 * shown, in the default language at launch.
 * A live binding: language.ts replaces it when the language changes.
 */
export let launchUi: LaunchUiStrings = defaultLaunchUi;

export function setLaunchUi(strings: LaunchUiStrings): void {
  launchUi = strings;
}
