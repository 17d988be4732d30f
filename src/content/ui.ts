import nl from '../../content/nl/ui.json';

export type UiStrings = typeof nl;

export const ui: UiStrings = nl;
