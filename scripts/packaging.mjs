// @ts-check
/**
 * Helpers of scripts/package.mjs: listing the web folder, filling in manifests
 * (every inserted value XML-escaped) and making deterministic zips.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync } from 'fflate';

/** An error whose message is meant for the person running the build. */
export class PackagingError extends Error {
  name = 'PackagingError';
}

/** Every zip entry gets this time, so repeated builds give identical bytes. */
export const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

/** @param {string} value */
export const xmlEscape = (value) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

/**
 * Whether a file of the web folder belongs in a package: no dotfiles, source
 * maps, previews or tests.
 * @param {string} path relative, forward slashes
 */
export const isPackaged = (path) =>
  !path.split('/').some((segment) => segment.startsWith('.')) &&
  !/\.map$/i.test(path) &&
  !/(^|\/)(preview|tests?)([./_-]|$)/i.test(path);

/**
 * @param {string} dir absolute path
 * @param {string} prefix path of `dir` below the listed folder ('' or ending in '/')
 * @returns {Promise<string[]>}
 */
async function walk(dir, prefix) {
  const lists = await Promise.all(
    (await readdir(dir, { withFileTypes: true })).map((entry) => {
      if (entry.isDirectory()) return walk(join(dir, entry.name), `${prefix}${entry.name}/`);
      return entry.isFile() ? [`${prefix}${entry.name}`] : [];
    }),
  );
  return lists.flat();
}

/**
 * Lists the files under `dir`, sorted by code unit, with forward slashes.
 * @param {string} dir absolute path
 * @param {string} label how messages name the folder, e.g. "dist/web/"
 * @returns {Promise<{ files: string[], leftOut: string[] }>} files to package, and those left out
 */
export async function listWebFiles(dir, label) {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) {
    throw new PackagingError(`${label} is missing: run \`npx rollup -c\` first (\`npm run build\` runs both).`);
  }
  const all = (await walk(dir, '')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files = all.filter(isPackaged);
  if (files.length === 0) {
    throw new PackagingError(`${label} is empty (no files to package): run \`npx rollup -c\` first.`);
  }
  if (!files.includes('index.html')) {
    throw new PackagingError(`${label}index.html is missing: it is the package's launch file.`);
  }
  return { files, leftOut: all.filter((path) => !isPackaged(path)) };
}

/**
 * The string fields of content/config.json, checked for what the packages need.
 * @param {string} path
 * @param {string} label
 * @returns {Promise<Record<string, string>>}
 */
export async function readConfig(path, label) {
  /** @type {Record<string, unknown>} */
  let config;
  try {
    config = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new PackagingError(`${label}: cannot read it: ${error instanceof Error ? error.message : error}`);
  }
  /** @type {Record<string, string>} */
  const values = {};
  for (const [key, value] of Object.entries(config)) if (typeof value === 'string') values[key] = value;
  for (const key of ['identifier', 'title', 'version']) {
    if (!values[key]?.trim()) throw new PackagingError(`${label}: "${key}" must be a non-empty string.`);
  }
  if (!/^[A-Za-z_][\w.-]*$/.test(values.identifier)) {
    throw new PackagingError(`${label}: "identifier" must be letters, digits, "-", "_" or "." (an XML ID and a file name), not "${values.identifier}".`);
  }
  return values;
}

/**
 * @param {string[]} files
 * @param {string} indent
 */
const fileElements = (files, indent) => files.map((file) => `${indent}<file href="${xmlEscape(file)}"/>`).join('\n');

/**
 * Fills in a template: a line holding only `{{files}}` becomes one `<file>` per
 * file at that indentation; every other `{{key}}` becomes `values[key]`, escaped.
 * The template's XML comments are its documentation and are left out.
 * @param {string} template
 * @param {Record<string, string>} values
 * @param {string[]} files
 * @param {string} source the template's path, for messages
 */
