// @ts-check
/**
 * The first screen as markup (docs/prerender.md): the build writes the introduction into
 * dist/web/index.html as declarative shadow DOM. Built twice, in copies of the project (so
 * dist/ is left alone), side by side: the Dutch default and an English one (content/config.json's
 * defaultLanguage "en", as an organisation sets it, docs/languages.md). Each page is opened in
 * Chromium with JavaScript off (what the first paint shows) and on (what the app renders): the
 * same headings, buttons, list items, texts and elements, and no CSP violation. A render that
 * throws fails the build, naming the source file and the error.
 */
/* global document, Node, customElements, getComputedStyle -- used inside page.evaluate, in the browser */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { projectWithDefault } from './helpers/project-with-default.mjs';
import {
  PrerenderError,
  checkFirstScreen,
  insertFirstScreen,
  prerenderFirstScreen,
  renderFirstScreen,
  stripHydrationMarkers,
  styleHashes,
} from '../../scripts/prerender/prerender.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const LANGUAGES = /** @type {const} */ (['nl', 'en']);
/** @param {string} file */
const readJson = (file) => JSON.parse(readFileSync(join(root, file), 'utf8'));
/** Text as Lit's server renderer writes it. */
const escapeHtml = (/** @type {string} */ text) =>
  text.replace(
    /[&<>"']/g,
    (c) => /** @type {Record<string, string>} */ ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

/**
 * `rollup -c` (the package's build, dist/web/) in `dir`; rejects with its output when it fails.
 * @param {string} dir
 * @returns {Promise<void>}
 */
function build(dir) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'node_modules/rollup/dist/bin/rollup'), '-c'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`rollup -c in ${dir} failed (${code}):\n${output}`))));
  });
}

const TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
});

/** @type {Record<string, string>} */
const dirs = {};
/** @type {import('node:http').Server} */
let site;
/** @type {import('puppeteer-core').Browser} */
let browser;
/** @type {string} */
let origin;

