import { importRetrying } from './import-retrying.js';

/**
 * The introduction is in index.html already (scripts/prerender/): the app is
 * loaded once that has been painted, so its start-up work does not hold the
 * first paint back.
 */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    // A hidden page paints no frames; the timeout also covers one hidden meanwhile.
    if (document.visibilityState === 'hidden') resolve();
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 250);
  });
}

// Not a top-level await: the app chunk imports importRetrying from this module, which must have finished.
void afterFirstPaint().then(() => importRetrying(() => import('./app.js')));
