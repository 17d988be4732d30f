// @ts-check
/**
 * The packaging step of `npm run build`, run after rollup has written dist/web/:
 * one zip per standard in PACKAGES, each holding its manifest at the zip root
 * plus every file of dist/web/ (index.html at the root): SCORM 1.2 and SCORM
 * 2004 (imsmanifest.xml), xAPI (tincan.xml) and cmi5 (cmi5.xml). Each manifest
 * is validated against its official schema (schemas/), or, for tincan.xml, which
 * has none, checked for well-formedness and structure; an invalid manifest, or a
 * missing or empty dist/web/, fails the build with a message saying what and where.
 *
 *   node scripts/package.mjs   →   dist/<identifier>-<name>.zip
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCmi5 } from './packaging/cmi5-course.mjs';
import { patchScorm12Manifest } from './packaging/manifest-scorm12.mjs';
import { readConfig, readManifestTexts } from './packaging/manifest-values.mjs';
import { PackagingError } from './packaging/packaging-error.mjs';
import { fillTemplate } from './packaging/template.mjs';
import { checkTincan } from './packaging/tincan.mjs';
import { findUnreachable, listWebFiles } from './packaging/web-files.mjs';
import { makeZip } from './packaging/zip.mjs';
import { checkWellFormed, validateManifest } from './validate-manifest.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/**
 * @typedef {object} PackageDefinition
 * @property {string} name          zip name suffix: dist/<identifier>-<name>.zip
 * @property {string} label         the standard, for messages
 * @property {string} manifestName  the manifest's file name at the zip root
 * @property {string} template      the manifest template, relative to the repository root
 * @property {(template: string, values: Record<string, string>, files: string[], source: string) => string} render
 *   fills in the template: `values` are the string fields of content/config.json
 *   (identifier, title, version, activityIri, …) plus `lang` and `description`
 *   (readManifestTexts), `files` the packaged files
 * @property {string | null} schema folder under schemas/ to validate against; null when the
 *   standard has no official schema (xAPI's tincan.xml): the manifest is then checked to be well-formed
 * @property {(manifest: string, values: Record<string, string>) => string[]} [check] further checks,
 *   one error string each
 */

/** @type {PackageDefinition[]} */
export const PACKAGES = [
  {
    name: 'scorm12',
    label: 'SCORM 1.2',
    manifestName: 'imsmanifest.xml',
    template: 'imsmanifest.xml',
    render: patchScorm12Manifest,
    schema: 'scorm12',
  },
  {
    name: 'scorm2004',
    label: 'SCORM 2004 4th edition',
    manifestName: 'imsmanifest.xml',
    template: 'scripts/templates/imsmanifest-2004.xml',
    render: fillTemplate,
    schema: 'scorm2004-4th',
  },
  {
    name: 'xapi',
    label: 'xAPI (TinCan)',
    manifestName: 'tincan.xml',
    template: 'scripts/templates/tincan.xml',
    render: fillTemplate,
    schema: null,
    check: checkTincan,
  },
  {
    name: 'cmi5',
    label: 'cmi5',
    manifestName: 'cmi5.xml',
    template: 'scripts/templates/cmi5.xml',
    render: fillTemplate,
    schema: 'cmi5',
    check: checkCmi5,
  },
];

/**
 * @typedef {object} BuiltPackage
 * @property {PackageDefinition} definition
 * @property {string} zipName   e.g. wed-zelfassessment-scorm12.zip
 * @property {string} manifest  the filled-in manifest
 * @property {string[]} files   the web folder's files in the zip, beside the manifest
 * @property {Uint8Array} zip
 */

/**
 * Builds every package in memory.
 * @param {{ root?: string, webDir?: string, configFile?: string, contentDir?: string, packages?: PackageDefinition[] }} [options]
 *   paths relative to `root` (default: this repository); `contentDir` holds the texts the
 *   description comes from
 * @returns {Promise<{ packages: BuiltPackage[], leftOut: string[], unreachable: string[] }>} the packages, the web
 *   folder's files left out, and the packaged files not reachable from index.html (stale chunks?)
 */
export async function buildPackages({
  root = ROOT,
  webDir = 'dist/web',
  configFile = 'content/config.json',
  contentDir = 'content',
  packages = PACKAGES,
} = {}) {
  const webPath = resolve(root, webDir);
  const webLabel = `${relative(root, webPath).replace(/\\/g, '/')}/`;
  const { files, leftOut } = await listWebFiles(webPath, webLabel);
  const values = await readManifestTexts(
    await readConfig(resolve(root, configFile), configFile),
    resolve(root, contentDir),
    `${contentDir}/`,
  );
  const clash = packages.find((definition) => files.includes(definition.manifestName));
  if (clash) throw new PackagingError(`${webLabel}${clash.manifestName} clashes with the ${clash.label} manifest at the zip root.`);
  const contents = await Promise.all(files.map((file) => readFile(join(webPath, file))));

  /** @type {string[]} */
  const errors = [];
  /** @type {BuiltPackage[]} */
  const built = [];
  for (const definition of packages) {
    const zipName = `${values.identifier}-${definition.name}.zip`;
    const template = await readFile(resolve(root, definition.template), 'utf8').catch(() => {
      throw new PackagingError(`${definition.template}: cannot read the ${definition.label} manifest template.`);
    });
    const manifest = definition.render(template, values, files, definition.template);
    const problems = definition.schema ? await validateManifest(manifest, definition.schema) : await checkWellFormed(manifest);
    // Structure checks need a well-formed manifest.
    if (problems.length === 0 && definition.check) problems.push(...definition.check(manifest, values));
    if (problems.length > 0) {
      const against = definition.schema
        ? ` (schema: schemas/${definition.schema}/)`
        : ' (no official schema: checked for well-formedness and structure)';
      errors.push(
        `${definition.manifestName} of ${zipName}, from ${definition.template}, is invalid${against}:`,
        ...problems.map((p) => `  ${p}`),
      );
      continue;
    }
    const entries = /** @type {[string, Uint8Array][]} */ ([
      [definition.manifestName, Buffer.from(manifest, 'utf8')],
      ...files.map((file, i) => [file, contents[i]]),
    ]);
    built.push({ definition, zipName, manifest, files, zip: makeZip(entries) });
  }
  if (errors.length > 0) throw new PackagingError(errors.join('\n'));
  return { packages: built, leftOut, unreachable: findUnreachable(files, contents, 'index.html') };
}

/** Builds the packages and writes them to dist/. */
async function main() {
  const outDir = resolve(ROOT, 'dist');
  const { packages, leftOut, unreachable } = await buildPackages();
  await mkdir(outDir, { recursive: true });
  for (const { zipName, zip, files, definition } of packages) {
    await writeFile(join(outDir, zipName), zip);
    console.log(
      `dist/${zipName}: ${definition.label}, ${definition.manifestName} + ${files.length} file${files.length === 1 ? '' : 's'}, ${(zip.length / 1024).toFixed(1)} KiB`,
    );
  }
  if (leftOut.length > 0) console.log(`left out of the zips: ${leftOut.join(', ')}`);
  for (const file of unreachable) {
    console.warn(
      `warning: dist/web/${file} is in the zips, but nothing reachable from index.html mentions it (left over from an earlier build? empty dist/web/ before rollup)`,
    );
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof PackagingError ? `scripts/package.mjs: ${error.message}` : error);
    process.exitCode = 1;
  });
}
