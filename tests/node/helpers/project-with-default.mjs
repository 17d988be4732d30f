// @ts-check
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * A copy of what the build reads, in a temporary folder, with `defaultLanguage`
 * in content/config.json; node_modules is linked. The caller removes it.
 * @param {string} defaultLanguage
 * @returns {string} the folder
 */
export function projectWithDefault(defaultLanguage) {
  const dir = mkdtempSync(join(tmpdir(), `wed-default-${defaultLanguage}-`));
  for (const entry of ['src', 'content', 'scripts', 'rollup.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const config = JSON.parse(readFileSync(join(root, 'content/config.json'), 'utf8'));
  writeFileSync(join(dir, 'content/config.json'), JSON.stringify({ ...config, defaultLanguage }, null, 2));
  return dir;
}
