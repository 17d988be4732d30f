// @ts-check
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The modules that name the default language's texts, and the pack each one becomes: packs/<language>-<part>.ts. */
const SWITCHES = [
  { module: 'src/content/packs/default-launch.ts', part: 'launch' },
  { module: 'src/content/packs/default-later.ts', part: 'later' },
];

/**
 * content/config.json's defaultLanguage (the content check has made sure it is a content language).
 * @param {string} [rootDir]
 * @returns {string}
 */
export function configuredDefaultLanguage(rootDir = process.cwd()) {
  return JSON.parse(readFileSync(path.join(rootDir, 'content/config.json'), 'utf8')).defaultLanguage;
}

/**
 * Rollup plugin: the package starts with the texts of content/config.json's
 * defaultLanguage. src/content/packs/default-launch.ts and default-later.ts
 * re-export the Dutch texts as written (for type checking, the tests and the
 * team report); in this build they re-export the default language's:
 * src/content/packs/<language>-launch.ts and <language>-later.ts. Its first
 * screen is then in the launch bundle, and Dutch loads like any other language,
 * when it is chosen. Goes after contentValidation(), which checks the config.
 * @param {string} [rootDir]
 * @returns {import('rollup').Plugin}
 */
export function defaultLanguageTexts(rootDir = process.cwd()) {
  const switches = new Map(SWITCHES.map(({ module, part }) => [path.join(rootDir, module), part]));
  let language = '';
  return {
    name: 'default-language-texts',
    buildStart() {
      language = configuredDefaultLanguage(rootDir);
      for (const part of switches.values()) {
        const pack = `src/content/packs/${language}-${part}.ts`;
        if (!existsSync(path.join(rootDir, pack))) {
          this.error(
            `content/config.json: defaultLanguage "${language}" has no texts in the code: ${pack} is missing (docs/languages.md, "Adding a language")`,
          );
        }
      }
    },
    load(id) {
      const part = switches.get(id);
      return part === undefined ? null : `export * from './${language}-${part}.js';\n`;
    },
  };
}
