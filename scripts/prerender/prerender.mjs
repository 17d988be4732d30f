// @ts-check
/**
 * The first screen as markup (docs/prerender.md): the build writes `<wed-app>` as the app renders
 * it with no property set, the introduction of a fresh attempt in the default language, into
 * dist/web/index.html as declarative shadow DOM, so the first paint needs no JavaScript.
 *
 *   1. esbuild bundles scripts/prerender/entry.mjs for Node as rollup bundles src/ for the
 *      browser: content/config.json's defaultLanguage behind src/content/packs/default-*.ts
 *      (scripts/default-language.mjs) and the css`…` literals minified
 *      (scripts/minify-css-literals.mjs); `lit` and `@lit-labs/ssr` stay imports, so both are
 *      node_modules' one copy.
 *   2. A worker thread (render-worker.mjs) installs @lit-labs/ssr's DOM shim, imports the bundle
 *      and renders `<wed-app>` with Lit's server renderer.
 *   3. Lit's hydration markers come out (the app does not hydrate: it clears the declarative
 *      shadow root when it upgrades and renders anew); the markup replaces `<wed-app></wed-app>`
 *      in index.html, and each distinct inline `<style>` of the shadow roots gets its
 *      'sha256-…' source in the page's Content-Security-Policy style-src.
 *
 * Whatever goes wrong fails the build with the file and the problem: there is never a page
 * without its introduction.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import * as esbuild from 'esbuild';
import { configuredDefaultLanguage, defaultLanguageTexts } from '../default-language.mjs';
import { minifyCssLiterals } from '../minify-css-literals.mjs';

/** The module rendered, relative to the project root. */
export const ENTRY = 'scripts/prerender/entry.mjs';
/** Left as imports: resolved from node_modules, the copy the server renderer uses too. */
const EXTERNAL = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit-labs/ssr'].flatMap((name) => [name, `${name}/*`]);
/** How long the render may take before the build gives up on it. */
const RENDER_TIMEOUT_MS = 60_000;
const WORKER = new URL('./render-worker.mjs', import.meta.url);

/** A problem that fails the build, its message naming the file and what is wrong. */
export class PrerenderError extends Error {
  /** @override */
  name = 'PrerenderError';
}

/**
 * The markup of the first screen, hydration markers taken out.
 * @param {{ rootDir?: string, entry?: string }} [options] the project, and the module to render (relative to it)
 * @returns {Promise<string>}
 */
export async function renderFirstScreen({ rootDir = process.cwd(), entry = ENTRY } = {}) {
  const root = path.resolve(rootDir);
  const { code, map } = await bundle(root, entry);
  // Inside the project, so that the imports left in resolve from its node_modules.
  const dir = path.join(root, 'node_modules/.cache/prerender');
  const file = path.join(dir, `first-screen-${randomUUID()}.mjs`);
  await mkdir(dir, { recursive: true });
  await writeFile(file, code);
  try {
    // As Node names it in a stack trace: node_modules may be a link (as in the tests' copies of the project).
    const url = pathToFileURL(await realpath(file)).href;
    const answer = await runWorker(url, entry);
    if ('error' in answer) throw new PrerenderError(describeRenderError(answer.error, { root, entry, url, map }));
    const markup = stripHydrationMarkers(answer.markup);
    checkFirstScreen(markup, entry);
    return markup;
  } finally {
    await rm(file, { force: true });
  }
}

/**
 * esbuild's bundle of the entry, with its source map.
 * @param {string} root
 * @param {string} entry
 */
async function bundle(root, entry) {
  let result;
  try {
    result = await esbuild.build({
      absWorkingDir: root,
      entryPoints: [entry],
      outfile: 'first-screen.mjs',
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      write: false,
      sourcemap: 'external',
      sourcesContent: false,
      loader: { '.json': 'json' },
      tsconfig: path.join(root, 'tsconfig.json'),
      external: EXTERNAL,
      plugins: [sourcesAsBuilt(root)],
      logLevel: 'silent',
    });
  } catch (error) {
    const failure = /** @type {esbuild.BuildFailure} */ (error);
    if (!Array.isArray(failure.errors)) throw new PrerenderError(`${entry}: ${failure.message}`);
    throw new PrerenderError(failure.errors.map((message) => esbuildMessage(message, entry)).join('\n'));
  }
  const code = result.outputFiles.find((out) => out.path.endsWith('.mjs'))?.text ?? '';
  const map = result.outputFiles.find((out) => out.path.endsWith('.map'))?.text ?? '{}';
  return { code, map: JSON.parse(map) };
}

/**
 * `file:line:column: text` for one of esbuild's messages.
 * @param {esbuild.Message} message
 * @param {string} entry
 */
function esbuildMessage({ text, location }, entry) {
  return `${location ? `${location.file}:${location.line}:${location.column + 1}` : entry}: ${text}`;
}

