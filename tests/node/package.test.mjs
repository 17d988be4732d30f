// @ts-check
/**
 * The packaging step (scripts/package.mjs): builds once (rollup, then the
 * packaging script as `npm run build` runs it) and checks the zips in dist/:
 * manifests valid against the official schemas (tincan.xml, which has none:
 * well-formed and structured as the TinCan package format wants), zip contents
 * matching the manifests, nothing extra, deterministic bytes, values from
 * content/config.json. Built in a copy of the project, so its dist/ is left alone.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { PACKAGES, buildPackages } from '../../scripts/package.mjs';
import { PackagingError } from '../../scripts/packaging/packaging-error.mjs';
import { fillTemplate } from '../../scripts/packaging/template.mjs';
import { checkTincan } from '../../scripts/packaging/tincan.mjs';
import { findUnreachable } from '../../scripts/packaging/web-files.mjs';
import { checkWellFormed, validateManifest } from '../../scripts/validate-manifest.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const config = JSON.parse(readFileSync(join(root, 'content/config.json'), 'utf8'));
const intro = JSON.parse(readFileSync(join(root, `content/${config.defaultLanguage}/intro.json`), 'utf8'));
/** The package description in tincan.xml and cmi5.xml: the introduction's last paragraph. */
const description = intro.intro.paragraphs.at(-1);
const englishIntro = JSON.parse(readFileSync(join(root, 'content/en/intro.json'), 'utf8'));
/** Title and description in every content language, the default (Dutch) first, as tincan.xml and cmi5.xml give them. */
const titles = [
  { lang: 'nl-NL', text: config.title },
  { lang: 'en-US', text: englishIntro.title },
];
const descriptions = [
  { lang: 'nl-NL', text: description },
  { lang: 'en-US', text: englishIntro.intro.paragraphs.at(-1) },
];

/** @param {string} text */
const xmlUnescape = (text) =>
  text.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, /** @type {'lt' | 'gt' | 'quot' | 'apos' | 'amp'} */ name) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name],
  );

/**
 * The text of each `<element …>text</element>` in `xml`, unescaped, with its `lang`.
 * @param {string} xml
 * @param {string} element
 */
const textsOf = (xml, element) =>
  [...xml.matchAll(new RegExp(`<${element}((?:\\s+[\\w:]+="[^"]*")*)\\s*>([^<]*)</${element}>`, 'g'))].map((m) => ({
    lang: xmlUnescape(m[1].match(/\slang="([^"]*)"/)?.[1] ?? ''),
    text: xmlUnescape(m[2]),
  }));

/**
 * The part of `xml` from `<element` to its closing tag (the first one; no nesting).
 * @param {string} xml
 * @param {string} element
 */
const elementXml = (xml, element) => xml.match(new RegExp(`<${element}\\b[\\s\\S]*?</${element}>`))?.[0] ?? '';

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
const itemTitle = (/** @type {string} */ xml) => xmlUnescape(xml.match(/<item\b[^>]*>\s*<title>([^<]*)<\/title>/)?.[1] ?? '');

/** @param {string} dir */
const filesUnder = (dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => path.replace(/\\/g, '/'));

/**
 * @typedef {{ name: string, manifestName: string, schema: string | null, zipPath: string, bytes: Uint8Array,
 *   entries: Record<string, Uint8Array>, manifest: string }} BuiltZip
 */
/** @type {BuiltZip[]} */
const zips = [];
/** The SCORM zips, whose imsmanifest.xml lists every file. */
const scormZips = () => zips.filter((zip) => zip.manifestName === 'imsmanifest.xml');
/** @param {string} name */
const zipNamed = (name) => {
  const zip = zips.find((candidate) => candidate.name === name);
  assert.ok(zip, `no ${name} zip`);
  return zip;
};

/** The copy of the project built here: what the build and the packaging read, and node_modules. */
let project = '';

before(() => {
  project = mkdtempSync(join(tmpdir(), 'wed-package-project-'));
  for (const entry of ['src', 'content', 'scripts', 'schemas', 'imsmanifest.xml', 'rollup.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, entry), join(project, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'));
  execFileSync('npx', ['rollup', '-c'], { cwd: project, stdio: 'pipe' });
  execFileSync(process.execPath, ['scripts/package.mjs'], { cwd: project, stdio: 'pipe' });
  for (const definition of PACKAGES) {
    const zipPath = join(project, 'dist', `${config.identifier}-${definition.name}.zip`);
    const bytes = new Uint8Array(readFileSync(zipPath));
    const entries = unzipSync(bytes);
    const manifest = Buffer.from(entries[definition.manifestName]).toString('utf8');
    zips.push({
      name: definition.name,
      manifestName: definition.manifestName,
      schema: definition.schema,
      zipPath,
      bytes,
      entries,
      manifest,
    });
  }
});

