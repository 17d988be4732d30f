import launchJson from '../../content/nl/ui.json';

export type LaunchUiStrings = typeof launchJson;

/** The Dutch interface strings of the first screen and the app's frame, in the launch bundle. */
export const dutchLaunchUi: LaunchUiStrings = launchJson;

/**
 * The interface strings of the first screen and the app's frame in the language shown.
 * A live binding: language.ts replaces it when the language changes.
 */
export let launchUi: LaunchUiStrings = dutchLaunchUi;

export function setLaunchUi(strings: LaunchUiStrings): void {
  launchUi = strings;
}
