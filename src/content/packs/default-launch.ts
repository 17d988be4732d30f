/**
 * The first screen's texts in the default language: the texts the package
 * starts with, in the launch bundle. As written, the Dutch ones (what type
 * checking, the tests and the team report use); `npm run build` makes this
 * module the pack of content/config.json's defaultLanguage instead
 * (scripts/default-language.mjs).
 */
export * from './nl-launch.js';
