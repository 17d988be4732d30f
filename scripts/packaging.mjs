// @ts-check
/**
 * Helpers of scripts/package.mjs: listing the web folder, filling in manifests
 * (every inserted value XML-escaped) and making deterministic zips.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync } from 'fflate';

/** An error whose message is meant for the person running the build. */
export class PackagingError extends Error {
  /** @override */
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
 * A language tag with a region for manifests' `lang` attributes: a tag with a
 * region stays as it is; a bare language gets its usual region (nl → nl-NL),
 * or stays bare when it has none here (still a valid tag).
 * @param {string} language e.g. "nl" or "nl-BE"
 */
export function languageTag(language) {
  if (language.includes('-')) return language;
  /** @type {Record<string, string>} */
  const regions = { nl: 'NL', en: 'US', de: 'DE', fr: 'FR', es: 'ES', it: 'IT', pt: 'PT', pl: 'PL', tr: 'TR' };
  return Object.hasOwn(regions, language) ? `${language}-${regions[language]}` : language;
}

/**
 * The values the xAPI and cmi5 manifests need beyond the config's own strings:
 * `lang` (the default language with its region) and, unless the config has one,
 * `description`: the last paragraph of the introduction in
 * `<contentDir>/<defaultLanguage>/intro.json`, which says what the assessment is for.
 * And the same per content language (every folder `<contentDir>/<lang>/` with an
 * intro.json, the default language first): `languages`, their tags separated by
 * spaces, and for each tag T `lang@T`, `title@T` (the config's title for the default
 * language, intro.json's title for the others) and `description@T`, which template
 * lines with `{{each.…}}` placeholders use (fillTemplate).
 * @param {Record<string, string>} values the config's strings (readConfig)
 * @param {string} contentDir absolute path of content/
 * @param {string} label how messages name content/, e.g. "content/"
 * @returns {Promise<Record<string, string>>}
 */
export async function readManifestTexts(values, contentDir, label) {
  const language = values.defaultLanguage || 'nl';
  const defaultTexts = await readIntro(contentDir, language, label, Boolean(values.description));
  const description = values.description || defaultTexts.description;
  if (!description) {
    throw new PackagingError(`${label}${language}/intro.json: intro.paragraphs must end with a text (the package description).`);
  }
  const tag = languageTag(language);
  /** @type {Record<string, string>} */
  const out = { ...values, lang: tag, description, [`lang@${tag}`]: tag, [`title@${tag}`]: values.title, [`description@${tag}`]: description };
  const tags = [tag];
  const others = (await readdir(contentDir, { withFileTypes: true }).catch(() => []))
    .filter((entry) => entry.isDirectory() && /^[a-z]{2}(?:-[A-Z]{2})?$/.test(entry.name) && entry.name !== language)
    .map((entry) => entry.name)
    .sort();
  for (const other of others) {
    if (!existsSync(join(contentDir, other, 'intro.json'))) continue;
    const texts = await readIntro(contentDir, other, label, false);
    if (!texts.title || !texts.description) {
      throw new PackagingError(`${label}${other}/intro.json: needs a title and intro.paragraphs ending with a text (the package description).`);
    }
    const otherTag = languageTag(other);
    tags.push(otherTag);
    Object.assign(out, { [`lang@${otherTag}`]: otherTag, [`title@${otherTag}`]: texts.title, [`description@${otherTag}`]: texts.description });
  }
  return { ...out, languages: tags.join(' ') };
}

/**
 * The title and description (last paragraph of the introduction) of one language.
 * @param {string} contentDir
 * @param {string} language
 * @param {string} label
 * @param {boolean} optional any read error gives empty texts (else only a missing file does, for a
 *   language other than the default: a folder without texts yet)
 * @returns {Promise<{ exists: boolean, title: string, description: string }>}
 */
async function readIntro(contentDir, language, label, optional) {
  const file = `${language}/intro.json`;
  /** @type {any} */
  let intro;
  try {
    intro = JSON.parse(await readFile(join(contentDir, file), 'utf8'));
  } catch (error) {
    if (optional) return { exists: false, title: '', description: '' };
    throw new PackagingError(`${label}${file}: cannot read it: ${error instanceof Error ? error.message : error}`);
  }
  const paragraphs = intro?.intro?.paragraphs;
  const last = Array.isArray(paragraphs) ? paragraphs.at(-1) : undefined;
  return {
    exists: true,
    title: typeof intro?.title === 'string' ? intro.title.trim() : '',
    description: typeof last === 'string' ? last.trim() : '',
  };
}

/**
 * @param {string[]} files
 * @param {string} indent
 */
const fileElements = (files, indent) => files.map((file) => `${indent}<file href="${xmlEscape(file)}"/>`).join('\n');

/**
 * Fills in a template: a line holding only `{{files}}` becomes one `<file>` per
 * file at that indentation; a line with `{{each.key}}` placeholders is written
 * once per content language (`values.languages`, default first), each time with
 * that language's `values['key@<tag>']` (`each.lang`, `each.title`, `each.description`);
 * every other `{{key}}` becomes `values[key]`, escaped.
 * The template's XML comments are its documentation and are left out.
 * @param {string} template
 * @param {Record<string, string>} values
 * @param {string[]} files
 * @param {string} source the template's path, for messages
 */
export function fillTemplate(template, values, files, source) {
  const tags = (typeof values.languages === 'string' && values.languages.trim() ? values.languages : values.lang ?? '').split(/\s+/);
  return template
    .replace(/[ \t]*<!--[\s\S]*?-->[ \t]*\r?\n?/g, '')
    .replace(/^([ \t]*)\{\{files\}\}[ \t]*$/gm, (_line, indent) => fileElements(files, indent))
    .replace(/^.*\{\{each\.\w+\}\}.*(?:\r?\n)?/gm, (line) =>
      tags
        .map((tag) =>
          line.replace(/\{\{each\.(\w+)\}\}/g, (_placeholder, key) =>
            // Values without languages (only `lang`): the plain value stands for the one language.
            Object.hasOwn(values, `${key}@${tag}`) || !Object.hasOwn(values, key) ? `{{${key}@${tag}}}` : `{{${key}}}`,
          ),
        )
        .join(''),
    )
    .replace(/\{\{([\w@-]+)\}\}/g, (placeholder, key) => {
      if (!Object.hasOwn(values, key)) {
        throw new PackagingError(`${source}: ${placeholder} has no value (known: ${Object.keys(values).join(', ')}, files).`);
      }
      return xmlEscape(values[key]);
    });
}

/**
 * @param {string} xml
 * @param {string} element
 * @returns {{ attributes: Record<string, string>, text: string }[]} each occurrence's attributes and
 *   text content (unescaped; empty for an empty element)
 */
function elementsNamed(xml, element) {
  const pattern = new RegExp(`<${element}((?:\\s+[\\w:.-]+\\s*=\\s*"[^"]*")*)\\s*(?:/>|>([\\s\\S]*?)</${element}>)`, 'g');
  return [...xml.matchAll(pattern)].map((match) => ({
    attributes: Object.fromEntries(
      [...match[1].matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)].map(([, name, value]) => [name, xmlUnescape(value)]),
    ),
    text: xmlUnescape(match[2] ?? ''),
  }));
}

