// @ts-check
/**
 * The packaging step (scripts/package.mjs): builds once (rollup, then the
 * packaging script as `npm run build` runs it) and checks the zips in dist/:
 * manifests valid against the official schemas, zip contents matching the
 * manifests, nothing extra, deterministic bytes, values from content/config.json.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { PACKAGES, buildPackages } from '../../scripts/package.mjs';
import { PackagingError, fillTemplate, findUnreachable, xmlEscape } from '../../scripts/packaging.mjs';
import { validateManifest } from '../../scripts/validate-manifest.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const config = JSON.parse(readFileSync(join(root, 'content/config.json'), 'utf8'));

/** @param {string} text */
const xmlUnescape = (text) =>
  text.replace(/&(lt|gt|quot|apos|amp);/g, (_, /** @type {'lt' | 'gt' | 'quot' | 'apos' | 'amp'} */ name) =>
    ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]);

/** @param {string} manifest */
const listedFiles = (manifest) => [...manifest.matchAll(/<file href="([^"]*)"\s*\/>/g)].map((m) => xmlUnescape(m[1]));

/**
 * @param {string} xml
 * @param {string} element
 * @param {string} attribute
 */
const attributeOf = (xml, element, attribute) =>
  xmlUnescape(xml.match(new RegExp(`<${element}\\b[^>]*?\\s${attribute}="([^"]*)"`))?.[1] ?? '');

/** @param {string} xml */
const organizationTitle = (xml) => xmlUnescape(xml.match(/<organization\b[^>]*>\s*<title>([^<]*)<\/title>/)?.[1] ?? '');

/** @param {string} dir */
const filesUnder = (dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => path.replace(/\\/g, '/'));

/** @type {{ name: string, schema: string | null, zipPath: string, bytes: Uint8Array, entries: Record<string, Uint8Array>, manifest: string }[]} */
const zips = [];

before(() => {
  execFileSync('npx', ['rollup', '-c'], { cwd: root, stdio: 'pipe' });
  execFileSync(process.execPath, ['scripts/package.mjs'], { cwd: root, stdio: 'pipe' });
  for (const definition of PACKAGES) {
    const zipPath = join(root, 'dist', `${config.identifier}-${definition.name}.zip`);
    const bytes = new Uint8Array(readFileSync(zipPath));
    const entries = unzipSync(bytes);
    const manifest = Buffer.from(entries[definition.manifestName]).toString('utf8');
    zips.push({ name: definition.name, schema: definition.schema, zipPath, bytes, entries, manifest });
  }
});

test('there is a SCORM 1.2 and a SCORM 2004 zip', () => {
  assert.deepEqual(zips.map((zip) => zip.name).slice(0, 2), ['scorm12', 'scorm2004']);
  assert.deepEqual(zips.map((zip) => zip.schema).slice(0, 2), ['scorm12', 'scorm2004-4th']);
});

describe('manifests', () => {
  test('each manifest validates against its official schema', async () => {
    for (const { name, schema, manifest } of zips) {
      if (schema) assert.deepEqual(await validateManifest(manifest, schema), [], name);
    }
  });

  test('a broken manifest does not validate (the validator checks every namespace)', async () => {
    for (const { name, schema, manifest } of zips.filter((zip) => zip.schema?.startsWith('scorm'))) {
      const bogusType = manifest.replace(/(adlcp:scorm[tT]ype=)"sco"/, '$1"asset2"');
      assert.notEqual(bogusType, manifest);
      const bogusErrors = await validateManifest(bogusType, /** @type {string} */ (schema));
      assert.ok(bogusErrors.some((error) => error.includes('asset2')), `${name}: ${bogusErrors.join('\n')}`);

      const noOrganizations = manifest.replace(/<organizations\b[\s\S]*<\/organizations>/, '');
      assert.notEqual(noOrganizations, manifest);
      assert.notDeepEqual(await validateManifest(noOrganizations, /** @type {string} */ (schema)), [], name);
    }
  });

  test('SCORM 1.2: sco, plain metadata, no mastery score', () => {
    const { manifest } = zips[0];
    assert.match(manifest, /adlcp:scormtype="sco"/);
    assert.match(manifest, /<metadata>\s*<schema>ADL SCORM<\/schema>\s*<schemaversion>1\.2<\/schemaversion>\s*<\/metadata>/);
    assert.doesNotMatch(manifest, /masteryscore/i);
  });

  test('SCORM 2004: 4th edition, sco, no completion threshold, mastery or limits', () => {
    const { manifest } = zips[1];
    assert.match(manifest, /<schemaversion>2004 4th Edition<\/schemaversion>/);
    assert.match(manifest, /adlcp:scormType="sco"/);
    assert.doesNotMatch(manifest, /<[\w:]*(completionThreshold|primaryObjective|minNormalizedMeasure|limitConditions|rollupRules|preConditionRule|exitConditionRule)\b|satisfiedByMeasure="true"/);
  });

  test('identifier, version and title come from content/config.json', () => {
    for (const { name, zipPath, manifest } of zips) {
      assert.ok(zipPath.endsWith(`/${config.identifier}-${name}.zip`));
      assert.equal(attributeOf(manifest, 'manifest', 'identifier'), config.identifier, name);
      assert.equal(attributeOf(manifest, 'manifest', 'version'), config.version, name);
      assert.equal(organizationTitle(manifest), config.title, name);
    }
  });
});

