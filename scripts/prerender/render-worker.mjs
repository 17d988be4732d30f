// @ts-check
/**
 * Runs in a worker thread of scripts/prerender/prerender.mjs, so that the DOM shim's globals and
 * the custom elements it defines stay out of the build's own thread (and a rebuild in
 * `npm run dev` starts from a clean slate): installs @lit-labs/ssr's global DOM shim, imports
 * the bundled entry (workerData.bundle, a file URL) and posts back what its
 * renderFirstScreen() returns, or the error it threw (message and stack).
 */
import { parentPort, workerData } from 'node:worker_threads';

try {
  await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
  const { renderFirstScreen } = await import(workerData.bundle);
  parentPort?.postMessage({ markup: renderFirstScreen() });
} catch (error) {
  const { message, stack } = error instanceof Error ? error : { message: String(error), stack: '' };
  parentPort?.postMessage({ error: { message, stack } });
}