/** @param {string} text */
export const xmlUnescape = (text) =>
  text.replace(/&(lt|gt|quot|apos|amp);/g, (_, /** @type {'lt' | 'gt' | 'quot' | 'apos' | 'amp'} */ name) =>
    ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]);

/** The namespace of tincan.xml's root element. */
export const TINCAN_NAMESPACE = 'http://projecttincan.com/tincan.xsd';
/** The activity type of the package in tincan.xml. */
export const COURSE_ACTIVITY_TYPE = 'http://adlnet.gov/expapi/activities/course';

/**
 * The structure checks of tincan.xml, which has no official schema (the caller
 * checks that it is well-formed): a `<tincan>` root in the TinCan namespace
 * holding exactly one activity, the course, whose id is the config's
 * activityIri, with a name and a description in each content language
 * (`values.languages`, else at least one), each with a different `lang`, and
 * `index.html` as its one launch, with a `lang`.
 * @param {string} xml
 * @param {Record<string, string>} values
 * @returns {string[]} one line per problem
 */
export function checkTincan(xml, values) {
  /** @type {string[]} */
  const problems = [];
  const body = xml.replace(/<\?xml[\s\S]*?\?>/, '').replace(/<!--[\s\S]*?-->/g, '').trim();
  const root = elementsNamed(body, 'tincan');
  if (!body.startsWith('<tincan') || root.length !== 1) problems.push('the root element must be one <tincan>.');
  else if (root[0].attributes.xmlns !== TINCAN_NAMESPACE) problems.push(`<tincan> must have xmlns="${TINCAN_NAMESPACE}".`);
  if (elementsNamed(body, 'activities').length !== 1) problems.push('there must be exactly one <activities>.');
  const activities = elementsNamed(body, 'activity');
  if (activities.length !== 1) {
    problems.push(`there must be exactly one <activity> (the course), found ${activities.length}.`);
    return problems;
  }
  const [{ attributes, text: inner }] = activities;
  if (attributes.id !== values.activityIri) problems.push(`<activity id> must be activityIri "${values.activityIri}", not "${attributes.id ?? ''}".`);
  if (!/^https?:\/\/\S+$/.test(attributes.id ?? '')) problems.push('<activity id> must be an absolute http(s) IRI.');
  if (attributes.type !== COURSE_ACTIVITY_TYPE) problems.push(`<activity type> must be "${COURSE_ACTIVITY_TYPE}".`);
  const languages = typeof values.languages === 'string' ? values.languages.split(/\s+/).filter(Boolean) : [];
  for (const name of ['name', 'description', 'launch']) {
    const found = elementsNamed(inner, name);
    if (name === 'launch' ? found.length !== 1 : found.length === 0) {
      problems.push(`the activity must have ${name === 'launch' ? 'exactly' : 'at least'} one <${name}>, found ${found.length}.`);
      continue;
    }
    if (found.some((element) => !element.text.trim())) problems.push(`<${name}> must not be empty.`);
    const langs = found.map((element) => element.attributes.lang);
    if (langs.some((lang) => !lang)) problems.push(`<${name}> must have a lang attribute.`);
    else if (new Set(langs).size !== langs.length) problems.push(`<${name}> must not repeat a lang (${langs.join(', ')}).`);
    else if (name !== 'launch') {
      const missing = languages.filter((lang) => !langs.includes(lang));
      if (missing.length > 0) problems.push(`<${name}> is missing for ${missing.join(', ')}.`);
    }
  }
  const launch = elementsNamed(inner, 'launch')[0]?.text.trim();
  if (launch !== undefined && launch !== 'index.html') problems.push(`<launch> must be index.html, not "${launch}".`);
  return problems;
}

