// @ts-check
/**
 * An organisation's English-default package (docs/languages.md): content/config.json's
 * defaultLanguage set to "en" passes the content check and builds a launch bundle that
 * starts in English, with Dutch a chunk of its own. Built in a copy of the project, so
 * dist/ is left alone.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLanguageTexts } from '../../scripts/default-language.mjs';
import { validateContent } from '../../scripts/content/check-content.mjs';
import { projectWithDefault } from './helpers/project-with-default.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** @param {string} file */
const readJson = (file) => JSON.parse(readFileSync(join(root, file), 'utf8'));
const dutchIntro = readJson('content/nl/intro.json');
const englishIntro = readJson('content/en/intro.json');

describe('an English-default package', () => {
  /** @type {string} */
  let dir;
  before(() => {
    dir = projectWithDefault('en');
    execFileSync('npx', ['rollup', '-c'], { cwd: dir, stdio: 'pipe' });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('passes the content check: the team report’s texts are Dutch whatever the default', () => {
    assert.deepEqual(validateContent(dir), []);
  });

  test('index.html is in English', () => {
    const html = readFileSync(join(dir, 'dist/web/index.html'), 'utf8');
    assert.match(html, /<html lang="en">/);
    assert.ok(html.includes(`<title>${englishIntro.title}</title>`), 'English document title');
  });

  test('the app’s chunk holds the English first screen; the Dutch one is a chunk of its own', () => {
    const chunks = readdirSync(join(dir, 'dist/web/chunks'));
    const appChunk = chunks.find((name) => /^app-[\w-]+\.js$/.test(name));
    assert.ok(appChunk, `the app's chunk among ${chunks.join(', ')}`);
    const app = readFileSync(join(dir, 'dist/web/chunks', appChunk), 'utf8');
    assert.ok(app.includes(englishIntro.intro.paragraphs[0]), 'English introduction in the app’s chunk');
    assert.ok(!app.includes(dutchIntro.intro.paragraphs[0]), 'no Dutch introduction in the app’s chunk');
    const dutch = chunks.find((name) => name.startsWith('nl-launch-'));
    assert.ok(dutch, `a Dutch first-screen chunk among ${chunks.join(', ')}`);
    assert.ok(readFileSync(join(dir, 'dist/web/chunks', dutch), 'utf8').includes(dutchIntro.intro.paragraphs[0]));
    assert.ok(!chunks.some((name) => name.startsWith('en-launch-')), 'no English first-screen chunk');
  });
});

test('a default language without texts in the code fails the build, saying which file is missing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wed-default-language-'));
  try {
    mkdirSync(join(dir, 'content'));
    writeFileSync(join(dir, 'content/config.json'), JSON.stringify({ defaultLanguage: 'de' }));
    const plugin = defaultLanguageTexts(dir);
    const context = {
      error: (/** @type {string} */ message) => {
        throw new Error(message);
      },
    };
    assert.throws(
      () => /** @type {Function} */ (plugin.buildStart).call(context),
      /defaultLanguage "de" has no texts in the code: src\/content\/packs\/de-launch\.ts is missing/,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
