import { addPreviewStylesheet, unloadFrame } from './frames.js';
import type { PreviewSession } from './scorm-session.js';

/**
 * The same attempt opened in a second Moodle tab. Moodle's player page is a
 * frame holding this tab's own API, with the package in a frame inside it, so
 * the package finds this API first, as it would in a tab of its own.
 */
export class SecondTab {
  readonly packageFrame: HTMLIFrameElement;
  readonly #host: HTMLIFrameElement;

  constructor(
    container: HTMLElement,
    readonly session: PreviewSession,
    packageUrl: string,
  ) {
    this.#host = document.createElement('iframe');
    this.#host.className = 'tab-frame';
    this.#host.title = 'Tab 2: Moodle player page';
    container.append(this.#host);
    // A frame without src holds an empty same-origin document right away.
    const win = this.#host.contentWindow;
    const doc = this.#host.contentDocument;
    if (!win || !doc) throw new Error('The second tab has no document');
    addPreviewStylesheet(doc);
    doc.documentElement.lang = 'en';
    doc.body.classList.add('tab-player');
    session.mount(win);
    this.packageFrame = doc.createElement('iframe');
    this.packageFrame.title = 'Assessment, tab 2';
    this.packageFrame.src = new URL(packageUrl, document.baseURI).href;
    doc.body.append(this.packageFrame);
  }

  get packageWindow(): Window | null {
    return this.packageFrame.contentWindow;
  }

  /** Closes the tab: the package unloads first (its pagehide handlers run), then the LMS ends the session. */
  async close(): Promise<void> {
    await unloadFrame(this.packageFrame);
    this.session.close();
    this.#host.remove();
  }
}