after(() => rmSync(project, { recursive: true, force: true }));

/** @type {string[]} */
const temporary = [];
/** A fresh folder, removed after the tests. */
function temporaryDir() {
  const dir = mkdtempSync(join(tmpdir(), 'wed-package-'));
  temporary.push(dir);
  return dir;
}
after(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

test('there is a SCORM 1.2, a SCORM 2004, an xAPI and a cmi5 zip', () => {
  assert.deepEqual(
    zips.map((zip) => zip.name),
    ['scorm12', 'scorm2004', 'xapi', 'cmi5'],
  );
  assert.deepEqual(
    zips.map((zip) => zip.manifestName),
    ['imsmanifest.xml', 'imsmanifest.xml', 'tincan.xml', 'cmi5.xml'],
  );
  assert.deepEqual(
    zips.map((zip) => zip.schema),
    ['scorm12', 'scorm2004-4th', null, 'cmi5'],
  );
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
      assert.ok(
        bogusErrors.some((error) => error.includes('asset2')),
        `${name}: ${bogusErrors.join('\n')}`,
      );

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
    assert.doesNotMatch(
      manifest,
      /<[\w:]*(completionThreshold|primaryObjective|minNormalizedMeasure|limitConditions|rollupRules|preConditionRule|exitConditionRule)\b|satisfiedByMeasure="true"/,
    );
  });

  test('identifier, version and title come from content/config.json', () => {
    for (const { name, zipPath } of zips) assert.ok(zipPath.endsWith(`/${config.identifier}-${name}.zip`), name);
    for (const { name, manifest } of scormZips()) {
      assert.equal(attributeOf(manifest, 'manifest', 'identifier'), config.identifier, name);
      assert.equal(attributeOf(manifest, 'manifest', 'version'), config.version, name);
      assert.equal(organizationTitle(manifest), config.title, name);
      assert.equal(itemTitle(manifest), config.title, `${name}: one item title in every manifest`);
    }
  });
});

