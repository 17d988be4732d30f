// The first step of `npm test`: stops the run within seconds, in one line, when
// the browser the tests need is missing or is not Chrome (scripts/chromium.mjs).
import { chromium } from './chromium.mjs';

try {
  const { path, version } = chromium();
  console.log(`Browser for the tests: ${version} (${path})`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
