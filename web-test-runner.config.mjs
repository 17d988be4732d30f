import { fileURLToPath } from 'node:url';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromiumPath, chromiumArgs } from './scripts/chromium.mjs';
import { startTestLrs } from './tests/support/test-lrs.mjs';

/** Learning Locker's statements service for the xAPI tests; its address is served to the test pages. */
let lrs;
const testLrs = {
  name: 'test-lrs',
  async serverStart() {
    lrs = await startTestLrs();
  },
  async serverStop() {
    await lrs?.stop();
  },
  serve(context) {
    if (context.path === '/__test-lrs') return { body: JSON.stringify({ endpoint: lrs.endpoint }), type: 'json' };
  },
};

export default {
  files: ['tests/unit/**/*.test.ts', 'tests/elements/**/*.test.ts', 'tests/tracking/**/*.test.ts', 'tests/e2e/**/*.test.ts', 'tests/report/**/*.test.ts', 'tests/persistence/**/*.test.ts'],
  nodeResolve: true,
  plugins: [testLrs, esbuildPlugin({ ts: true, json: true, target: 'auto', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    }),
  ],
  concurrency: 2,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
};
