/**
 * The texts of the steps after the introduction in the default language: the
 * ones those steps start with. As written, the Dutch ones; `npm run build`
 * makes this module the pack of content/config.json's defaultLanguage instead
 * (scripts/default-language.mjs).
 */
export * from './nl-later.js';
