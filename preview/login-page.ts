import { html, render } from 'lit';
import { addPreviewStylesheet } from './frames.js';

/** Every localStorage key of the preview itself (LMS database, settings, xAPI registration) starts with this. */
const PREVIEW_KEY_PREFIX = 'wed-preview:';

/**
 * Shows Moodle's login page in `frame`, as Moodle's keep-alive does ~29 s
 * after the session was lost. Navigating there unloads the package, so its
 * pagehide handlers run. Resolves once the page is shown.
 */
export function showLoginPage(frame: HTMLIFrameElement, onLogIn: () => void): Promise<void> {
  return new Promise((resolve) => {
    frame.addEventListener(
      'load',
      () => {
        const doc = frame.contentDocument;
        if (doc) fillLoginPage(doc, onLogIn);
        resolve();
      },
      { once: true },
    );
    frame.src = 'about:blank';
  });
}

function fillLoginPage(doc: Document, onLogIn: () => void): void {
  doc.documentElement.lang = 'en';
  doc.title = 'Log in to the site';
  addPreviewStylesheet(doc);
  doc.body.classList.add('login-page');
  render(
    html`<main>
      <h1>Log in to the site</h1>
      <p>Your session has ended (it expired, or you logged out elsewhere), so Moodle sent this tab to its login page.</p>
      <p>
        Logging in clears this site's localStorage, as Moodle 4.5 does at every login: whatever the package kept there is gone; its
        IndexedDB is not touched. The preview's LMS database and settings stand for the server and stay.
      </p>
      <button type="button" id="log-in" @click=${onLogIn}>Log in again</button>
    </main>`,
    doc.body,
  );
}

/**
 * What Moodle 4.5's login does to the browser: `localStorage.clear()` on the
 * site, here without the preview's own keys. Returns how many keys were removed.
 */
export function clearSiteStorage(storage: Storage | null): number {
  if (!storage) return 0;
  try {
    const keys: string[] = [];
    for (let index = 0; index < storage.length; index++) {
      const key = storage.key(index);
      if (key !== null && !key.startsWith(PREVIEW_KEY_PREFIX)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
    return keys.length;
  } catch {
    return 0;
  }
}
