// dist/teamrapport.html as a coordinator uses it: built by
// rollup.report.config.mjs (here into a temp folder), opened from a file://
// URL in Chromium (puppeteer-core), a Moodle download chosen or dropped. The
// figures on screen equal the README's hand-computed ones for every format;
// no request leaves the page, the CSP holds, axe finds nothing, 320 px fits.
// Two moments compared from the generated downloads in
// tests/fixtures/moodle-4.5-attempts, chosen on the page or embedded by the
// command line, print on at most two A4 pages.
/* global document, window, DataTransfer, DragEvent, getComputedStyle -- used inside page.evaluate, in the browser */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import config from '../../rollup.report.config.mjs';
import { expectedFigures, readmeTable, SAMPLES } from '../report/support/expected.mjs';
import { ATTEMPTS } from './helpers/attempts-table.mjs';
import { importTs } from './helpers/import-ts.mjs';

const samples = fileURLToPath(SAMPLES);
const BASE = 'WED-teamNoord-2026 Zelfassessment warme en effectieve dienstverlening';
const INTERACTIONS = [`${BASE}-20261129_2307-tab_separated.txt`, `${BASE}.ods`, `${BASE}.xlsx`].map((name) =>
  path.join(samples, 'interactions', name),
);
const completed = readmeTable()
  .filter((l) => l.answers.every((a) => a !== null))
  .map((l) => l.answers);
const expected = expectedFigures(completed);
const ANSWER_LABELS = ['helemaal oneens', 'oneens', 'eens', 'helemaal eens'];

const GRADES = 'gradebook/WED-teamZuid-2026 Grades-20261102_0915-comma_separated.csv';
const attemptFiles = (folder, interactions) => [
  path.join(ATTEMPTS, folder, 'interactions', interactions),
  path.join(ATTEMPTS, folder, GRADES),
];
const BASELINE = attemptFiles('baseline', 'WED-teamZuid-2026 Nulmeting zelfassessment-20261102_0915-tab_separated.txt');
const FOLLOW_UP = attemptFiles('follow-up', 'WED-teamZuid-2026 Vervolgmeting zelfassessment-20261102_0915-tab_separated.txt');
const ATTEMPT_FILES = attemptFiles(
  'attempts',
  'WED-teamZuid-2026 Zelfassessment warme en effectieve dienstverlening-20261102_0915-tab_separated.txt',
);
/** Names, user names and e-mail domain of the sample team in tests/fixtures/moodle-4.5-attempts. */
const PERSON = /Lotte|Ahmed|Eva |Thijs|Noor|Bram|Yara|Sven|Marieke|learner3|voorbeeldstad/;

let browser;
let pageUrl;
let dir;

