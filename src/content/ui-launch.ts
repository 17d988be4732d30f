import launchJson from '../../content/nl/ui.json';

export type LaunchUiStrings = typeof launchJson;

/** The interface strings of the first screen and the app's frame, kept apart from the rest for a small launch. */
export const launchUi: LaunchUiStrings = launchJson;
