// @ts-check
/**
 * The content check: every file in content/ against its JSON Schema in
 * content/schema/, plus the cross-checks a schema cannot express.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { checkAssessmentIds } from './assessment-ids.mjs';
import { checkConfig } from './config-checks.mjs';
import { FILE_MAP, LANGUAGE_DIR, listLanguages } from './content-files.mjs';
import { orderErrors } from './error-order.mjs';
import { isObject } from './is-object.mjs';
import { readJson } from './read-json.mjs';
import { compileSchemas, schemaErrors } from './schemas.mjs';
import { compareTranslation } from './translations.mjs';

/** @typedef {import('./content-error.mjs').ContentError} ContentError */

/**
 * @param {string} rootDir the folder holding content/
 * @returns {ContentError[]}
 */
export function validateContent(rootDir) {
  return checkContent(rootDir).errors;
}

/**
 * Like validateContent, also telling which content files were checked.
 * @param {string} rootDir the folder holding content/
 * @returns {{ files: string[], errors: ContentError[] }}
 */
export function checkContent(rootDir) {
  /** @type {ContentError[]} */
  const errors = [];
  /** @type {string[]} */
  const files = [];
  /** @type {Map<string, unknown>} */
  const documents = new Map();

  /** @param {string} rel */
  const load = (rel) => {
    const result = readJson(rootDir, rel);
    if ('error' in result) {
      errors.push(result.error);
      return undefined;
    }
    documents.set(rel, result.value);
    return result.value;
  };

  /** @param {string} rel @param {unknown} data @param {import('ajv').ValidateFunction | undefined} validate */
  const check = (rel, data, validate) => {
    if (validate && !validate(data)) errors.push(...schemaErrors(rel, validate.errors ?? []));
  };

  const validators = compileSchemas(rootDir, load, (error) => errors.push(error));

  // content/config.json
  const configRel = 'content/config.json';
  const config = load(configRel);
  if (config !== undefined) {
    files.push(configRel);
    check(configRel, config, validators.get('config.schema.json'));
    errors.push(...checkConfig(rootDir, configRel, config));
  }

  // content/<lang>/*.json: every language folder, and at least the default language.
  const configured = isObject(config) ? config.defaultLanguage : undefined;
  const defaultLanguage = typeof configured === 'string' && LANGUAGE_DIR.test(configured) ? configured : 'nl';
  const languages = new Set(listLanguages(rootDir));
  languages.add(defaultLanguage);
  for (const lang of [...languages].sort()) {
    for (const { file, schema, optionalSchema, onlyIn } of FILE_MAP.filter((entry) => entry.perLanguage)) {
      const rel = `content/${lang}/${file}`;
      const exists = existsSync(path.join(rootDir, rel));
      const schemaKnown = validators.has(schema);
      if (optionalSchema && !schemaKnown && !exists) continue;
      if (onlyIn && lang !== onlyIn && !exists) continue;
      const data = load(rel);
      if (data === undefined) continue;
      files.push(rel);
      check(rel, data, validators.get(schema));
      if (file === 'assessment.json') errors.push(...checkAssessmentIds(rel, data));
    }
  }

  // Every translation has the same texts, ids and links as the default language.
  /** @type {ContentError[]} */
  const translationErrors = [];
  for (const lang of [...languages].sort()) {
    if (lang === defaultLanguage) continue;
    for (const { file } of FILE_MAP.filter((entry) => entry.perLanguage && !entry.onlyIn)) {
      const rel = `content/${lang}/${file}`;
      const reference = `content/${defaultLanguage}/${file}`;
      if (documents.has(rel) && documents.has(reference)) {
        translationErrors.push(...compareTranslation(rel, reference, documents.get(rel), documents.get(reference)));
      }
    }
  }
  // Where the schema already said what is wrong at a place, the comparison adds nothing.
  const reported = new Set(errors.map((error) => `${error.file} ${error.path}`));
  errors.push(...translationErrors.filter((error) => !reported.has(`${error.file} ${error.path}`)));

  return { files, errors: orderErrors(errors, documents) };
}
