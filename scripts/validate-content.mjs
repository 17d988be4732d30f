// @ts-check
/**
 * Validates the files in content/ (scripts/content/check-content.mjs):
 *
 *   node scripts/validate-content.mjs [rootDir]
 *
 * prints `content OK (N files)` and exits 0, or prints one line per error
 * (`content/nl/assessment.json: /pillars/0/statements/2/text: must be string`)
 * to stderr and exits 1. The build runs the same checks through the rollup
 * plugin in scripts/content/rollup-plugin.mjs.
 */
import path from 'node:path';
import { checkContent } from './content/check-content.mjs';
import { formatError } from './content/content-error.mjs';

const rootDir = path.resolve(process.argv[2] ?? process.cwd());
const { files, errors } = checkContent(rootDir);
if (errors.length) {
  for (const error of errors) console.error(formatError(error));
  process.exitCode = 1;
} else {
  console.log(`content OK (${files.length} files)`);
}