/**
 * The checks of cmi5.xml beyond its schema: the course id is the config's
 * activityIri, one assignable unit `<activityIri>/au` launching index.html,
 * moved on by completion alone (no pass or fail, so no masteryScore).
 * @param {string} xml
 * @param {Record<string, string>} values
 * @returns {string[]} one line per problem
 */
export function checkCmi5(xml, values) {
  /** @type {string[]} */
  const problems = [];
  const course = elementsNamed(xml, 'course');
  if (course[0]?.attributes.id !== values.activityIri) problems.push(`<course id> must be activityIri "${values.activityIri}".`);
  const units = elementsNamed(xml, 'au');
  if (units.length !== 1) {
    problems.push(`there must be exactly one <au>, found ${units.length}.`);
    return problems;
  }
  const [{ attributes, text: inner }] = units;
  if (attributes.id !== `${values.activityIri}/au`) problems.push(`<au id> must be "${values.activityIri}/au", not "${attributes.id ?? ''}".`);
  if (attributes.moveOn !== 'Completed') problems.push('<au moveOn> must be "Completed": the package reports no pass or fail.');
  if ('masteryScore' in attributes) problems.push('remove <au masteryScore>: the tracking contract has no pass or fail.');
  const url = elementsNamed(inner, 'url')[0]?.text.trim();
  if (url !== 'index.html') problems.push(`<au><url> must be index.html, not "${url ?? ''}".`);
  return problems;
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
 * version, the organization's and the item's title (one title in every manifest, so an
 * LMS's table of contents and reports read the same whichever zip was uploaded), and
 * the resource's `<file>` list.
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
  out = replaceOnce(out, /(<item\b[^>]*>\s*<title>)[^<]*(<\/title>)/, attr('title'), '<item> with a <title>', source);
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
