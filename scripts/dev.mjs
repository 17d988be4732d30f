// @ts-check
/**
 * `npm start` and `npm run dev`: the preview LMS at http://localhost:<PORT>/preview/ (PORT
 * from the environment, 8000 when unset). @web/dev-server serves dist/, and the LRS of
 * scripts/lrs.mjs answers at /lrs/ for the preview's xAPI mode. Nothing here is part of
 * the package.
 *
 *   npm start     node scripts/dev.mjs           `npm run build` and `npm run build:preview`, then serves
 *   npm run dev   node scripts/dev.mjs --watch   rollup in watch mode for the package (dist/web/) and the
 *                                                preview (dist/preview/): a change to a file they are built
 *                                                from (src/, content/, preview/) is rebuilt, then every open
 *                                                page reloads
 *
 * A port in use (or a PORT that is no port number) ends it at once with one line and exit code 1.
 * SIGINT (Ctrl+C) and SIGTERM stop everything it started (the build or the watchers, the
 * server, the LRS), then it exits with 0. package.json starts it with `exec`, so that the
 * SIGTERM npm passes on reaches it rather than the shell npm runs scripts in.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { watch } from 'rollup';
import { loadConfigFile } from 'rollup/loadConfigFile';
import { startLrs } from './lrs.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const WATCH = process.argv.includes('--watch');
const COMMAND = WATCH ? 'npm run dev' : 'npm start';
/**
 * What `npm run dev` watches: the package and the preview. The team report
 * (rollup.report.config.mjs, `npm run build:report`) is left out: it takes as long as the
 * package to build, and every content file is one of its inputs.
 */
const WATCHED_CONFIGS = ['rollup.config.mjs', 'rollup.preview.config.mjs'];
/** Where the preview finds its LRS (preview/xapi-launch.ts LRS_PATH). */
const LRS_PATH = '/lrs/';
/** The module an open page imports to reload itself, through @web/dev-server's web socket. */
const RELOAD_MODULE = '/__reload-after-rebuild.js';

/** @type {Set<() => Promise<unknown> | unknown>} what to stop on the way out */
const running = new Set();
let exiting = false;

/**
 * Stops everything started, newest first, then exits.
 * @param {number} code
 */
async function exit(code) {
  if (exiting) return;
  exiting = true;
  for (const stop of [...running].reverse()) {
    try {
      await stop();
    } catch (error) {
      console.error(`While stopping: ${error instanceof Error ? error.message : error}`);
    }
  }
  process.exit(code);
}

/**
 * One line on stderr, no stack trace, and everything stopped.
 * @param {string} message
 */
function fail(message) {
  console.error(message);
  return exit(1);
}

process.on('SIGINT', () => void exit(0));
process.on('SIGTERM', () => void exit(0));

/**
 * The HTTP server of the preview on `port` of every interface (as @web/dev-server listens
 * for "localhost"), answering 503 until `serve` is given a handler; null after saying why
 * the port cannot be used.
 * @param {number} port
 */
async function listen(port) {
  const server = createServer((req, res) => handler(req, res));
  /** @type {import('node:http').RequestListener} */
  let handler = (_req, res) => {
    res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '2' });
    res.end('The preview is being built: reload in a moment.\n');
  };
  try {
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, () => resolve(undefined));
    });
  } catch (error) {
    const code = /** @type {NodeJS.ErrnoException} */ (error).code;
    const reason = code === 'EADDRINUSE' ? 'is in use' : `cannot be used (${code})`;
    await fail(`Port ${port} ${reason}: set PORT to another port, e.g. PORT=${port < 65535 ? port + 1 : port - 1} ${COMMAND}`);
    return null;
  }
  // Open connections (a page's web socket too) would keep close() waiting.
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  running.add(
    () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve(undefined));
      }),
  );
  const address = server.address();
  return {
    server,
    port: address && typeof address === 'object' ? address.port : port,
    /** @param {import('node:http').RequestListener} listener */
    serve(listener) {
      handler = listener;
    },
  };
}

/**
 * `npm run <script>` in a process group of its own, so that stopping it stops the
 * shell and rollup it runs too. Resolves with whether it succeeded.
 * @param {string} script
 * @returns {Promise<boolean>}
 */
function npmRun(script) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', script], { stdio: 'inherit', detached: true });
    const stop = () => {
      try {
        process.kill(-(child.pid ?? 0), 'SIGTERM');
      } catch {
        // Already gone.
      }
    };
    running.add(stop);
    child.once('exit', (code) => {
      running.delete(stop);
      resolve(code === 0);
    });
  });
}

/**
 * Rollup in watch mode for WATCHED_CONFIGS. Resolves after the first build, whether it
 * succeeded or not (its errors are printed, and a change starts the next one), with a
 * function that tells when no build is running; after each later build that wrote
 * something, `rebuilt` is called.
 * @param {() => void} rebuilt
 * @returns {Promise<() => Promise<void>>}
 */
