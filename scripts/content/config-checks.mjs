// @ts-check
/** What content/config.json's schema cannot check: its languages' folders and its video. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGE_DIR, listLanguages } from './content-files.mjs';
import { isObject } from './is-object.mjs';

/** @typedef {import('./content-error.mjs').ContentError} ContentError */

/**
 * The default language has a folder; config.languages names every language folder,
 * and only those (the language switch offers them under those names); the embedded
 * video is the one the watch link shows.
 * @param {string} rootDir
 * @param {string} file content/config.json
 * @param {unknown} config its parsed content
 * @returns {ContentError[]}
 */
export function checkConfig(rootDir, file, config) {
  /** @type {ContentError[]} */
  const errors = [];
  if (!isObject(config)) return errors;
  const lang = config.defaultLanguage;
  const defaultFolderMissing = typeof lang === 'string' && LANGUAGE_DIR.test(lang) && !existsSync(path.join(rootDir, 'content', lang));
  if (defaultFolderMissing) {
    errors.push({ file, path: '/defaultLanguage', message: `has no folder content/${lang}/` });
  }
  if (isObject(config.languages)) {
    const named = Object.keys(config.languages);
    for (const folder of listLanguages(rootDir)) {
      if (!named.includes(folder)) errors.push({ file, path: `/languages/${folder}`, message: `is required: content/${folder}/ exists` });
    }
    for (const name of named) {
      if (!existsSync(path.join(rootDir, 'content', name))) errors.push({ file, path: `/languages/${name}`, message: `has no folder content/${name}/` });
    }
    if (typeof lang === 'string' && !defaultFolderMissing && !named.includes(lang)) {
      errors.push({ file, path: '/defaultLanguage', message: `must be one of languages (${named.join(', ')})` });
    }
  }
  const video = config.video;
  if (isObject(video) && typeof video.watchUrl === 'string' && typeof video.embedUrl === 'string') {
    const watchId = youtubeId(video.watchUrl);
    const embedId = youtubeId(video.embedUrl);
    if (watchId && embedId && watchId !== embedId) {
      errors.push({ file, path: '/video/embedUrl', message: `shows video ${embedId} but watchUrl shows ${watchId}` });
    }
  }
  return errors;
}

/** @param {string} url @returns {string | undefined} */
function youtubeId(url) {
  return /^https:\/\/(?:www\.youtube(?:-nocookie)?\.com\/(?:watch\?v=|embed\/)|youtu\.be\/)([A-Za-z0-9_-]+)/.exec(url)?.[1];
}
