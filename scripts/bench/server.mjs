// @ts-check
/**
 * The bench's HTTP server (`npm run bench`): the built package from dist/web/ at /web/,
 * and bench-only pages under /bench/ that never go into dist/: an LMS host page with a
 * counting SCORM stub around the package's frame, the static "floor" page, the
 * repository's LRS (scripts/lrs.mjs) at /bench/lrs/ for the xAPI and cmi5 launches, and the
 * LMS side of a cmi5 launch (cmi5.mjs: its fetch URL at /bench/cmi5/fetch). Files are
 * sent uncompressed and uncacheable, so every launch transfers everything again. The host
 * page's query: `api`, `src`, optionally `blockMs` and `values` (JSON); see pages.mjs hostPage.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { startLrs } from '../lrs.mjs';
import { cmi5Lms } from './cmi5.mjs';
import { hostPage } from './pages.mjs';

const TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
});

/**
 * @param {{ webDir: string, floor: string }} options `webDir`: dist/web; `floor`: the floor page (pages.mjs)
 * @returns {Promise<{ origin: string, cmi5: ReturnType<typeof cmi5Lms>, close: () => Promise<void> }>}
 */
export async function startBenchServer({ webDir, floor }) {
  const lrs = await startLrs();
  const cmi5 = cmi5Lms(lrs.endpoint);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://bench.invalid');
    const send = (/** @type {number} */ status, /** @type {string} */ type, /** @type {string | Buffer} */ body) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(body);
    };
    try {
      if (url.pathname.startsWith('/bench/lrs/')) {
        cmi5.observe(req, res);
        return await lrs.serve(req, res, '/bench/lrs/');
      }
      if (url.pathname === '/bench/cmi5/fetch') return cmi5.answerFetch(req, res);
      if (url.pathname === '/bench/floor.html') return send(200, TYPES['.html'], floor);
      if (url.pathname === '/bench/host.html') {
        const options = {
          blockMs: Number(url.searchParams.get('blockMs')) || 0,
          values: JSON.parse(url.searchParams.get('values') ?? '{}'),
        };
        return send(200, TYPES['.html'], hostPage(url.searchParams.get('api') ?? 'none', url.searchParams.get('src') ?? '', options));
      }
      if (url.pathname.startsWith('/web/')) {
        const relative = normalize(decodeURIComponent(url.pathname.slice('/web/'.length)) || 'index.html');
        if (relative.startsWith('..') || relative.includes(`${sep}..`)) return send(403, 'text/plain', 'forbidden');
        const body = await readFile(join(webDir, relative)).catch(() => null);
        if (body === null) return send(404, 'text/plain', 'not found');
        return send(200, TYPES[extname(relative)] ?? 'application/octet-stream', body);
      }
      send(404, 'text/plain', 'not found');
    } catch (error) {
      send(500, 'text/plain', String(error));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('bench server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    cmi5,
    close: async () => {
      server.closeAllConnections();
      await Promise.all([new Promise((resolve) => server.close(() => resolve(undefined))), lrs.stop()]);
    },
  };
}