before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'teamrapport-'));
  const bundle = await rollup({ ...config, onwarn: () => {} });
  await bundle.write({ ...config.output, dir });
  await bundle.close();
  pageUrl = pathToFileURL(path.join(dir, 'teamrapport.html')).href;
  browser = await puppeteer.launch({ executablePath: chromiumPath(), args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A page that records console errors, CSP violations and every request that is not file: or data:. */
async function openPage(width = 1024) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('request', (request) => !/^(file|data|blob):/.test(request.url()) && problems.push(`request: ${request.url()}`));
  await page.evaluateOnNewDocument(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective}`)),
  );
  await page.setViewport({ width, height: 900 });
  await page.goto(pageUrl);
  return { page, problems };
}

/**
 * Waits for the element behind a `>>>` (shadow-piercing) selector. Only with
 * `visible` does puppeteer check on every animation frame; without it, it
 * checks again when the document changes, and changes inside shadow roots do
 * not count, so an element rendered after the first check is never found.
 */
function shownElement(page, selector) {
  return page.waitForSelector(selector, { visible: true });
}

async function choose(page, file) {
  const input = await shownElement(page, 'wed-report-page >>> #files');
  await input.uploadFile(file);
}

/** What the report shows: participation, pillar figures, and the statement table's rows. */
async function shown(page) {
  await shownElement(page, 'wed-report-page >>> wed-team-report >>> #participation-heading');
  return page.evaluate(() => {
    const root = document.querySelector('wed-report-page').shadowRoot.querySelector('wed-team-report').shadowRoot;
    const pairs = (dl) =>
      Object.fromEntries([...dl.querySelectorAll('dt')].map((dt) => [dt.textContent.trim(), dt.nextElementSibling.textContent.trim()]));
    return {
      participation: pairs(root.querySelector('section[aria-labelledby="participation-heading"] dl')),
      pillars: [...root.querySelectorAll('.pillar')].map((card) => pairs(card.querySelector('dl'))),
      charts: [...root.querySelectorAll('.pillar svg[role="img"] title')].map((t) => t.textContent),
      rows: [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent.trim())),
      bars: [...root.querySelectorAll('.statements svg')].map((svg) => svg.getAttribute('aria-label')),
      summary: [...root.querySelectorAll('ul')][0]?.textContent.replace(/\s+/g, ' ').trim(),
      recommendations: root.querySelector('#recommendations-heading')?.textContent.trim(),
    };
  });
}

const dutch = (n) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(n);

for (const file of INTERACTIONS) {
  test(`from file://, ${path.extname(file)} Interactions download chosen: the README's figures`, async () => {
    const { page, problems } = await openPage();
    await choose(page, file);
    const view = await shown(page);
    assert.deepEqual(view.participation, { Deelnemers: '9', Afgerond: '7', Bezig: '1', 'Niet begonnen': '1' });
    view.pillars.forEach((figures, i) => {
      const want = expected.pillars[i];
      assert.equal(figures['Gemiddelde score'], dutch(want.mean));
      assert.equal(figures.Mediaan, dutch(want.median));
      assert.equal(figures['Vraagt aandacht'], `bij ${want.attention} van de 7 (${Math.round((want.attention * 100) / 7)}%)`);
    });
    assert.match(view.charts[2], /^Verdeling van de scores bij pijler Kunnen: 0–24: 2, 25–49: 4, 50–74: 1, 75–100: 0\.$/);
    assert.deepEqual(
      view.rows.map((row) => row.slice(1, 5).map(Number)),
      expected.statements.map((s) => s.counts),
    );
    assert.equal(view.bars.length, 12);
    assert.match(view.bars[0], new RegExp(`${ANSWER_LABELS[0]} 2, oneens 4, eens 1, helemaal eens 0\\.$`));
    assert.match(view.summary, /Voor 7 van de 7 deelnemers vraagt pijler Kunnen aandacht\./);
    assert.equal(view.recommendations, 'Aanbevelingen bij pijler 3: Kan ik je helpen?');
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('a dropped file works like a chosen one', async () => {
  const { page, problems } = await openPage();
  const bytes = readFileSync(INTERACTIONS[1]).toString('base64');
  await shownElement(page, 'wed-report-page >>> .drop');
  await page.evaluate(
    (base64, name) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], name));
      const zone = document.querySelector('wed-report-page').shadowRoot.querySelector('.drop');
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    bytes,
    path.basename(INTERACTIONS[1]),
  );
  const view = await shown(page);
  assert.equal(view.participation.Afgerond, '7');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a file that is no export: its message on the page, no report', async () => {
  const { page, problems } = await openPage();
  await choose(page, path.join(samples, 'README.md'));
  const errors = await page.waitForFunction(() => {
    const root = document.querySelector('wed-report-page').shadowRoot;
    return root.querySelector('.error')?.textContent.trim();
  });
  assert.match(await errors.jsonValue(), /^README\.md: dit is geen Moodle-download die het teamrapport kan lezen\. Verwacht:/);
  const report = await page.evaluate(() =>
    document.querySelector('wed-report-page').shadowRoot.querySelector('wed-team-report').shadowRoot.textContent.trim(),
  );
  assert.equal(report, '');
  assert.deepEqual(problems, []);
  await page.close();
});

test('at 320 px nothing sticks out, and axe finds nothing on the filled-in page', async () => {
  const { page } = await openPage(320);
  await choose(page, INTERACTIONS[0]);
  await shown(page);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320));
  // axe is injected as a script, which the page's CSP (rightly) refuses; this page alone bypasses it.
  const checked = await browser.newPage();
  await checked.setBypassCSP(true);
  await checked.setViewport({ width: 320, height: 900 });
  await checked.goto(pageUrl);
  await choose(checked, INTERACTIONS[0]);
  await shown(checked);
  await checked.addScriptTag({ path: fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url)) });
  const violations = await checked.evaluate(async () =>
    (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.length}`),
  );
  assert.deepEqual(violations, []);
  await page.close();
  await checked.close();
});

test('prints on A4 without the file picker', async () => {
  const { page } = await openPage();
  await choose(page, INTERACTIONS[0]);
  await shown(page);
  await page.emulateMediaType('print');
  const pickerShown = await page.evaluate(
    () => getComputedStyle(document.querySelector('wed-report-page').shadowRoot.querySelector('.picker')).display !== 'none',
  );
  assert.equal(pickerShown, false);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  assert.ok(pdf.length > 10_000);
  await page.close();
});

/** Chooses "compare two moments" and how, and the files of one or two sets, then presses Vergelijken. */
async function compare(page, kind, thenFiles, nowFiles = []) {
  await (await shownElement(page, 'wed-report-page >>> #mode-compare')).click();
  await (await shownElement(page, `wed-report-page >>> wed-compare-form >>> #kind-${kind}`)).click();
  await (await shownElement(page, 'wed-report-page >>> wed-compare-form >>> #files-then')).uploadFile(...thenFiles);
  if (nowFiles.length > 0) await (await shownElement(page, 'wed-report-page >>> wed-compare-form >>> #files-now')).uploadFile(...nowFiles);
  await (await shownElement(page, 'wed-report-page >>> wed-compare-form >>> button.primary')).click();
  await shownElement(page, 'wed-report-page >>> wed-comparison-report >>> #comparison-heading');
}