/**
 * An esbuild plugin: src/ as rollup.config.mjs builds it. The default language's packs through
 * the rollup plugin's own hooks (scripts/default-language.mjs), so both builds always take the
 * same language, and the css`…` literals through the same minifier (scripts/minify-css-literals.mjs),
 * so the inline styles are as small as the bundle's.
 * @param {string} root
 * @returns {esbuild.Plugin}
 */
function sourcesAsBuilt(root) {
  const languages = defaultLanguageTexts(root);
  const css = minifyCssLiterals();
  /** Rollup's this.error: throws, so the build stops with the message. */
  const context = /** @type {any} */ ({
    error(/** @type {string} */ message) {
      throw new PrerenderError(message);
    },
  });
  return {
    name: 'wed-sources-as-built',
    setup(build) {
      build.onStart(() => {
        hook(languages.buildStart).call(context, /** @type {any} */ ({}));
      });
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        const switched = hook(languages.load).call(context, args.path);
        const code = typeof switched === 'string' ? switched : await readFile(args.path, 'utf8');
        const minified = css.transform(code, args.path);
        return { contents: minified ? minified.code : code, loader: 'ts', resolveDir: path.dirname(args.path) };
      });
    },
  };
}

/**
 * A rollup plugin hook as a function.
 * @template {(...args: any[]) => any} F
 * @param {F | { handler: F } | undefined} value
 * @returns {F}
 */
function hook(value) {
  if (!value) throw new Error('scripts/default-language.mjs: the plugin hook prerender uses is missing');
  return typeof value === 'function' ? value : value.handler;
}

/**
 * The entry's render in a worker thread: its markup, or the error it threw.
 * @param {string} bundleUrl
 * @param {string} entry for messages
 * @returns {Promise<{ markup: string } | { error: { message: string, stack?: string } }>}
 */
function runWorker(bundleUrl, entry) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { bundle: bundleUrl } });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new PrerenderError(`${entry}: rendering took more than ${RENDER_TIMEOUT_MS / 1000} s`));
    }, RENDER_TIMEOUT_MS);
    worker.once('message', (answer) => {
      clearTimeout(timer);
      // Done: whatever the modules left pending (timers, promises) is not waited for.
      void worker.terminate();
      resolve(answer);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      resolve({ error: { message: error.message, stack: error.stack } });
    });
    worker.once('exit', (code) => {
      clearTimeout(timer);
      reject(new PrerenderError(`${entry}: the render ended (exit code ${code}) without an answer`));
    });
  });
}

/**
 * The error of the render as `file:line:column: message`, the file the first place in the
 * project's own sources (not node_modules) that the stack passes through, found through the
 * bundle's source map (its sources are relative to the project root); then that part of the stack.
 * @param {{ message: string, stack?: string }} error
 * @param {{ root: string, entry: string, url: string, map: import('node:module').SourceMapPayload }} bundled
 *   the project, the entry, the bundle's URL as imported, and its source map
 */
export function describeRenderError({ message, stack = '' }, { root, entry, url, map }) {
  const sourceMap = new SourceMap(map);
  /** @type {string[]} */
  const frames = [];
  for (const line of stack.split('\n')) {
    const at = line.indexOf(url);
    if (at === -1) continue;
    const position = /^:(\d+):(\d+)/.exec(line.slice(at + url.length));
    if (!position) continue;
    const entryFound = sourceMap.findEntry(Number(position[1]) - 1, Number(position[2]) - 1);
    if (!entryFound || !('originalSource' in entryFound)) continue;
    const source = path.relative(root, path.resolve(root, entryFound.originalSource)).split(path.sep).join('/');
    if (source.startsWith('node_modules/')) continue;
    frames.push(`${source}:${entryFound.originalLine + 1}:${entryFound.originalColumn + 1}`);
  }
  const where = frames[0] ?? entry;
  const rest = frames.length > 1 ? `\n  via ${frames.slice(1, 6).join('\n  via ')}` : '';
  return `${where}: ${message}${rest}`;
}

/**
 * Lit's server renderer marks up the parts for hydration; the app renders anew instead, so
 * they go: `<!--lit-part …-->`, `<!--/lit-part-->`, `<!--lit-node n-->`, `<!--?lit$…$-->`, the
 * `defer-hydration` attribute it gives the elements inside a shadow root, and the `<?>` lit-html
 * ends a template with when it ends in a binding (an empty comment once parsed). So does the
 * pre-standard `shadowroot="open"` written beside `shadowrootmode` (Chromium before 111 only;
 * there the app renders the introduction itself). Text is escaped, so none of these can come
 * from the content.
 * @param {string} markup
 */
export function stripHydrationMarkers(markup) {
  return markup
    .replace(/<!--(?:\/?lit-part[^>]*|lit-node \d+|\?lit\$\d+\$)-->/g, '')
    .replaceAll('<?>', '')
    .replace(/ defer-hydration(?=[\s/>])/g, '')
    .replaceAll(' shadowroot="open"', '');
}