describe('xAPI and cmi5 manifests', () => {
  test('tincan.xml: one course activity with the activity IRI, a name, a description and index.html as launch', async () => {
    const { manifest } = zipNamed('xapi');
    assert.deepEqual(await checkWellFormed(manifest), []);
    assert.match(
      manifest,
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\s*<tincan xmlns="http:\/\/projecttincan\.com\/tincan\.xsd">\s*<activities>\s*<activity\b[^>]*>[\s\S]*<\/activity>\s*<\/activities>\s*<\/tincan>\s*$/,
    );
    assert.equal(manifest.match(/<activity\b/g)?.length, 1);
    assert.equal(attributeOf(manifest, 'activity', 'id'), config.activityIri);
    assert.equal(attributeOf(manifest, 'activity', 'type'), 'http://adlnet.gov/expapi/activities/course');
    const activity = elementXml(manifest, 'activity');
    assert.deepEqual(textsOf(activity, 'name'), titles);
    assert.deepEqual(textsOf(activity, 'description'), descriptions);
    assert.deepEqual(textsOf(activity, 'launch'), [{ lang: 'nl-NL', text: 'index.html' }]);
    assert.deepEqual(checkTincan(manifest, { ...config }), []);
    assert.deepEqual(checkTincan(manifest, { ...config, languages: 'nl-NL en-US' }), []);
  });

  test('cmi5.xml: the course is the activity IRI, its one AU <activity IRI>/au launches index.html, moved on by completion', () => {
    const { manifest } = zipNamed('cmi5');
    assert.match(manifest, /<courseStructure xmlns="https:\/\/w3id\.org\/xapi\/profiles\/cmi5\/v1\/CourseStructure\.xsd">/);
    assert.equal(attributeOf(manifest, 'course', 'id'), config.activityIri);
    assert.equal(manifest.match(/<au\b/g)?.length, 1);
    assert.equal(attributeOf(manifest, 'au', 'id'), `${config.activityIri}/au`);
    assert.equal(attributeOf(manifest, 'au', 'moveOn'), 'Completed');
    assert.equal(attributeOf(manifest, 'au', 'launchMethod'), 'AnyWindow');
    assert.doesNotMatch(manifest, /masteryScore/);
    for (const part of [elementXml(manifest, 'course'), elementXml(manifest, 'au')]) {
      assert.deepEqual(textsOf(elementXml(part, 'title'), 'langstring'), titles);
      assert.deepEqual(textsOf(elementXml(part, 'description'), 'langstring'), descriptions);
    }
    assert.deepEqual(textsOf(elementXml(manifest, 'au'), 'url'), [{ lang: '', text: 'index.html' }]);
  });

  test('a broken cmi5.xml does not validate against the cmi5 schema', async () => {
    const { manifest } = zipNamed('cmi5');
    for (const broken of [
      manifest.replace(/\s*<url>[^<]*<\/url>/, ''),
      manifest.replace('moveOn="Completed"', 'moveOn="Finished"'),
      manifest.replace(/<course id="[^"]*">/, '<course>'),
      manifest.replace(/\s*<au\b[\s\S]*<\/au>/, ''),
    ]) {
      assert.notEqual(broken, manifest);
      assert.notDeepEqual(await validateManifest(broken, 'cmi5'), []);
    }
  });

  test('the structure checks catch a wrong tincan.xml or cmi5.xml', () => {
    const { manifest: tincan } = zipNamed('xapi');
    const values = { ...config };
    const broken = {
      'other id': tincan.replace(config.activityIri, 'https://example.com/other'),
      'other type': tincan.replace('/activities/course', '/activities/module'),
      'two activities': tincan.replace(/(<activity\b[\s\S]*<\/activity>)/, '$1$1'),
      'no launch': tincan.replace(/\s*<launch\b[^>]*>[^<]*<\/launch>/, ''),
      'other launch': tincan.replace('>index.html<', '>start.html<'),
      'empty name': tincan.replace(/(<name\b[^>]*>)[^<]*/, '$1'),
      'no lang': tincan.replace(/(<description) lang="[^"]*"/, '$1'),
      'one language twice': tincan.replace('<name lang="en-US">', '<name lang="nl-NL">'),
      'other namespace': tincan.replace('projecttincan.com', 'example.com'),
      'other root': tincan.replace(/<(\/?)tincan\b/g, '<$1package'),
    };
    for (const [what, xml] of Object.entries(broken)) {
      assert.notEqual(xml, tincan, what);
      assert.notDeepEqual(checkTincan(xml, values), [], what);
    }
    const noEnglishName = tincan.replace(/\s*<name lang="en-US">[^<]*<\/name>/, '');
    assert.notEqual(noEnglishName, tincan);
    assert.deepEqual(checkTincan(noEnglishName, { ...values, languages: 'nl-NL en-US' }), ['<name> is missing for en-US.']);
    const cmi5 = PACKAGES.find((definition) => definition.name === 'cmi5');
    const { manifest } = zipNamed('cmi5');
    assert.ok(cmi5?.check);
    assert.deepEqual(cmi5.check(manifest, values), []);
    assert.match(cmi5.check(manifest.replace(`${config.activityIri}/au`, config.activityIri), values).join('\n'), /<au id> must be/);
    assert.match(
      cmi5.check(manifest.replace('moveOn="Completed"', 'moveOn="Passed" masteryScore="0.8"'), values).join('\n'),
      /moveOn[\s\S]*masteryScore/,
    );
  });

  test('a tincan.xml that is not well-formed or wrongly structured fails the build, naming the zip and the problem', async () => {
    const xapi = PACKAGES.find((definition) => definition.name === 'xapi');
    assert.ok(xapi);
    /** @type {typeof xapi.render} */
    const unclosed = (...args) => xapi.render(...args).replace('</activities>', '');
    await assert.rejects(buildPackages({ root: project, packages: [{ ...xapi, render: unclosed }] }), (error) => {
      assert.ok(error instanceof PackagingError);
      assert.match(
        error.message,
        /^tincan\.xml of [\w.-]+-xapi\.zip, from scripts\/templates\/tincan\.xml, is invalid \(no official schema[^)]*\):\n {2}line \d+: /,
      );
      return true;
    });
    /** @type {typeof xapi.render} */
    const otherId = (...args) => xapi.render(...args).replace(config.activityIri, 'https://example.com/x');
    await assert.rejects(buildPackages({ root: project, packages: [{ ...xapi, render: otherId }] }), /<activity id> must be activityIri/);
  });
});