/** What the comparison shows: heading, the moments table, the pillar table, statement rows, notices, and all text of the page. */
function comparisonShown(page) {
  return page.evaluate(() => {
    const host = document.querySelector('wed-report-page');
    const root = host.shadowRoot.querySelector('wed-comparison-report').shadowRoot;
    const rows = (selector) =>
      [...root.querySelectorAll(`${selector} tbody tr`)].map((tr) => [...tr.children].map((c) => c.textContent.trim()));
    const deepText = (node) => {
      let text = '';
      const walk = (n) => {
        if (n.nodeType === 3) text += n.textContent;
        if (n.shadowRoot) walk(n.shadowRoot);
        n.childNodes.forEach(walk);
        text += ' ';
      };
      walk(node);
      return text.replace(/\s+/g, ' ');
    };
    return {
      heading: root.querySelector('#comparison-heading').textContent.trim(),
      moments: rows('table.moments').slice(1),
      pillars: rows('table.changes'),
      statements: rows('table.shifts').length,
      notices: [...root.querySelectorAll('.notice')].map((n) => n.textContent.replace(/\s+/g, ' ').trim()),
      picker: host.shadowRoot.querySelector('.picker') !== null,
      text: deepText(document.body),
    };
  });
}

test('from file://, two sets of downloads compared: both moments, the paired group withheld with its reason, no person', async () => {
  const { page, problems } = await openPage();
  await compare(page, 'sets', BASELINE, FOLLOW_UP);
  const view = await comparisonShown(page);
  assert.equal(view.heading, 'Vergelijking: Eerste meting en Tweede meting');
  // The fixtures' README: 7 with answers then (Sven unfinished), 5 now, 4 at both (below 5: withheld).
  assert.deepEqual(
    view.moments.find((row) => row[0] === 'Met antwoorden'),
    ['Met antwoorden', '7', '5'],
  );
  assert.equal(view.pillars.length, 9);
  assert.equal(view.statements, 12);
  assert.ok(view.notices.some((n) => n.startsWith('Niet meegeteld: 1, omdat')));
  assert.ok(view.notices.includes('De verandering per deelnemer wordt niet getoond: minder dan 5 deelnemers staan in beide momenten (4).'));
  assert.doesNotMatch(view.text, PERSON);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a comparison put in the page by the command line shows without the picker, from file://', async () => {
  const core = await importTs('src/report/cli.ts', { external: ['@xapi/xapi'] });
  const { sources } = core.readFiles(ATTEMPT_FILES.map((file) => ({ name: path.basename(file), bytes: readFileSync(file) })));
  const data = { ...core.buildComparison({ mode: { kind: 'first-latest' }, then: sources }), generatedAt: '2026-11-30T10:00:00.000Z' };
  const file = path.join(dir, 'vergelijking.html');
  writeFileSync(file, core.injectComparison(readFileSync(fileURLToPath(pageUrl), 'utf8'), data));
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  await page.goto(pathToFileURL(file).href);
  await shownElement(page, 'wed-report-page >>> wed-comparison-report >>> #comparison-heading');
  const view = await comparisonShown(page);
  assert.equal(view.picker, false);
  assert.equal(view.heading, 'Vergelijking: Eerste poging en Laatste poging');
  assert.match(view.text, /Gemaakt op 30 november 2026/);
  assert.deepEqual(view.pillars[6].slice(0, 5), ['Kunnen', 'Gemiddelde score', '32,2', '59,7', '+27,5']);
  assert.doesNotMatch(view.text, PERSON);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the comparison at 320 px: nothing sticks out, and axe finds nothing', async () => {
  const page = await browser.newPage();
  await page.setBypassCSP(true);
  await page.setViewport({ width: 320, height: 900 });
  await page.goto(pageUrl);
  await compare(page, 'first-latest', ATTEMPT_FILES);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320));
  await page.addScriptTag({ path: fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url)) });
  const violations = await page.evaluate(async () => (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.length}`));
  assert.deepEqual(violations, []);
  await page.close();
});

test('the comparison prints on at most two A4 pages, without the picker or buttons', async () => {
  const { page } = await openPage();
  await compare(page, 'first-latest', ATTEMPT_FILES);
  await page.emulateMediaType('print');
  const shown = await page.evaluate(() => {
    const root = document.querySelector('wed-report-page').shadowRoot;
    return ['.picker', '.actions'].filter((selector) => getComputedStyle(root.querySelector(selector)).display !== 'none');
  });
  assert.deepEqual(shown, []);
  const pdf = Buffer.from(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  assert.ok(pages.length >= 1 && pages.length <= 2, `${pages.length} pages`);
  await page.close();
});
