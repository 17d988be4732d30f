// @ts-check
/**
 * The dev server of `npm start`: serves dist/ (the package in dist/web/, the preview
 * LMS in dist/preview/) on port 8000, with the preview's in-memory LRS at /lrs/
 * (preview/dev-lrs.mjs) for the preview's xAPI mode. CLI flags override these
 * settings, e.g. `web-dev-server --config web-dev-server.config.mjs --port 8123`.
 * Nothing here is part of the package.
 */
import { fileURLToPath } from 'node:url';
import { DevLrs, lrsMiddleware } from './preview/dev-lrs.mjs';

/** The LRS of this server process: it forgets everything when the server stops. */
export const devLrs = new DevLrs();

export default {
  rootDir: fileURLToPath(new URL('./dist/', import.meta.url)),
  port: 8000,
  middleware: [lrsMiddleware(devLrs, { basePath: '/lrs/' })],
};