describe('zip contents', () => {
  test('the manifest and the launch file index.html are at the zip root', () => {
    for (const { name, manifestName, entries } of zips) {
      assert.ok(manifestName in entries, name);
      assert.ok('index.html' in entries, name);
    }
    for (const { name, manifest } of scormZips()) assert.equal(attributeOf(manifest, 'resource', 'href'), 'index.html', name);
    assert.deepEqual(
      textsOf(zipNamed('xapi').manifest, 'launch').map(({ text }) => text),
      ['index.html'],
    );
    assert.deepEqual(
      textsOf(zipNamed('cmi5').manifest, 'url').map(({ text }) => text),
      ['index.html'],
    );
  });

  test('every file in a SCORM zip is listed in its manifest, and every listed file is in the zip', () => {
    for (const { name, entries, manifest } of scormZips()) {
      const inZip = Object.keys(entries)
        .filter((entry) => entry !== 'imsmanifest.xml')
        .sort();
      assert.deepEqual(listedFiles(manifest).sort(), inZip, name);
    }
  });

  test('the zip holds the manifest and the web folder, and nothing else', () => {
    const web = filesUnder(join(project, 'dist/web'))
      .filter((path) => !/(^|\/)\.|\.map$|(^|\/)(preview|tests?)([./_-]|$)/i.test(path))
      .sort();
    for (const { name, manifestName, entries } of zips) {
      const names = Object.keys(entries);
      assert.deepEqual(names.filter((entry) => entry !== manifestName).sort(), web, name);
      for (const entry of names) {
        assert.doesNotMatch(entry, /(^|\/)\.|\.map$|\.ts$|preview|(^|\/)tests?\/|\.test\./i, `${name}: ${entry}`);
      }
    }
  });

  test('the zips are deterministic: a second build gives the same bytes', async () => {
    await delay(2100); // zip times have a 2-second resolution: a clock-based time would now differ
    const { packages } = await buildPackages({ root: project });
    for (const { name, bytes } of zips) {
      const again = packages.find((built) => built.definition.name === name);
      assert.ok(again, name);
      assert.ok(Buffer.from(again.zip).equals(Buffer.from(bytes)), `${name}: the bytes differ`);
    }
  });
});

