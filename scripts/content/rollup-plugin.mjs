// @ts-check
import path from 'node:path';
import { checkContent } from './check-content.mjs';
import { formatError } from './content-error.mjs';

/**
 * Rollup plugin: fails the build with the content check's lines when content is
 * invalid, and has rollup's watch mode rebuild when a content file changes.
 * @returns {import('rollup').Plugin}
 */
export function contentValidation() {
  return {
    name: 'content-validation',
    buildStart() {
      const rootDir = process.cwd();
      const { files, errors } = checkContent(rootDir);
      for (const file of files) this.addWatchFile(path.join(rootDir, file));
      if (errors.length) this.error(errors.map(formatError).join('\n'));
    },
  };
}