/**
 * The render holds the introduction: `<wed-app>` with a declarative shadow root, in it
 * `<wed-intro-screen>` with its own, a heading and a button; else the build stops.
 * @param {string} markup
 * @param {string} entry
 */
export function checkFirstScreen(markup, entry = ENTRY) {
  const missing = [
    [/^<wed-app[^>]*><template[^>]* shadowrootmode="open"/, '<wed-app> with a declarative shadow root'],
    [/<wed-intro-screen[^>]*><template[^>]* shadowrootmode="open"/, '<wed-intro-screen> with a declarative shadow root'],
    [/<h1[^>]*>/, 'a heading (h1)'],
    [/<button[^>]*class="primary"/, 'the start button'],
  ].filter(([pattern]) => !(/** @type {RegExp} */ (pattern).test(markup)));
  if (missing.length > 0) {
    throw new PrerenderError(
      `${entry}: <wed-app> rendered without the introduction (no ${missing.map(([, what]) => what).join(', no ')}); ` +
        `src/elements/wed-app.ts must render the introduction with no property set. It rendered: ${markup.replace(/<style>[^<]*<\/style>/g, '<style>…</style>').slice(0, 300)}`,
    );
  }
}

/**
 * The 'sha256-…' source of each distinct inline `<style>`, in order of appearance.
 * @param {string} markup
 * @returns {string[]}
 */
export function styleHashes(markup) {
  const texts = new Set([...markup.matchAll(/<style>([^<]*)<\/style>/g)].map((match) => match[1]));
  return [...texts].map((text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
}

/**
 * index.html with the first screen in place of its empty `<wed-app></wed-app>`, and the
 * styles' hashes added to its Content-Security-Policy's style-src.
 * @param {string} page index.html as scripts/static-files.mjs wrote it
 * @param {string} markup the first screen (renderFirstScreen)
 * @param {string} language the default language, which the page must be in
 */
export function insertFirstScreen(page, markup, language) {
  const lang = /<html lang="([^"]*)"/.exec(page)?.[1];
  if (lang !== language)
    throw new PrerenderError(`<html lang="${lang}"> is not the default language the first screen was rendered in, "${language}"`);
  const slots = page.split('<wed-app></wed-app>');
  if (slots.length !== 2) throw new PrerenderError(`has ${slots.length - 1} empty <wed-app></wed-app> to put the first screen in, not 1`);
  const policy = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)"/i.exec(page);
  if (!policy) throw new PrerenderError('has no Content-Security-Policy meta to allow the first screen’s styles in');
  const directives = policy[2].split(';').map((directive) => directive.trim());
  const styleSrc = directives.findIndex((directive) => /^style-src\s/.test(directive));
  if (styleSrc === -1) throw new PrerenderError('its Content-Security-Policy has no style-src to allow the first screen’s styles in');
  directives[styleSrc] = [directives[styleSrc], ...styleHashes(markup)].join(' ');
  const withPolicy = slots.join('\0').replace(policy[0], () => `${policy[1]}${directives.join('; ')}"`);
  return withPolicy.replace('\0', () => markup);
}

/**
 * Rollup plugin, after staticFiles() in rollup.config.mjs: writes the first screen into
 * `outDir`/index.html. The render starts with the build and runs beside it; the page is
 * written once staticFiles() has written it.
 * @param {{ outDir: string, rootDir?: string, entry?: string }} options where index.html is, the
 *   project, and the module to render (relative to it; the tests give one that fails)
 * @returns {import('rollup').Plugin}
 */
export function prerenderFirstScreen({ outDir, rootDir = process.cwd(), entry = ENTRY }) {
  /** @type {Promise<{ markup: string } | { error: unknown }>} */
  let rendered = Promise.resolve({ error: new Error('not started') });
  return {
    name: 'prerender-first-screen',
    buildStart() {
      for (const file of ['entry.mjs', 'prerender.mjs', 'render-worker.mjs'])
        this.addWatchFile(fileURLToPath(new URL(file, import.meta.url)));
      rendered = renderFirstScreen({ rootDir, entry }).then(
        (markup) => ({ markup }),
        (error) => ({ error }),
      );
    },
    writeBundle: {
      sequential: true,
      order: 'post',
      async handler() {
        const file = path.join(outDir, 'index.html');
        const result = await rendered;
        try {
          if ('error' in result) throw result.error;
          await writeFile(file, insertFirstScreen(await readFile(file, 'utf8'), result.markup, configuredDefaultLanguage(rootDir)));
        } catch (error) {
          // No page without its introduction, not even in a failed build's dist/web/.
          await rm(file, { force: true });
          const what = 'error' in result ? `The first screen could not be prerendered into ${file}` : `${file} (from src/index.html)`;
          const problem =
            error instanceof PrerenderError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
          this.error(`${what}: ${problem}`);
        }
      },
    },
  };
}
