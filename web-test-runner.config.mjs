import { fileURLToPath } from 'node:url';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromiumPath, chromiumArgs } from './scripts/chromium.mjs';
import { keyCommands } from './tests/support/key-commands.mjs';
import { startLrs } from './scripts/lrs.mjs';

/** Learning Locker's statements service for the xAPI tests; its address is served to the test pages. */
let lrs;
const testLrs = {
  name: 'test-lrs',
  async serverStart() {
    lrs = await startLrs();
  },
  async serverStop() {
    await lrs?.stop();
  },
  serve(context) {
    if (context.path === '/__test-lrs') return { body: JSON.stringify({ endpoint: lrs.endpoint }), type: 'json' };
  },
};

/**
 * How @web/test-runner logs an error that no test caught: a rejected promise
 * nobody awaited with this sentence (and then the error), an uncaught
 * exception as the error alone.
 */
const OUTSIDE_A_TEST = 'An error was thrown in a Promise outside a test';
const uncaughtError = ({ type, args }) =>
  type === 'error' &&
  args.length === 1 &&
  typeof args[0] === 'string' &&
  (args[0].startsWith(OUTSIDE_A_TEST) || /^\w*Error: /.test(args[0]));

/**
 * Every browser log passes here before it is reported. The log of an error no
 * test caught fails its test file: mocha fails a test only for an error
 * thrown while that test runs, so the run would pass. The log itself is
 * reported as usual. (An error after a file's last test has ended can come
 * too late to be logged at all.)
 */
function filterBrowserLogs(log, session) {
  if (session && uncaughtError(log)) {
    session.passed = false;
    (session.errors ??= []).push({ message: `An error no test caught (see the browser logs): ${log.args[0].split('\n')[0]}` });
  }
  return !String(log.args[0]).includes('Lit is in dev mode');
}

export default {
  files: [
    'tests/unit/**/*.test.ts',
    'tests/elements/**/*.test.ts',
    'tests/tracking/**/*.test.ts',
    'tests/e2e/**/*.test.ts',
    'tests/report/**/*.test.ts',
    'tests/persistence/**/*.test.ts',
  ],
  nodeResolve: true,
  plugins: [
    testLrs,
    keyCommands(),
    esbuildPlugin({ ts: true, json: true, target: 'auto', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
      // A window per test page: tabs of one window run in parallel, and every tab
      // but the front one is hidden, where Chromium renders nothing (no
      // ResizeObserver, no animation frame) and the app saves as if the learner left.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
    }),
  ],
  concurrency: 2,
  filterBrowserLogs,
  testFramework: { config: { timeout: 10000 } },
};