async function watchBuilds(rebuilt) {
  /** @type {import('rollup').MergedRollupOptions[]} */
  const options = [];
  /** @type {{ flush: () => void }[]} */
  const warnings = [];
  for (const file of WATCHED_CONFIGS) {
    const config = await loadConfigFile(join(ROOT, file), {}, true);
    options.push(...config.options);
    warnings.push(config.warnings);
  }
  const watcher = watch(options);
  running.add(() => watcher.close());
  let idle = Promise.resolve();
  let finished = () => {};
  return new Promise((resolve) => {
    let first = true;
    let started = 0;
    let wrote = false;
    watcher.on('event', (event) => {
      if (event.code === 'START') {
        started = Date.now();
        wrote = false;
        idle = new Promise((done) => (finished = done));
      } else if (event.code === 'BUNDLE_END') {
        wrote = true;
        void event.result.close();
      } else if (event.code === 'ERROR') {
        console.error(`Build failed: ${event.error.message}${event.error.frame ? `\n${event.error.frame}` : ''}`);
        void event.result?.close();
      } else if (event.code === 'END') {
        finished();
        for (const list of warnings) list.flush();
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        if (first) {
          first = false;
          console.log(`Built dist/web/ and dist/preview/ in ${seconds} s.`);
          resolve(() => idle);
        } else if (wrote) {
          console.log(`Rebuilt in ${seconds} s; open pages reload.`);
          rebuilt();
        }
      }
    });
  });
}

/**
 * A dev server plugin: pages get @web/dev-server's web socket script, and reload() makes
 * every open page reload. Each reload also starts a new key for the server's transform
 * cache, so that nothing built before it is served from there.
 */
function reloadAfterRebuild() {
  let build = 0;
  /** @type {import('@web/dev-server-core').WebSocketsManager | undefined} */
  let sockets;
  return {
    /** @type {import('@web/dev-server-core').Plugin} */
    plugin: {
      name: 'reload-after-rebuild',
      injectWebSocket: true,
      serverStart({ webSockets }) {
        sockets = webSockets;
      },
      serve(context) {
        if (context.path === RELOAD_MODULE) return { body: 'window.location.reload();\n', type: 'js' };
        return undefined;
      },
      transformCacheKey: () => String(build),
    },
    reload() {
      build += 1;
      // A new URL each time: a module that was imported once is not run again.
      sockets?.sendImport(`${RELOAD_MODULE}?build=${build}`);
    },
  };
}

async function main() {
  process.chdir(ROOT);
  const portText = process.env.PORT || '8000';
  if (!/^\d+$/.test(portText) || Number(portText) > 65535) {
    return fail(`PORT must be a port number (0 to 65535), not "${portText}": e.g. PORT=8001 ${COMMAND}`);
  }
  const listening = await listen(Number(portText));
  if (!listening) return undefined;
  const url = `http://localhost:${listening.port}`;

  // Learning Locker's service starts while the package builds.
  const lrs = startLrs({ onExit: (reason) => void fail(reason) });
  const lrsReady = lrs.then(
    () => true,
    (error) => {
      void fail(`The LRS did not start: ${error instanceof Error ? error.message : error}`);
      return false;
    },
  );
  running.add(async () => {
    if (await lrsReady) await (await lrs).stop();
  });
  const reloader = WATCH ? reloadAfterRebuild() : null;
  /** @type {import('@web/dev-server-core').Middleware[]} */
  const middleware = [
    async (ctx, next) => {
      if (!ctx.path.startsWith(LRS_PATH)) return next();
      // The LRS answers on the raw response.
      ctx.respond = false;
      await (await lrs).serve(ctx.req, ctx.res, LRS_PATH);
      return undefined;
    },
  ];
  if (reloader) {
    const idle = await watchBuilds(() => reloader.reload());
    // A file asked for during a rebuild is served once it is done (rollup empties dist/web/ first).
    middleware.push(async (_ctx, next) => {
      await idle();
      return next();
    });
  } else {
    for (const script of ['build', 'build:preview']) {
      const built = await npmRun(script);
      if (exiting) return undefined;
      if (!built) return fail(`npm run ${script} failed (see above); nothing is served.`);
    }
  }
  if (!(await lrsReady) || exiting) return undefined;

  const devServer = await startDevServer({
    config: {
      rootDir: join(ROOT, 'dist'),
      port: listening.port,
      middlewareMode: { server: listening.server },
      middleware,
      plugins: reloader ? [reloader.plugin] : [],
    },
    readCliArgs: false,
    readFileConfig: false,
    autoExitProcess: false,
    logStartMessage: false,
  });
  listening.serve(devServer.koaApp.callback());
  running.add(() => devServer.stop());

  console.log(`
Preview LMS: ${url}/preview/
  the package alone: ${url}/web/
  LRS of the xAPI mode: ${url}${LRS_PATH} (Learning Locker's xapi-statements, in memory)
${reloader ? '  Watching src/, content/ and preview/: a change is rebuilt, then open pages reload.\n' : ''}  Ctrl+C stops.
`);
}

await main();
