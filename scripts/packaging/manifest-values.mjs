// @ts-check
/** The values the manifests are filled in with: content/config.json's strings and each language's texts. */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PackagingError } from './packaging-error.mjs';

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
    throw new PackagingError(
      `${label}: "identifier" must be letters, digits, "-", "_" or "." (an XML ID and a file name), not "${values.identifier}".`,
    );
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
  const out = {
    ...values,
    lang: tag,
    description,
    [`lang@${tag}`]: tag,
    [`title@${tag}`]: values.title,
    [`description@${tag}`]: description,
  };
  const tags = [tag];
  const others = (await readdir(contentDir, { withFileTypes: true }).catch(() => []))
    .filter((entry) => entry.isDirectory() && /^[a-z]{2}(?:-[A-Z]{2})?$/.test(entry.name) && entry.name !== language)
    .map((entry) => entry.name)
    .sort();
  for (const other of others) {
    if (!existsSync(join(contentDir, other, 'intro.json'))) continue;
    const texts = await readIntro(contentDir, other, label, false);
    if (!texts.title || !texts.description) {
      throw new PackagingError(
        `${label}${other}/intro.json: needs a title and intro.paragraphs ending with a text (the package description).`,
      );
    }
    const otherTag = languageTag(other);
    tags.push(otherTag);
    Object.assign(out, {
      [`lang@${otherTag}`]: otherTag,
      [`title@${otherTag}`]: texts.title,
      [`description@${otherTag}`]: texts.description,
    });
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
