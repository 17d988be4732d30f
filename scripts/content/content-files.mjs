// @ts-check
/** Which files content/ holds, and which schema in content/schema/ checks each. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** A language folder's name: content/nl/, content/en/, content/nl-BE/. */
export const LANGUAGE_DIR = /^[a-z]{2}(?:-[A-Z]{2})?$/;

export const SCHEMA_DIR = 'content/schema';

/**
 * Which schema checks which file. `perLanguage` files live in every content/<lang>/,
 * unless `onlyIn` names the one language they are required in (the team report is
 * Dutch, whatever the package's default language); they are checked wherever they exist.
 * ui.json is only required (and checked) once its schema exists.
 * @type {ReadonlyArray<{ file: string, schema: string, perLanguage: boolean, optionalSchema: boolean, onlyIn?: string }>}
 */
export const FILE_MAP = [
  { file: 'config.json', schema: 'config.schema.json', perLanguage: false, optionalSchema: false },
  { file: 'intro.json', schema: 'intro.schema.json', perLanguage: true, optionalSchema: false },
  { file: 'assessment.json', schema: 'assessment.schema.json', perLanguage: true, optionalSchema: false },
  { file: 'ui.json', schema: 'ui.schema.json', perLanguage: true, optionalSchema: true },
  { file: 'report.json', schema: 'report.schema.json', perLanguage: true, optionalSchema: true, onlyIn: 'nl' },
  { file: 'ui-assessment.json', schema: 'ui-assessment.schema.json', perLanguage: true, optionalSchema: true },
];

/**
 * The language folders under content/.
 * @param {string} rootDir
 * @returns {string[]} folder names, e.g. ['en', 'nl']
 */
export function listLanguages(rootDir) {
  const contentDir = path.join(rootDir, 'content');
  if (!existsSync(contentDir)) return [];
  return readdirSync(contentDir).filter(
    (name) => LANGUAGE_DIR.test(name) && statSync(path.join(contentDir, name)).isDirectory(),
  );
}
