// @ts-check
/** The web folder (dist/web/) as the packages hold it: which files go in, which nothing uses. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PackagingError } from './packaging-error.mjs';

/**
 * Whether a file of the web folder belongs in a package: no dotfiles, source
 * maps, previews or tests.
 * @param {string} path relative, forward slashes
 */
export const isPackaged = (path) =>
  !path.split('/').some((segment) => segment.startsWith('.')) && !/\.map$/i.test(path) && !/(^|\/)(preview|tests?)([./_-]|$)/i.test(path);

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