describe('values and failures', () => {
  test('inserted values are XML-escaped and the manifests stay valid', async () => {
    const dir = temporaryDir();
    const title = `Tom & Jerry's <"zelf"> assessment`;
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ ...config, title, version: '1.0 <b>' }));
    const { packages } = await buildPackages({ root: project, configFile: join(dir, 'config.json') });
    for (const { definition, manifest } of packages) {
      // Escaped as the DOM serializer does (& and < always; ' and a " in text need not be): never raw.
      assert.ok(!manifest.includes(title) && manifest.includes('Tom &amp; Jerry'), definition.name);
      if (definition.manifestName === 'imsmanifest.xml') {
        assert.equal(organizationTitle(manifest), title, definition.name);
        assert.equal(itemTitle(manifest), title, definition.name);
        assert.equal(attributeOf(manifest, 'manifest', 'version'), '1.0 <b>', definition.name);
      } else {
        const titles = textsOf(manifest, definition.name === 'xapi' ? 'name' : 'langstring').map(({ text }) => text);
        assert.ok(titles.includes(title), definition.name);
      }
      assert.deepEqual(
        definition.schema ? await validateManifest(manifest, definition.schema) : await checkWellFormed(manifest),
        [],
        definition.name,
      );
    }
  });

  test('an invalid manifest fails the build, naming the zip, the template and the error', async () => {
    const [scorm12] = PACKAGES;
    /** @type {typeof scorm12.render} */
    const render = (...args) => scorm12.render(...args).replace('adlcp:scormtype="sco"', 'adlcp:scormtype="asset2"');
    await assert.rejects(buildPackages({ root: project, packages: [{ ...scorm12, render }] }), (error) => {
      assert.ok(error instanceof PackagingError);
      assert.match(
        error.message,
        /^imsmanifest\.xml of [\w.-]+-scorm12\.zip, from imsmanifest\.xml, is invalid \(schema: schemas\/scorm12\/\):\n {2}line \d+: .*asset2/,
      );
      return true;
    });
  });

  test('dotfiles, source maps, previews and tests in the web folder stay out of the zips', async () => {
    const dir = temporaryDir();
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
      if (definition.manifestName === 'imsmanifest.xml') assert.deepEqual(listedFiles(manifest), expected, definition.name);
      assert.deepEqual(Object.keys(unzipSync(zip)), [definition.manifestName, ...expected], definition.name);
    }
    assert.deepEqual(leftOut, ['.DS_Store', '.cache/x.js', 'app.js.map', 'preview.html', 'tests/app.test.js']);
  });

  test('files not reachable from index.html (stale chunks) are found', () => {
    const files = ['app.js', 'chunks/new.js', 'chunks/old.js', 'chunks/old-dep.js', 'index.html', 'page.css'];
    const texts = [
      'import("./chunks/new.js")',
      '',
      'import "./old-dep.js"',
      '',
      '<script src="app.js"></script><link href="page.css">',
      '',
    ];
    assert.deepEqual(
      findUnreachable(
        files,
        texts.map((text) => Buffer.from(text)),
        'index.html',
      ),
      ['chunks/old.js', 'chunks/old-dep.js'],
    );
  });

  test('a template placeholder without a value fails with the template and the placeholder', () => {
    assert.throws(() => fillTemplate('<a>{{nope}}</a>', { title: 't' }, [], 'x.xml'), /x\.xml: \{\{nope\}\} has no value/);
  });

  test('a template that is not well-formed XML fails with the template and the line', () => {
    assert.throws(() => fillTemplate('<a>\n  <b>{{title}}</a>', { title: 't' }, [], 'x.xml'), {
      name: 'PackagingError',
      message: /^x\.xml: is not well-formed XML: line 2: .*"b"/,
    });
    const [scorm12] = PACKAGES;
    assert.throws(() => scorm12.render('<manifest>\n<resource>\n</manifest>', { ...config }, [], 'imsmanifest.xml'), {
      name: 'PackagingError',
      message: /^imsmanifest\.xml: is not well-formed XML: line 2: .*"resource"/,
    });
  });

  test('the SCORM 1.2 manifest must stay a sco without a mastery score, with one item', () => {
    const [scorm12] = PACKAGES;
    const manifest = readFileSync(join(root, 'imsmanifest.xml'), 'utf8');
    /** @param {string} xml */
    const render = (xml) => () => scorm12.render(xml, { ...config }, ['index.html'], 'imsmanifest.xml');
    assert.throws(
      render(manifest.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="asset"')),
      /imsmanifest\.xml: the resource must keep adlcp:scormtype="sco"\./,
    );
    assert.throws(render(manifest.replace('</item>', '<adlcp:masteryscore>80</adlcp:masteryscore></item>')), /remove adlcp:masteryscore/);
    assert.throws(render(manifest.replace(/(<item\b[\s\S]*<\/item>)/, '$1$1')), /expected exactly one <item> with a <title>, found 2\./);
  });

  test('a missing or empty web folder fails with a clear message', async () => {
    const dir = temporaryDir();
    await assert.rejects(buildPackages({ webDir: join(dir, 'web') }), (error) => {
      assert.ok(error instanceof PackagingError);
      assert.match(error.message, /web\/ is missing: run `npx rollup -c` first/);
      return true;
    });
    mkdirSync(join(dir, 'empty'));
    await assert.rejects(buildPackages({ webDir: join(dir, 'empty') }), /empty\/ is empty/);
  });
});

describe('languages', () => {
  test('every zip holds both languages: the English texts are chunks of their own, loaded only when chosen', () => {
    for (const { name, entries } of zips) {
      const chunks = Object.keys(entries).filter((entry) => entry.startsWith('chunks/'));
      const text = (/** @type {string} */ entry) => Buffer.from(entries[entry]).toString('utf8');
      const holding = (/** @type {string} */ phrase) => chunks.filter((chunk) => text(chunk).includes(phrase));
      // The English first screen, and the English steps after it (a statement of pillar 3).
      assert.equal(holding(englishIntro.intro.stepsHeading).length, 1, `${name}: English first-screen texts`);
      assert.equal(holding('My organisation has no rules and/or procedures').length, 1, `${name}: English later texts`);
      // The app's chunk (app.js loads it once the prerendered introduction is painted) holds the Dutch first screen, not the English one.
      const app = chunks.find((chunk) => /^chunks\/app-[\w-]+\.js$/.test(chunk));
      assert.ok(app, `${name}: the app's chunk`);
      assert.ok(text(app).includes(intro.intro.stepsHeading), `${name}: Dutch in ${app}`);
      assert.ok(!text(app).includes(englishIntro.intro.stepsHeading), `${name}: no English in ${app}`);
    }
  });

  test('the SCORM manifests keep one title (their schemas allow no language per title)', () => {
    for (const { name, manifest } of scormZips()) {
      assert.equal(organizationTitle(manifest), config.title, name);
      assert.doesNotMatch(manifest, new RegExp(englishIntro.title), name);
    }
  });
});
