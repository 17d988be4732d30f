import { fixture, html } from '@open-wc/testing';
import '../../src/elements/wed-app.js';
import type { WedApp } from '../../src/elements/wed-app.js';
import { BrowserStorage } from '../../src/persistence/browser-storage.js';
import { start } from '../../src/start.js';
import type { AssessmentStore } from '../../src/store/assessment-store.js';
import type { Connection } from '../../src/tracking/connect.js';
import { StandaloneTracker } from '../../src/tracking/standalone-tracker.js';

/** One key per test page: pages run side by side and share one localStorage. */
export const TEST_STORAGE_KEY = `wed-test-${crypto.randomUUID()}:state`;

/**
 * The browser languages tests launch with unless told otherwise: a Dutch browser, so a
 * test does not depend on the machine's language (the browser's preference picks the language).
 */
export const DUTCH_BROWSER: readonly string[] = ['nl-NL', 'nl'];

/** Starts the app as main.ts does, standalone on this page's localStorage unless told otherwise. A second call is a reload. */
export async function launchApp(
  connection: Connection = {
    tracker: new StandaloneTracker(new BrowserStorage(window.localStorage, TEST_STORAGE_KEY)),
    lmsMissing: false,
  },
  leave?: (url: string) => void,
  browserLanguages: readonly string[] = DUTCH_BROWSER,
): Promise<{ app: WedApp; store: AssessmentStore }> {
  const app = await fixture<WedApp>(html`<wed-app></wed-app>`);
  const store = await start(app, connection, leave ?? ((url) => window.location.assign(url)), browserLanguages);
  await app.updateComplete;
  return { app, store };
}

export function clearSavedState(): void {
  window.localStorage.removeItem(TEST_STORAGE_KEY);
  window.localStorage.removeItem(`${TEST_STORAGE_KEY}:unreadable`);
}

/** The element of the current screen inside the app. */
export function currentScreen(app: WedApp): HTMLElement {
  return app.shadowRoot!.querySelector<HTMLElement>('[data-screen]')!;
}

/** Waits until the app and its current screen have rendered. */
export async function settle(app: WedApp): Promise<void> {
  await app.updateComplete;
  await customElements.whenDefined(currentScreen(app).localName);
  const screen = currentScreen(app) as HTMLElement & { updateComplete?: Promise<unknown> };
  await screen.updateComplete;
  // A task, not an animation frame: frames do not run in a background test page.
  await new Promise((resolve) => setTimeout(resolve));
  await screen.updateComplete;
}