export function fillTemplate(template, values, files, source) {
  return template
    .replace(/[ \t]*<!--[\s\S]*?-->[ \t]*\r?\n?/g, '')
    .replace(/^([ \t]*)\{\{files\}\}[ \t]*$/gm, (_line, indent) => fileElements(files, indent))
    .replace(/\{\{(\w+)\}\}/g, (placeholder, key) => {
      if (!Object.hasOwn(values, key)) {
        throw new PackagingError(`${source}: ${placeholder} has no value (known: ${Object.keys(values).join(', ')}, files).`);
      }
      return xmlEscape(values[key]);
    });
}

/**
 * Replaces the one match of `pattern` in `text` with `replace(...groups)`.
 * @param {string} text
 * @param {RegExp} pattern without the g flag
 * @param {(...groups: string[]) => string} replace
 * @param {string} what the part looked for, for messages
 * @param {string} source
 */
function replaceOnce(text, pattern, replace, what, source) {
  const count = text.match(new RegExp(pattern.source, `${pattern.flags}g`))?.length ?? 0;
  if (count !== 1) throw new PackagingError(`${source}: expected exactly one ${what}, found ${count}.`);
  return text.replace(pattern, (_match, ...groups) => replace(...groups));
}

/**
 * Fills in the hand-written SCORM 1.2 manifest: the manifest's identifier and
 * version, the organization's title, and the resource's `<file>` list.
 * @param {string} xml
 * @param {Record<string, string>} values identifier, title and version
 * @param {string[]} files
 * @param {string} source the manifest's path, for messages
 */
export function patchScorm12Manifest(xml, values, files, source) {
  if (!/adlcp:scormtype="sco"/.test(xml)) {
    throw new PackagingError(`${source}: the resource must keep adlcp:scormtype="sco".`);
  }
  if (/masteryscore/i.test(xml)) {
    throw new PackagingError(`${source}: remove adlcp:masteryscore: the tracking contract has no pass or fail.`);
  }
  const attr = (/** @type {string} */ name) => (/** @type {string} */ before, /** @type {string} */ after) =>
    `${before}${xmlEscape(values[name])}${after}`;
  let out = replaceOnce(xml, /(<manifest\b[^>]*?\sidentifier=")[^"]*(")/, attr('identifier'), '<manifest identifier="…">', source);
  out = replaceOnce(out, /(<manifest\b[^>]*?\sversion=")[^"]*(")/, attr('version'), '<manifest version="…">', source);
  out = replaceOnce(out, /(<organization\b[^>]*>\s*<title>)[^<]*(<\/title>)/, attr('title'), '<organization> with a <title>', source);
  return replaceOnce(
    out,
    /^([ \t]*)(<resource\s[^>]*[^/]>)[\s\S]*?(<\/resource>)/m,
    (indent, open, close) => `${indent}${open}\n${fileElements(files, `${indent}  `)}\n${indent}${close}`,
    '<resource> element',
    source,
  );
}

/**
 * The files not reachable from the launch file by following file names mentioned
 * in the files' text: usually chunks left over from an earlier build, since rollup
 * does not empty its output folder.
 * @param {string[]} files
 * @param {Uint8Array[]} contents of `files`, same order
 * @param {string} launch the launch file, e.g. index.html
 */
export function findUnreachable(files, contents, launch) {
  const names = files.map((file) => file.slice(file.lastIndexOf('/') + 1));
  const reached = new Set([launch]);
  const queue = [launch];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const text = Buffer.from(contents[files.indexOf(file)]).toString('utf8');
    files.forEach((other, i) => {
      if (!reached.has(other) && text.includes(names[i])) {
        reached.add(other);
        queue.push(other);
      }
    });
  }
  return files.filter((file) => !reached.has(file));
}

/**
 * A zip of the given entries, in the given order, with a fixed time.
 * @param {[string, Uint8Array][]} entries name at the zip root and contents
 */
export function makeZip(entries) {
  /** @type {Record<string, Uint8Array>} */
  const zippable = {};
  for (const [name, data] of entries) zippable[name] = data;
  return zipSync(zippable, { level: 9, mtime: FIXED_MTIME });
}
