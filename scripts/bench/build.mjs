// @ts-check
/**
 * The bench's build: `npm run build`, then a private copy of what it made, so that a build
 * started by someone else while the bench runs cannot change what is measured.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `npm run build`, then a private copy of dist/web/ and dist/*.zip, so that a build
 * started by someone else while the bench runs cannot change what is measured. The
 * copy must be whole (every chunk that a file names is there); else it builds again.
 * @param {string} root the repository
 * @param {(line: string) => void} log
 * @returns {string} the copy: web/ and the zips
 */
export function buildAndCopy(root, log) {
  for (let attempt = 1; ; attempt++) {
    log('bench: npm run build …');
    const result = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) {
      process.stderr.write(result.stdout + result.stderr);
      throw new Error('npm run build failed');
    }
    const copy = mkdtempSync(join(tmpdir(), 'wed-bench-'));
    cpSync(join(root, 'dist/web'), join(copy, 'web'), { recursive: true });
    for (const zip of readdirSync(join(root, 'dist')).filter((name) => name.endsWith('.zip'))) {
      cpSync(join(root, 'dist', zip), join(copy, zip));
    }
    const missing = missingChunks(join(copy, 'web'));
    if (missing.length === 0) return copy;
    rmSync(copy, { recursive: true, force: true });
    if (attempt === 3) throw new Error(`dist/web/ keeps changing under the bench (missing: ${missing.join(', ')})`);
    log(`bench: dist/web/ changed while it was copied (missing: ${missing.join(', ')}); building again`);
  }
}

/** Chunks named in the web folder's files that are not in it. @param {string} web */
function missingChunks(web) {
  if (!existsSync(join(web, 'index.html')) || !existsSync(join(web, 'app.js'))) return ['index.html or app.js'];
  const files = ['app.js', ...readdirSync(join(web, 'chunks')).map((name) => `chunks/${name}`)];
  const named = new Set(
    files.flatMap((file) => [...readFileSync(join(web, file), 'utf8').matchAll(/[\w.-]+-[\w-]{8}\.js/g)].map((m) => m[0])),
  );
  return [...named].filter((name) => !existsSync(join(web, 'chunks', name)));
}
