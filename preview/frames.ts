/** How long to wait for a package to unload before going on anyway. */
const UNLOAD_TIMEOUT_MS = 3000;

/** Navigates `frame` to about:blank, so the page in it unloads (its pagehide handlers run). */
export function unloadFrame(frame: HTMLIFrameElement): Promise<void> {
  if (!frame.getAttribute('src')) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = window.setTimeout(resolve, UNLOAD_TIMEOUT_MS);
    frame.addEventListener(
      'load',
      () => {
        window.clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
    frame.src = 'about:blank';
  });
}

/** Gives a document the preview builds inside a frame the preview's stylesheet. */
export function addPreviewStylesheet(doc: Document): void {
  const stylesheet = doc.createElement('link');
  stylesheet.rel = 'stylesheet';
  stylesheet.href = new URL('preview.css', document.baseURI).href;
  doc.head.append(stylesheet);
}
