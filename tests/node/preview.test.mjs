// @ts-check
// The preview LMS (preview/) builds on its own into its own folder, runs under
// the same strict CSP as the package, and stays out of the package.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const rollupBin = path.join(root, 'node_modules/rollup/dist/bin/rollup');
const EXPECTED_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; frame-src 'self' https://www.youtube-nocookie.com; img-src 'self' data:";

/** The preview, built once into a fresh temp dir so dist/ is left alone. */
let outDir = '';

before(() => {
  outDir = mkdtempSync(path.join(tmpdir(), 'preview-build-'));
  const result = spawnSync(process.execPath, [rollupBin, '-c', 'rollup.preview.config.mjs', '--silent'], {
    cwd: root,
    env: { ...process.env, PREVIEW_OUT_DIR: outDir },
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, `rollup failed:\n${result.stderr}`);
});

after(() => rmSync(outDir, { recursive: true, force: true }));

test('the preview builds into its own folder with its page, script and stylesheet', () => {
  const files = readdirSync(outDir);
  for (const file of ['index.html', 'preview.js', 'preview.css']) {
    assert.ok(files.includes(file), `${file} missing from the preview build (got ${files.join(', ')})`);
  }
});

test('the preview page has the strict CSP and no inline script or style', () => {
  const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');

  const csp = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  assert.ok(csp, 'no Content-Security-Policy meta');
  assert.equal(csp[1], EXPECTED_CSP);

  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  assert.ok(scripts.length > 0, 'no script at all');
  for (const [tag, attributes, body] of scripts) {
    assert.match(attributes, /\bsrc="[^"]+"/, `inline script: ${tag}`);
    assert.equal(body.trim(), '', `script with a body: ${tag}`);
  }
  assert.match(html, /<script type="module" src="preview\.js"><\/script>/);
  assert.doesNotMatch(html, /<style\b/i, 'inline <style>');
  assert.doesNotMatch(html, /\sstyle\s*=/i, 'inline style attribute');
  assert.doesNotMatch(html, /\son[a-z]+\s*=/i, 'inline event handler');
  assert.doesNotMatch(html, /javascript:/i, 'javascript: URL');
});

test('the preview script needs no eval', () => {
  const script = readFileSync(path.join(outDir, 'preview.js'), 'utf8');
  assert.doesNotMatch(script, /\bnew Function\s*\(|[^\w.]eval\s*\(/, 'eval is blocked by script-src');
});

test('the package does not import the preview, and its build does not include it', () => {
  const rollupConfig = readFileSync(path.join(root, 'rollup.config.mjs'), 'utf8');
  assert.doesNotMatch(rollupConfig, /preview/, 'rollup.config.mjs mentions the preview');
  const offenders = sourceFiles(path.join(root, 'src')).filter((file) =>
    /from\s+['"][^'"]*\/preview\//.test(readFileSync(file, 'utf8')),
  );
  assert.deepEqual(offenders, [], 'src/ imports from preview/');
  const webDir = path.join(root, 'dist/web');
  if (existsSync(webDir)) {
    const previewFiles = readdirSync(webDir, { recursive: true }).map(String).filter((name) => /preview/i.test(name));
    assert.deepEqual(previewFiles, [], 'dist/web holds preview files');
  }
});

/** @param {string} dir @returns {string[]} */
function sourceFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => /\.(ts|js|mjs)$/.test(name))
    .map((name) => path.join(dir, name));
}
