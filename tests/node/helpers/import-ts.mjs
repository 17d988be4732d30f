// @ts-check
// Imports a TypeScript module of src/ into a node test: esbuild bundles it with
// everything it imports (JSON content included) into one ES module, which is
// written to a temp file, imported, and deleted again.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { randomUUID } from 'node:crypto';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('../../../', import.meta.url));
// Inside the project, so packages left external still resolve from node_modules.
const tempDir = path.join(root, 'node_modules/.cache/import-ts');

/**
 * @param {string} entry path of the module, relative to the project root (e.g. 'src/model/scoring.ts')
 * @param {{ external?: string[] }} [options] packages to leave as imports instead of bundling
 * @returns {Promise<Record<string, unknown>>} the module's exports
 */
export async function importTs(entry, options = {}) {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'node20',
    write: false,
    loader: { '.json': 'json' },
    tsconfig: 'tsconfig.json',
    external: options.external ?? [],
    logLevel: 'silent',
  });
  mkdirSync(tempDir, { recursive: true });
  const file = path.join(tempDir, `${path.basename(entry, '.ts')}-${randomUUID()}.mjs`);
  writeFileSync(file, result.outputFiles[0].contents);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(file, { force: true });
  }
}
