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
 * The standalone package on this page's localStorage, launched with `?lang=<language>`
 * when a language is given (as a link to the web folder can be).
 */
export function standaloneConnection(language: string | null = null): Connection {
  return { tracker: new StandaloneTracker(new BrowserStorage(window.localStorage, TEST_STORAGE_KEY), language), lmsMissing: false };
}

/**
 * Starts the app as app.ts does, standalone on this page's localStorage unless
 * told otherwise. A second call is a reload: a resumed attempt opens on the
 * introduction, and the harness then presses its "continue" button as the
 * learner would, unless `stayOnIntro`.
 */
export async function launchApp(
  connection: Connection = standaloneConnection(),
  leave?: (url: string) => void,
  { stayOnIntro = false } = {},
): Promise<{ app: WedApp; store: AssessmentStore }> {
  const app = await fixture<WedApp>(html`<wed-app></wed-app>`);
  const store = await start(app, connection, leave ?? ((url) => window.location.assign(url)));
  await app.updateComplete;
  if (!stayOnIntro && app.welcomeBack) {
    await customElements.whenDefined('wed-intro-screen');
    const intro = currentScreen(app) as HTMLElement & { updateComplete: Promise<unknown> };
    await intro.updateComplete;
    intro.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    await app.updateComplete;
  }
  return { app, store };
}

/**
 * Makes the browser say it prefers `languages` (navigator.language and
 * navigator.languages), as a Dutch learner's browser set to English does;
 * returns the undo. The package must not care.
 */
export function browserPrefers(languages: readonly string[]): () => void {
  Object.defineProperty(navigator, 'languages', { configurable: true, get: () => Object.freeze([...languages]) });
  Object.defineProperty(navigator, 'language', { configurable: true, get: () => languages[0] ?? '' });
  return () => {
    Reflect.deleteProperty(navigator, 'languages');
    Reflect.deleteProperty(navigator, 'language');
  };
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
export async function rendered(app: WedApp): Promise<void> {
  await app.updateComplete;
  // Until the learner's screen is defined, the previous one stays on show.
  const wanted = `wed-${app.welcomeBack ? 'intro' : app.store.state.screen}-screen`;
  await customElements.whenDefined(wanted);
  while (currentScreen(app).localName !== wanted) {
    await app.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
  }
  const screen = currentScreen(app) as HTMLElement & { updateComplete?: Promise<unknown> };
  await screen.updateComplete;
  // A task, not an animation frame: frames do not run in a background test page.
  await new Promise((resolve) => setTimeout(resolve));
  await screen.updateComplete;
}