describe('zip contents', () => {
  test('the manifest and the launch file index.html are at the zip root', () => {
    for (const { name, entries, manifest } of zips) {
      assert.ok('imsmanifest.xml' in entries, name);
      assert.ok('index.html' in entries, name);
      assert.equal(attributeOf(manifest, 'resource', 'href'), 'index.html', name);
    }
  });

  test('every file in the zip is listed in its manifest, and every listed file is in the zip', () => {
    for (const { name, entries, manifest } of zips) {
      const inZip = Object.keys(entries).filter((entry) => entry !== 'imsmanifest.xml').sort();
      assert.deepEqual(listedFiles(manifest).sort(), inZip, name);
    }
  });

  test('the zip holds the manifest and the web folder, and nothing else', () => {
    const web = filesUnder(join(root, 'dist/web'))
      .filter((path) => !/(^|\/)\.|\.map$|(^|\/)(preview|tests?)([./_-]|$)/i.test(path))
      .sort();
    for (const { name, entries } of zips) {
      const names = Object.keys(entries);
      assert.deepEqual(names.filter((entry) => entry !== 'imsmanifest.xml').sort(), web, name);
      for (const entry of names) {
        assert.doesNotMatch(entry, /(^|\/)\.|\.map$|\.ts$|preview|(^|\/)tests?\/|\.test\./i, `${name}: ${entry}`);
      }
    }
  });

  test('the zips are deterministic: a second build gives the same bytes', async () => {
    await delay(2100); // zip times have a 2-second resolution: a clock-based time would now differ
    const { packages } = await buildPackages();
    for (const { name, bytes } of zips) {
      const again = packages.find((built) => built.definition.name === name);
      assert.ok(again, name);
      assert.ok(Buffer.from(again.zip).equals(Buffer.from(bytes)), `${name}: the bytes differ`);
    }
  });
});

describe('values and failures', () => {
  test('inserted values are XML-escaped and the manifests stay valid', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wed-package-'));
    const title = `Tom & Jerry's <"zelf"> assessment`;
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ ...config, title, version: '1.0 <b>' }));
    const { packages } = await buildPackages({ configFile: join(dir, 'config.json') });
    for (const { definition, manifest } of packages) {
      assert.ok(manifest.includes(xmlEscape(title)), definition.name);
      assert.equal(organizationTitle(manifest), title, definition.name);
      assert.equal(attributeOf(manifest, 'manifest', 'version'), '1.0 <b>', definition.name);
      if (definition.schema) assert.deepEqual(await validateManifest(manifest, definition.schema), [], definition.name);
    }
  });

  test('an invalid manifest fails the build, naming the zip, the template and the error', async () => {
    const [scorm12] = PACKAGES;
    /** @type {typeof scorm12.render} */
    const render = (...args) => scorm12.render(...args).replace('adlcp:scormtype="sco"', 'adlcp:scormtype="asset2"');
    await assert.rejects(
      buildPackages({ packages: [{ ...scorm12, render }] }),
      (error) => {
        assert.ok(error instanceof PackagingError);
        assert.match(error.message, /^imsmanifest\.xml of [\w.-]+-scorm12\.zip, from imsmanifest\.xml, is invalid \(schema: schemas\/scorm12\/\):\n {2}line \d+: .*asset2/);
        return true;
      },
    );
  });

  test('dotfiles, source maps, previews and tests in the web folder stay out of the zips', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wed-package-'));
    const web = {
      'index.html': '<script src="app.js"></script>',
      'app.js': 'import("./chunks/a.js")',
      'chunks/a.js': '',
      'app.js.map': '',
      '.DS_Store': '',
      '.cache/x.js': '',
      'preview.html': '',
      'tests/app.test.js': '',
    };
    for (const [path, text] of Object.entries(web)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const { packages, leftOut } = await buildPackages({ webDir: dir });
    for (const { definition, zip, manifest } of packages) {
      const expected = ['app.js', 'chunks/a.js', 'index.html'];
      assert.deepEqual(listedFiles(manifest), expected, definition.name);
      assert.deepEqual(Object.keys(unzipSync(zip)), [definition.manifestName, ...expected], definition.name);
    }
    assert.deepEqual(leftOut, ['.DS_Store', '.cache/x.js', 'app.js.map', 'preview.html', 'tests/app.test.js']);
  });

  test('files not reachable from index.html (stale chunks) are found', () => {
    const files = ['app.js', 'chunks/new.js', 'chunks/old.js', 'chunks/old-dep.js', 'index.html', 'page.css'];
    const texts = ['import("./chunks/new.js")', '', 'import "./old-dep.js"', '', '<script src="app.js"></script><link href="page.css">', ''];
    assert.deepEqual(findUnreachable(files, texts.map((text) => Buffer.from(text)), 'index.html'), ['chunks/old.js', 'chunks/old-dep.js']);
  });

  test('a template placeholder without a value fails with the template and the placeholder', () => {
    assert.throws(() => fillTemplate('<a>{{nope}}</a>', { title: 't' }, [], 'x.xml'), /x\.xml: \{\{nope\}\} has no value/);
  });

  test('a missing or empty web folder fails with a clear message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wed-package-'));
    await assert.rejects(buildPackages({ webDir: join(dir, 'web') }), (error) => {
      assert.ok(error instanceof PackagingError);
      assert.match(error.message, /web\/ is missing: run `npx rollup -c` first/);
      return true;
    });
    mkdirSync(join(dir, 'empty'));
    await assert.rejects(buildPackages({ webDir: join(dir, 'empty') }), /empty\/ is empty/);
  });
});