before(async () => {
  for (const language of LANGUAGES) dirs[language] = projectWithDefault(language);
  // Side by side: most of a build is waiting on one core.
  await Promise.all(LANGUAGES.map((language) => build(dirs[language])));
  // /<language>/… is that build's dist/web/; /<language>/no-hashes.html its index.html without the styles' hashes.
  site = createServer((req, res) => {
    const [, language, ...rest] = new URL(req.url ?? '/', 'http://x').pathname.split('/');
    const web = dirs[language] && join(dirs[language], 'dist/web');
    const name = rest.join('/') || 'index.html';
    try {
      if (!web || name.includes('..')) throw new Error('not here');
      const body =
        name === 'no-hashes.html'
          ? readFileSync(join(web, 'index.html'), 'utf8').replace(/ 'sha256-[^']*'/g, '')
          : readFileSync(join(web, name));
      res.writeHead(200, { 'content-type': TYPES[extname(name)] ?? 'text/html' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((resolve) => site.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = site.address();
  origin = `http://127.0.0.1:${address && typeof address === 'object' ? address.port : 0}`;
  browser = await puppeteer.launch({ executablePath: chromiumPath(), args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  site?.close();
  for (const dir of Object.values(dirs)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A page of its own (fresh storage, so every load is a first visit) that records CSP
 * violations and console errors; JavaScript on or off.
 * @param {string} path
 * @param {{ javaScript: boolean }} options
 */
async function open(path, { javaScript }) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  /** @type {string[]} */
  const problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`pageerror: ${error instanceof Error ? error.message : error}`));
  await page.setJavaScriptEnabled(javaScript);
  if (javaScript) {
    await page.evaluateOnNewDocument(() =>
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`)),
    );
  }
  await page.setViewport({ width: 1024, height: 800 });
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  return { page, problems, close: () => context.close() };
}

/**
 * What the first screen shows, read through the shadow roots: wed-app's header (title,
 * language switch, stepper) and its main (the introduction). The footer and the notices are
 * left out: they follow the LMS connection, which the prerendered page does not know yet.
 * @param {import('puppeteer-core').Page} page
 */
function readFirstScreen(page) {
  return page.evaluate(() => {
    const clean = (/** @type {string | null} */ text) => (text ?? '').replace(/\s+/g, ' ').trim();
    const shown = {
      /** Element by element: name and attributes, in document order, shadow roots included. */
      elements: /** @type {string[]} */ ([]),
      /** The visible text, element by element (Lit's live DOM splits a text where a binding is; the parsed page does not). */
      text: /** @type {string[]} */ ([]),
      headings: /** @type {string[]} */ ([]),
      buttons: /** @type {string[]} */ ([]),
      items: /** @type {string[]} */ ([]),
    };
    /** @param {Element} element */
    const visit = (element) => {
      const attributes = [...element.attributes].map((a) => `${a.name}="${a.value}"`).sort();
      shown.elements.push(`<${[element.localName, ...attributes].join(' ')}>`);
      if (/^h[1-6]$/.test(element.localName)) shown.headings.push(`${element.localName}: ${clean(element.textContent)}`);
      if (element.localName === 'button') shown.buttons.push(clean(element.textContent));
      if (element.localName === 'li') shown.items.push(clean(element.textContent));
      const own = clean(
        [...element.childNodes]
          .map((child) => (child.nodeType === Node.TEXT_NODE ? child.textContent : child.nodeType === Node.ELEMENT_NODE ? ' ' : ''))
          .join(''),
      );
      if (own && element.checkVisibility()) shown.text.push(own);
      for (const tree of element.shadowRoot ? [element.shadowRoot, element] : [element]) {
        for (const child of tree.children) if (child.localName !== 'style') visit(child);
      }
    };
    const app = document.querySelector('wed-app')?.shadowRoot;
    if (!app) return null;
    const pages = app.querySelectorAll('.page').length;
    for (const part of app.querySelectorAll('.page > header, .page > main')) visit(part);
    return { pages, ...shown };
  });
}

for (const language of LANGUAGES) {
  describe(`the first screen, ${language === 'nl' ? 'Dutch' : 'English'} default`, () => {
    const intro = readJson(`content/${language}/intro.json`);
    const ui = readJson(`content/${language}/ui.json`);
    /** What went wrong while the page with JavaScript on loaded (the test before the last one). */
    let takeover = ['not loaded'];

    test('index.html holds the introduction as markup, inside <wed-app>’s declarative shadow root', () => {
      const page = readFileSync(join(dirs[language], 'dist/web/index.html'), 'utf8');
      assert.match(page, new RegExp(`<html lang="${language}">`));
      const start = page.indexOf('<wed-app');
      const app = page.slice(start, page.indexOf('</wed-app>') + '</wed-app>'.length);
      assert.match(app, /^<wed-app[^>]*><template[^>]* shadowrootmode="open"><style>/);
      const texts = [
        intro.title,
        intro.intro.heading,
        ...intro.intro.paragraphs,
        intro.intro.stepsHeading,
        ...intro.intro.steps.flatMap((/** @type {{ label: string, text: string }} */ step) => [step.label, step.text]),
        ui.intro.sourceHeading,
        ui.intro.start,
      ];
      for (const text of texts) assert.ok(app.includes(escapeHtml(text)), `in <wed-app>: ${text}`);
      assert.ok(app.includes(`<h1 data-screen-heading tabindex="-1">${escapeHtml(intro.title)}</h1>`), 'the heading');
      assert.doesNotMatch(app, /<!--|<\?>|defer-hydration/, 'no hydration markers');
      assert.ok(page.includes(`<noscript>${escapeHtml(ui.app.noScript)}</noscript>`), '<noscript> stays');
      assert.doesNotMatch(page, /<script(?![^>]*\bsrc=)/, 'no inline script');
    });

    test('with JavaScript off, the page shows the introduction, styled', async () => {
      const { page, close } = await open(`/${language}/`, { javaScript: false });
      try {
        const shown = await page.evaluate(() => {
          const screen = document.querySelector('wed-app')?.shadowRoot?.querySelector('wed-intro-screen')?.shadowRoot;
          const button = screen?.querySelector('button.primary');
          const box = button?.getBoundingClientRect();
          return {
            heading: screen?.querySelector('h1')?.textContent,
            button: button?.textContent?.trim(),
            size: box ? [box.width, box.height] : [0, 0],
            // The accent colour: the inline style of the shadow root applies (the CSP lets it).
            background: button ? getComputedStyle(button).backgroundColor : '',
          };
        });
        assert.equal(shown.heading, intro.title);
        assert.equal(shown.button, ui.intro.start);
        assert.ok(shown.size[0] > 0 && shown.size[1] > 0, `the start button has a size: ${shown.size}`);
        assert.equal(shown.background, 'rgb(11, 83, 148)');
      } finally {
        await close();
      }
    });

    test('what the page shows before JavaScript is what the app renders; no CSP violation', async () => {
      const before = await open(`/${language}/`, { javaScript: false });
      const prerendered = await readFirstScreen(before.page);
      await before.close();

      const after = await open(`/${language}/`, { javaScript: true });
      try {
        // The app has rendered its introduction, the tracker has connected (the footer says where
        // the answers go), and the intro screen has rendered since.
        await after.page.waitForFunction(
          async () => {
            const app = /** @type {any} */ (document.querySelector('wed-app'));
            if (!customElements.get('wed-intro-screen') || !app?.hasUpdated) return false;
            await app.updateComplete;
            const screen = /** @type {any} */ (app.shadowRoot.querySelector('wed-intro-screen'));
            return Boolean(app.shadowRoot.querySelector('footer') && screen?.hasUpdated && (await screen.updateComplete));
          },
          { timeout: 10_000 },
        );
        const rendered = await readFirstScreen(after.page);
        assert.ok(prerendered && rendered);
        assert.equal(rendered.pages, 1, 'the app renders in place of the declarative shadow root, not after it');
        assert.equal(prerendered.pages, 1);
        assert.deepEqual(prerendered.headings, rendered.headings);
        assert.deepEqual(prerendered.buttons, rendered.buttons);
        assert.deepEqual(prerendered.items, rendered.items);
        assert.deepEqual(prerendered.text, rendered.text);
        assert.deepEqual(prerendered.elements, rendered.elements);
        assert.ok(prerendered.headings.includes(`h1: ${intro.title}`));
        assert.deepEqual(
          after.problems.filter((problem) => problem.startsWith('console: CSP')),
          [],
          'no CSP violation',
        );
      } finally {
        takeover = after.problems;
        await after.close();
      }
    });

    test('no error while the app takes over from the markup', () => {
      // E.g. an element of the declarative shadow root (wed-stepper, wed-intro-screen) upgraded when it is
      // defined, and rendered without its properties, before the app replaced it.
      assert.deepEqual(takeover, []);
    });
  });
}

test('the CSP check sees a violation: without its hashes, the page’s inline styles are refused', async () => {
  const { problems, close } = await open('/nl/no-hashes.html', { javaScript: true });
  await close();
  assert.ok(
    problems.some((problem) => problem.includes('CSP: style-src')),
    `a style-src violation among ${problems.join('; ')}`,
  );
});

describe('a render that fails', () => {
  /** An element that throws when rendered, and an entry that renders it, in a copy of the project. */
  const ELEMENT = `import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';

@customElement('wed-broken')
export class WedBroken extends LitElement {
  override render() {
    throw new Error('no texts for the introduction');
  }
}
`;
  const ENTRY = `import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../../src/elements/wed-broken.js';

export const renderFirstScreen = () => collectResultSync(render(html\`<wed-broken></wed-broken>\`));
`;

  test('fails the build, naming the source file, its line and the error', async () => {
    const dir = dirs.nl;
    writeFileSync(join(dir, 'src/elements/wed-broken.ts'), ELEMENT);
    writeFileSync(join(dir, 'scripts/prerender/broken-entry.mjs'), ENTRY);
    const outDir = join(dir, 'broken-out');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'index.html'), readFileSync(join(dir, 'dist/web/index.html')));
    const plugin = prerenderFirstScreen({ outDir, rootDir: dir, entry: 'scripts/prerender/broken-entry.mjs' });
    const context = /** @type {any} */ ({
      addWatchFile() {},
      error(/** @type {string} */ message) {
        throw new Error(message);
      },
    });
    /** @type {Function} */ (plugin.buildStart).call(context, {});
    const writeBundle = /** @type {{ handler: Function }} */ (plugin.writeBundle);
    await assert.rejects(
      () => writeBundle.handler.call(context),
      /^Error: The first screen could not be prerendered into .*broken-out\/index\.html: src\/elements\/wed-broken\.ts:7:\d+: no texts for the introduction/,
    );
    assert.ok(!existsSync(join(outDir, 'index.html')), 'no page without its introduction is left behind');
  });

  test('an entry that does not compile names the file and line', async () => {
    writeFileSync(
      join(dirs.nl, 'scripts/prerender/typo-entry.mjs'),
      "import { html } from 'lit';\nexport const renderFirstScreen = () => html`;\n",
    );
    await assert.rejects(
      () => renderFirstScreen({ rootDir: dirs.nl, entry: 'scripts/prerender/typo-entry.mjs' }),
      (error) => error instanceof PrerenderError && /^scripts\/prerender\/typo-entry\.mjs:\d+:\d+: Unterminated/.test(error.message),
    );
  });

  test('a render without the introduction is refused', () => {
    assert.throws(
      () => checkFirstScreen('<wed-app><template shadowrootmode="open"><style>:host{}</style></template></wed-app>'),
      /<wed-app> rendered without the introduction \(no <wed-intro-screen> with a declarative shadow root, no a heading \(h1\), no the start button\)/,
    );
  });
});

describe('into index.html', () => {
  const PAGE = `<html lang="nl"><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'; img-src 'self'" /></head>
<body><wed-app></wed-app></body></html>`;
  const MARKUP = `<wed-app><template shadowrootmode="open"><style>p{color:red}</style><style>b{}</style><p>$& $1 costs</p></template></wed-app>`;

  test('the markup replaces the empty <wed-app>, each distinct style gets its hash in style-src', () => {
    const page = insertFirstScreen(PAGE, MARKUP, 'nl');
    assert.ok(page.includes(`<body>${MARKUP}</body>`), 'the markup as it is, $ and all');
    const hashes = styleHashes(MARKUP + MARKUP);
    assert.equal(hashes.length, 2);
    // echo -n 'p{color:red}' | openssl dgst -sha256 -binary | base64
    assert.equal(hashes[0], "'sha256-p0bF+un5yUb9MBO6xRb8kPHlY2BdpHVtLiFkDrZPF64='");
    assert.ok(page.includes(`content="default-src 'self'; style-src 'self' ${hashes.join(' ')}; img-src 'self'"`));
  });

  test('a page in another language than the render, or without its <wed-app> or CSP, is refused', () => {
    assert.throws(() => insertFirstScreen(PAGE, MARKUP, 'en'), /<html lang="nl"> is not the default language .* "en"/);
    assert.throws(() => insertFirstScreen(PAGE.replace('<wed-app></wed-app>', ''), MARKUP, 'nl'), /has 0 empty <wed-app><\/wed-app>/);
    assert.throws(() => insertFirstScreen(PAGE.replace(/<meta[^>]*>/, ''), MARKUP, 'nl'), /no Content-Security-Policy/);
  });

  test('Lit’s hydration markers come out, nothing else', () => {
    const rendered =
      '<!--lit-part AEmR7W+R0Ak=--><wed-app defer-hydration><template shadowroot="open" shadowrootmode="open"><!--lit-node 0--><p>a<!--?lit$123$-->b</p><?></template></wed-app><!--/lit-part--><!-- kept -->';
    assert.equal(stripHydrationMarkers(rendered), '<wed-app><template shadowrootmode="open"><p>ab</p></template></wed-app><!-- kept -->');
  });
});
