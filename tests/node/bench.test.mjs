// @ts-check
// Smoke test of the pure helpers of `npm run bench` (scripts/bench/report.mjs, moments.mjs,
// launch-rows.mjs, targets.mjs, pages.mjs, the run summary of scorm-run.mjs and the
// slow-LMS summary of slow-commit.mjs): the table, gzip byte counting, the "painted",
// "interactive" and payload definitions, the launch rows per standard, the commit counting,
// the blocked share. Nothing timed. Then, with a browser and the bench's LRS, what the
// definitions are computed from: the LMS side of the cmi5 launch, and the instrument on small
// pages of its own (declarative shadow DOM, an upgrade that changes no DOM, a click).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
/* global window -- functions passed to evaluate() run in the page */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import {
  dutchProse,
  formatTable,
  gzipSize,
  launchPayload,
  maxInWindow,
  median,
  medianIndex,
  misses,
  plainText,
  receivedPayload,
  requestedAfter,
  slices,
  split,
} from '../../scripts/bench/report.mjs';
import { interactiveAt, launchMoments, paintedAt } from '../../scripts/bench/moments.mjs';
import { launchRows } from '../../scripts/bench/launch-rows.mjs';
import { cmi5Unit } from '../../scripts/bench/targets.mjs';
import { APP_SCREEN, instrument } from '../../scripts/bench/instrument.mjs';
import { freshPage, launchBrowser, measureLaunch } from '../../scripts/bench/launch.mjs';
import { startBenchServer } from '../../scripts/bench/server.mjs';
import { floorPage, hostPage } from '../../scripts/bench/pages.mjs';
import { random, summariseRun } from '../../scripts/bench/scorm-run.mjs';
import { lostCharacters, slowCommitRows, summariseSlowCommits, typingPace } from '../../scripts/bench/slow-commit.mjs';

describe('bench helpers', () => {
  test('gzipSize counts the bytes of gzip -9', () => {
    const text = 'Warme en effectieve dienstverlening. '.repeat(50);
    const size = gzipSize(text);
    assert.ok(size > 0 && size < Buffer.byteLength(text));
    assert.equal(gzipSize(Buffer.from(text)), size);
    // A string counts as its UTF-8 bytes; level 9, not the default level.
    assert.equal(gzipSize('é'), gzipSize(Buffer.from('é', 'utf8')));
    assert.equal(size, gzipSync(text, { level: 9 }).length);
  });

  test('median', () => {
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(median([4, 1, 2, 3]), 2.5);
    assert.ok(Number.isNaN(median([])));
    assert.equal(medianIndex([30, 10, 20]), 2);
    assert.equal(medianIndex([40, 10, 30, 20]), 3, 'the lower of the middle two');
    assert.equal(medianIndex([]), -1);
  });

  test('paintedAt: the first contentful paint, but not before the introduction was in the DOM', () => {
    assert.equal(paintedAt({ fcp: 300, introAt: 250, introFrameAt: 290 }), 300, 'painted with the introduction');
    assert.equal(
      paintedAt({ fcp: 100, introAt: 250, introFrameAt: 290 }),
      290,
      'something else painted first: the frame after the introduction',
    );
    assert.equal(paintedAt({ fcp: 100, introAt: 250, introFrameAt: null }), null, 'that frame not rendered yet');
    assert.equal(paintedAt({ fcp: null, introAt: 250, introFrameAt: 290 }), null);
    assert.equal(paintedAt({ fcp: 300, introAt: null, introFrameAt: null }), null);
  });

  test('launchMoments: interactive from the later of painted and ready, then the quiet window; painted ≤ interactive', () => {
    const recorded = { introAt: 100, introFrameAt: 150, fcp: 140, readyAt: 100, longTasks: /** @type {[number, number][]} */ ([]) };
    assert.deepEqual(launchMoments(recorded, 500), { painted: 140, interactive: 140 }, 'a button is not clicked before it is seen');
    assert.deepEqual(
      launchMoments({ ...recorded, readyAt: 400 }, 500),
      { painted: 140, interactive: 400 },
      'prerendered: painted long before the app took over',
    );
    assert.deepEqual(
      launchMoments(
        {
          ...recorded,
          longTasks: [
            [150, 260],
            [700, 780],
          ],
        },
        500,
      ),
      { painted: 140, interactive: 780 },
    );
    assert.equal(launchMoments({ ...recorded, readyAt: null }, 500), null, 'not interactive while the app has not taken over');
    assert.equal(launchMoments({ ...recorded, fcp: null }, 500), null);
  });

  test('interactiveAt: the button time, moved past long tasks in progress or within the quiet window', () => {
    assert.equal(interactiveAt(100, [], 500), 100);
    assert.equal(interactiveAt(100, [[10, 90]], 500), 100, 'a long task before the button does not count');
    assert.equal(interactiveAt(100, [[80, 160]], 500), 160, 'in progress at the button');
    assert.equal(
      interactiveAt(
        100,
        [
          [300, 420],
          [950, 1000],
        ],
        500,
      ),
      420,
      'within the window, then quiet',
    );
    assert.equal(
      interactiveAt(
        100,
        [
          [300, 420],
          [850, 900],
        ],
        500,
      ),
      900,
      'the window starts again after each',
    );
    assert.equal(interactiveAt(100, [[700, 800]], 500), 100, 'after the window');
  });

  test('launchPayload: JS, CSS and HTML requested up to the moment; receivedPayload: arrived by then', () => {
    const bodies = /** @type {Record<string, string>} */ ({
      'http://h/web/index.html': '<!doctype html><title>x</title>',
      'http://h/web/app.js': 'export const a = 1;'.repeat(20),
      'http://h/web/page.css': 'body{margin:0}',
      'http://h/web/chunks/later.js': 'later',
      'http://h/web/chunks/late.js': 'late',
    });
    const received = [
      { url: 'http://h/web/index.html', kind: 'document', startTime: 0, responseEnd: 5 },
      { url: 'http://h/web/app.js', kind: 'script', startTime: 20, responseEnd: 50 },
      { url: 'http://h/web/page.css', kind: 'link', startTime: 20, responseEnd: 40 },
      { url: 'http://h/bench/lrs/activities/state?x=1', kind: 'fetch', startTime: 55, responseEnd: 60 },
      { url: 'http://h/web/chunks/later.js', kind: 'script', startTime: 90, responseEnd: 120 },
      { url: 'http://h/web/chunks/late.js', kind: 'script', startTime: 400, responseEnd: 500 },
    ];
    const bodyOf = (/** @type {string} */ url) => bodies[url] ?? null;
    const payload = launchPayload(received, 100, bodyOf);
    const names = (/** @type {{ files: { url: string }[] }} */ p) => p.files.map((f) => f.url.replace('http://h/web/', ''));
    assert.deepEqual(names(payload), ['index.html', 'app.js', 'page.css', 'chunks/later.js']);
    assert.equal(
      payload.raw,
      payload.files.reduce((sum, f) => sum + Buffer.byteLength(bodies[f.url]), 0),
    );
    assert.equal(
      payload.gzip,
      payload.files.reduce((sum, f) => sum + gzipSize(bodies[f.url]), 0),
    );
    assert.deepEqual(names(receivedPayload(received, 100, bodyOf)), ['index.html', 'app.js', 'page.css']);
    assert.deepEqual(names(requestedAfter(received, 100, bodyOf)), ['chunks/late.js'], 'the LRS request is data, not code');
    assert.throws(() => launchPayload(received, 1000, () => null), /no body known/);
  });

  test('launchRows: per standard a payload, painted, interactive and click row against its budget, held against its floor', () => {
    const bodies = /** @type {Record<string, string>} */ ({
      'http://h/web/index.html': '<!doctype html><wed-app></wed-app>',
      'http://h/web/app.js': Array.from({ length: 400 }, (_, i) => `export const v${i} = ${i * 7919};`).join('\n'),
      'http://h/web/chunks/later.js': 'export const later = 1;',
      'http://h/bench/floor.html': '<!doctype html><h1>Titel</h1><button class="primary">Start</button>',
    });
    const bodyOf = (/** @type {string} */ url) => bodies[url] ?? null;
    const response = (
      /** @type {string} */ url,
      /** @type {string} */ kind,
      /** @type {number} */ startTime,
      /** @type {number} */ responseEnd,
    ) => ({
      url,
      kind,
      startTime,
      responseEnd,
      transferSize: 0,
      bodySize: 0,
    });
    const packageReceived = [
      response('http://h/web/index.html', 'document', 0, 10),
      response('http://h/web/app.js', 'script', 20, 60),
      response('http://h/web/chunks/later.js', 'script', 900, 920),
    ];
    const floorReceived = [response('http://h/bench/floor.html', 'document', 0, 5)];
    /** @returns {import('../../scripts/bench/launch.mjs').LaunchRun} */
    const run = (/** @type {number} */ painted, /** @type {number} */ interactive, received = packageReceived) => ({
      introAt: painted - 20,
      readyAt: painted - 20,
      fcp: painted,
      painted,
      interactive,
      endedAt: interactive + 600,
      buttonText: 'Start',
      longTasks: [[interactive - 60, interactive]],
      received,
      click: null,
    });
    const floorRuns = (/** @type {number[]} */ times) => times.map((t) => ({ ...run(t, t, floorReceived), longTasks: [] }));
    const { rows, details } = launchRows({
      targets: [
        { id: 'scorm12', label: 'SCORM 1.2', floor: 'framed' },
        { id: 'cmi5', label: 'cmi5', floor: 'top' },
        { id: 'floor-framed', label: 'static page in an LMS frame' },
        { id: 'floor-top', label: 'static page' },
      ],
      runs: {
        scorm12: [run(120, 200), run(140, 210), run(130, 190)],
        cmi5: [run(90, 90), run(95, 95), run(85, 85)],
        'floor-framed': floorRuns([100, 110, 120]),
        'floor-top': floorRuns([50, 60, 70]),
      },
      clicks: {
        scorm12: { ...run(130, 200), click: { at: 210, step1At: 350 } },
        cmi5: { ...run(90, 90), click: { at: 100, step1At: null } },
      },
      bodyOf,
      budget: { payloadGzip: 300, paintedRatio: 1.2, interactiveRatio: 1.5 },
    });
    const row = (/** @type {string} */ group, /** @type {string} */ figure) => {
      const found = rows.find((r) => r.group.startsWith(group) && r.figure === figure);
      assert.ok(found, `${group} · ${figure}`);
      return found;
    };
    const gzip = launchPayload(packageReceived, 200, bodyOf).gzip;
    assert.equal(row('Launch payload', 'SCORM 1.2').budget, '≤ 0.3 KB gzip', 'every standard has the payload budget');
    assert.equal(row('Launch payload', 'cmi5').budget, '≤ 0.3 KB gzip');
    assert.ok(gzip > 300 && !row('Launch payload', 'cmi5').ok);
    assert.match(row('Launch payload', 'SCORM 1.2').value, new RegExp(`^[\\d,]+ B raw · ${gzip.toLocaleString('en-US')} B`));
    assert.ok(row('Launch payload', '  SCORM 1.2: Lit in dev mode').ok);
    const payloadRows = rows.filter((r) => r.group.startsWith('Launch payload'));
    assert.deepEqual(
      payloadRows.map((r) => r.figure),
      ['SCORM 1.2', '  SCORM 1.2: Lit in dev mode', "  SCORM 1.2: other standards' adapters", 'cmi5'],
      'the production and adapter checks stay with SCORM 1.2',
    );

    assert.equal(row('First screen painted', 'floor: static page in an LMS frame').value, '110 ms (100–120)');
    assert.equal(row('First screen painted', 'floor: static page').budget, undefined);
    assert.deepEqual(
      [row('First screen painted', 'SCORM 1.2 (vs framed floor)'), row('First screen painted', 'cmi5 (vs static floor)')].map((r) => [
        r.value,
        r.budget,
        r.ok,
      ]),
      [
        ['130 ms (120–140) = 1.18×', '≤ 1.2× floor', true],
        ['90 ms (85–95) = 1.50×', '≤ 1.2× floor', false],
      ],
    );
    assert.deepEqual(
      [row('First screen interactive', 'SCORM 1.2 (vs framed floor)'), row('First screen interactive', 'cmi5 (vs static floor)')].map(
        (r) => [r.value, r.budget, r.ok],
      ),
      [
        ['200 ms (190–210) = 1.82×', '≤ 1.5× floor', false],
        ['90 ms (85–95) = 1.50×', '≤ 1.5× floor', true],
      ],
    );
    assert.deepEqual(
      [row('Start button clicked', 'SCORM 1.2: click works'), row('Start button clicked', 'cmi5: click works')].map((r) => [
        r.value,
        r.budget,
        r.ok,
      ]),
      [
        ['yes (140 ms to step 1)', 'yes', true],
        ['no (step 1 not shown)', 'yes', false],
      ],
    );
    assert.deepEqual(
      misses(rows)
        .filter((line) => !line.includes('Launch payload'))
        .map((line) => line.replace(/ \(median.*?\)| \(one more.*?\)/, '')),
      [
        '✗ First screen painted · cmi5 (vs static floor): 90 ms (85–95) = 1.50×, budget ≤ 1.2× floor (18 ms slower than 1.2× floor)',
        '✗ First screen interactive · SCORM 1.2 (vs framed floor): 200 ms (190–210) = 1.82×, budget ≤ 1.5× floor (35 ms slower than 1.5× floor)',
        '✗ Start button clicked at the interactive moment · cmi5: click works: no (step 1 not shown), budget yes',
      ],
    );
    const text = details.join('\n');
    assert.match(
      text,
      /SCORM 1\.2 payload, median run, B gzip: arrived before the introduction was painted [\d,]+: index\.html \d+, app\.js [\d,]+\n {4}\+ requested after that, before interactive 0: nothing\n {4}requested in the 600 ms after interactive \(not counted\) \d+: chunks\/later\.js \d+/,
    );
    assert.match(
      text,
      /static page first screen: introduction in the DOM 40 ms \(30–50\), button ready 40 ms \(30–50\), first contentful paint 60 ms \(50–70\); long tasks \(ms\) run 1: none/,
    );
    assert.match(text, /SCORM 1\.2 click run: interactive at 200 ms as known then; clicked at 210 ms; step 1 shown at 350 ms/);
  });

  test("cmi5Unit: the assignable unit an LMS reads from the zip's cmi5.xml", () => {
    const xml = `<?xml version="1.0"?><courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
      <course id="https://example.org/course"><title><langstring lang="nl">T</langstring></title></course>
      <au id="https://example.org/course/au" moveOn="Completed"><title><langstring lang="nl">T</langstring></title><url> index.html </url></au>
    </courseStructure>`;
    const zip = zipSync({ 'cmi5.xml': Buffer.from(xml), 'index.html': Buffer.from('<!doctype html>') });
    assert.deepEqual(cmi5Unit(zip), { id: 'https://example.org/course/au', url: 'index.html' });
    assert.throws(() => cmi5Unit(zipSync({ 'index.html': Buffer.from('') })), /no cmi5\.xml/);
  });

  test('maxInWindow: the most commits in any window', () => {
    assert.equal(maxInWindow([], 2000), 0);
    assert.equal(maxInWindow([0, 2500, 5000], 2000), 1);
    assert.equal(maxInWindow([0, 1999, 2500], 2000), 2);
    assert.equal(maxInWindow([5000, 0, 2000], 2000), 1);
  });

  test('summariseRun puts each commit down to the step before it', () => {
    const log = [
      { t: 0, call: 'Initialize', element: '' },
      { t: 500, call: 'SetValue', element: 'cmi.core.lesson_status', value: 'incomplete' },
      { t: 501, call: 'Commit', element: '' },
      { t: 1000, call: 'mark', element: 'screen:video' },
      { t: 1010, call: 'SetValue', element: 'cmi.core.lesson_location', value: 'video' },
      { t: 1011, call: 'Commit', element: '' },
      { t: 2000, call: 'mark', element: 'typing-start' },
      { t: 2600, call: 'Commit', element: '' },
      { t: 5100, call: 'Commit', element: '' },
      { t: 6000, call: 'mark', element: 'typing-end' },
      { t: 7600, call: 'Commit', element: '' },
      { t: 9000, call: 'mark', element: 'leave' },
      { t: 9001, call: 'Finish', element: '' },
    ];
    const summary = summariseRun(log);
    assert.equal(summary.setValues, 2);
    assert.equal(summary.commits, 5);
    assert.equal(summary.finishes, 1);
    assert.deepEqual(summary.byCause, { launch: 1, 'screen change': 1, typing: 3 });
    assert.equal(summary.screenChanges, 1);
    assert.equal(summary.mostPerScreenChange, 1);
    assert.equal(summary.typingMs, 4000);
    assert.deepEqual(summary.typingCommits, [2600, 5100, 7600]);
    assert.equal(summary.shortestTypingGapMs, 2500);
  });

  test('formatTable aligns the columns and marks budgets; misses lists the ✗ rows', () => {
    const rows = [
      { group: 'Zip', figure: 'a.zip', value: '1 KB', budget: '≤ 100 KB', ok: true },
      { group: 'Zip', figure: 'bb.zip', value: '200 KB', budget: '≤ 100 KB', ok: false, miss: '100 KB over' },
      { group: 'Calls', figure: 'SetValue', value: '131' },
    ];
    const table = formatTable(rows);
    const lines = table.split('\n');
    assert.match(lines[0], /^figure\s+measured\s+budget$/);
    assert.match(lines[1], /^─+ {2}─+ {2}─+ {2}─$/);
    assert.equal(lines.filter((l) => l === 'Zip').length, 1, 'each group is named once, on its own line');
    const a = lines.find((l) => l.includes('a.zip')) ?? '';
    const b = lines.find((l) => l.includes('bb.zip')) ?? '';
    assert.equal(a.indexOf('1 KB'), b.indexOf('200 KB'), 'measured column aligned');
    assert.equal(a.indexOf('≤'), b.indexOf('≤'), 'budget column aligned');
    assert.ok(a.endsWith('✓') && b.endsWith('✗'));
    assert.ok(lines.includes('') && lines.includes('Calls'), 'groups are separated by a blank line');
    assert.deepEqual(misses(rows), ['✗ Zip · bb.zip: 200 KB, budget ≤ 100 KB (100 KB over)']);
  });

  test('Dutch prose: plain text of rich text, recommendations and tips first, consecutive slices', () => {
    assert.equal(plainText(['Lees ', { text: 'dit rapport', href: 'https://example.com' }, '.']), 'Lees dit rapport.');
    assert.equal(plainText({ text: ['Vraag'], items: [['een'], ['twee']] }), 'Vraag een twee');
    const assessment = {
      pillars: [{ recommendations: [{ text: ['Aanbeveling.'] }], tips: [{ text: ['Tip.'] }], statements: [{ text: 'Stelling.' }] }],
      plan: { paragraphs: ['Plan.'], questions: [{ help: ['Hulp.'] }] },
    };
    const prose = dutchProse(assessment, { intro: { paragraphs: ['Inleiding.'] } });
    assert.equal(prose.text, 'Aanbeveling. Tip. Stelling. Plan. Hulp. Inleiding.');
    assert.equal(prose.recommendationsAndTips, 'Aanbeveling. Tip.'.length);
    assert.deepEqual(slices('abcdefgh', 2, 3), ['abc', 'def']);
    assert.throws(() => slices('abc', 2, 3));
    assert.deepEqual(split('abcdefghij', 10, 4), ['abc', 'def', 'gh', 'ij']);
  });

  test('pages: the floor holds the introduction and a Start button; the host a counting stub', () => {
    const floor = floorPage(
      {
        title: 'Titel & meer',
        intro: {
          heading: 'Inleiding',
          paragraphs: ['Een <b>alinea</b>.'],
          stepsHeading: 'Stappen',
          steps: [{ label: 'Stap 1', text: 'Kijk' }],
          quote: { text: 'Citaat', attribution: 'Iemand' },
        },
      },
      'Start het assessment',
    );
    assert.match(floor, /<h1>Titel &amp; meer<\/h1>/);
    assert.match(floor, /Een &lt;b&gt;alinea&lt;\/b&gt;\./);
    assert.match(floor, /<button type="button" class="primary">Start het assessment<\/button>/);
    assert.doesNotMatch(floor, /<script/);
    const host = hostPage('scorm12', '/web/index.html?standard=scorm12');
    assert.match(host, /window\["API"\] = api/);
    assert.match(host, /src="\/web\/index.html\?standard=scorm12"/);
    assert.doesNotMatch(hostPage('none', '//evil.example/'), /evil/);
    assert.doesNotMatch(hostPage('none', '/bench/floor.html'), /<script/);
  });

  test('hostPage: with blockMs, Commit and Finish busy-wait and log how long; values set the start values', () => {
    const host = hostPage('scorm12', '/web/index.html', { blockMs: 3000, values: { 'cmi.suspend_data': '</script>W1.' } });
    assert.match(host, /const blockMs = 3000;/);
    assert.match(host, /"cmi\.suspend_data":"\\u003c\/script>W1\."/, 'a value cannot end the script');
    assert.match(host, /lms\.committed = \{ \.\.\.values \}/);
    assert.match(hostPage('scorm12', '/web/index.html'), /const blockMs = 0;/);
  });

  test('slow LMS: the pace over the Dutch prose is about 5 characters a second, with longer pauses after words and sentences', () => {
    const content = (/** @type {string} */ file) => JSON.parse(readFileSync(new URL(`../../content/nl/${file}`, import.meta.url), 'utf8'));
    const text = dutchProse(content('assessment.json'), content('intro.json')).text.slice(0, 2000);
    const pace = typingPace(text, random(1));
    assert.equal(pace.length, text.length);
    const perSecond = text.length / (pace.reduce((sum, ms) => sum + ms, 0) / 1000);
    assert.ok(perSecond > 4 && perSecond < 6, `${perSecond.toFixed(2)} characters a second`);
    const at = (/** @type {string} */ key) => pace.filter((_, i) => text[i] === key);
    assert.ok(Math.min(...at(' ')) > Math.max(...at('e')), 'a pause between words');
    assert.ok(Math.min(...at('.'), ...at('!')) > Math.max(...at(' ')), 'a longer pause after a sentence');
  });

  test('slow LMS: lost characters are all from the first difference', () => {
    assert.equal(lostCharacters('abcdef', 'abcdef'), 0);
    assert.equal(lostCharacters('abcdef', 'abc'), 3);
    assert.equal(lostCharacters('abcdef', 'abXdef'), 4);
    assert.equal(lostCharacters('abc', null), 3);
  });

  test('slow LMS: the blocked share counts the commits that start while typing; the rows carry the budgets', () => {
    const log = [
      { t: 100, call: 'Commit', element: '', ms: 3000 },
      { t: 5000, call: 'mark', element: 'typing-start' },
      { t: 20_000, call: 'Commit', element: '', ms: 3000 },
      { t: 40_000, call: 'Commit', element: '', ms: 3000 },
      { t: 64_000, call: 'Commit', element: '', ms: 3000 },
      { t: 65_000, call: 'mark', element: 'typing-end' },
      { t: 66_000, call: 'mark', element: 'leave' },
      { t: 66_100, call: 'Commit', element: '', ms: 3000 },
      { t: 69_100, call: 'Finish', element: '', ms: 3000 },
    ];
    const summary = summariseSlowCommits(log);
    assert.equal(summary.typingMs, 60_000);
    assert.deepEqual(summary.commits, [
      { at: 15_000, ms: 3000 },
      { at: 35_000, ms: 3000 },
      { at: 59_000, ms: 3000 },
    ]);
    assert.equal(summary.share, 0.15);
    assert.equal(summary.beforeTyping, 1);
    assert.deepEqual(summary.leaving, { commits: 1, finishes: 1, ms: 6000 });

    const typed = 'Ik wil beter luisteren.';
    const run = { log, typed, fieldValue: typed, committedText: typed, keyMs: [30, 40, 3000] };
    const met = slowCommitRows(run, 0.15);
    assert.deepEqual(
      met.rows.map((row) => [row.value, row.budget, row.ok]),
      [
        ['3, blocking 9.0 s', undefined, undefined],
        ['15.0 %', '≤ 15 %', true],
        ['0 of 23 characters', '0', true],
      ],
    );
    assert.match(met.details.join('\n'), /free time between them 17\.0, 21\.0 s/);
    const justOver = structuredClone(log);
    justOver[2].ms = 3020;
    assert.equal(slowCommitRows({ ...run, log: justOver }, 0.15).rows[1].ok, true, '15.03 % shows as 15.0 %: met');
    justOver[2].ms = 3040;
    assert.equal(slowCommitRows({ ...run, log: justOver }, 0.15).rows[1].ok, false, '15.07 % shows as 15.1 %: missed');
    const missed = slowCommitRows({ ...run, committedText: 'Ik wil beter' }, 0.1);
    assert.deepEqual(
      misses(missed.rows).map((line) => line.replace(/^✗ [^·]+· /, '')),
      [
        'blocked share of the typing minute: 15.0 %, budget ≤ 10 % (3.0 s more blocked than 10 %)',
        'typed but not in the last committed suspend_data: 11 of 23 characters, budget 0 (the last 11 characters)',
      ],
    );
  });
});

describe('bench cmi5 launch: the LMS side against the bench LRS', () => {
  /** @type {Awaited<ReturnType<typeof startBenchServer>>} */
  let server;
  const webDir = mkdtempSync(join(tmpdir(), 'wed-bench-test-'));
  before(async () => {
    server = await startBenchServer({ webDir, floor: '' });
  });
  after(async () => {
    await server?.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  test('LMS.LaunchData is written before the launch; the fetch URL hands out its token once; the read with it is noted', async () => {
    const unit = { id: 'https://example.org/course/au', url: 'index.html' };
    const actor = { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'learner-1' } };
    const url = await server.cmi5.launch({ origin: server.origin, unit, packagePath: '/web/', actor });
    const launch = new URL(url);
    assert.equal(launch.pathname, '/web/index.html');
    const params = Object.fromEntries(launch.searchParams);
    assert.deepEqual(Object.keys(params).sort(), ['activityId', 'actor', 'endpoint', 'fetch', 'registration']);
    assert.equal(params.endpoint, `${server.origin}/bench/lrs/`);
    assert.equal(params.activityId, unit.id);
    assert.deepEqual(JSON.parse(params.actor), actor);
    assert.equal(server.cmi5.problem(url), 'the package did not POST the fetch URL');

    assert.equal((await fetch(params.fetch)).status, 405, 'GET is no fetch');
    const answer = await (await fetch(params.fetch, { method: 'POST' })).json();
    assert.equal(typeof answer['auth-token'], 'string');
    assert.equal((await (await fetch(params.fetch, { method: 'POST' })).json())['error-code'], '1', 'a token is handed out once');
    assert.equal(server.cmi5.problem(url), 'the package did not read LMS.LaunchData with the token');

    const state = new URLSearchParams({
      activityId: unit.id,
      agent: params.actor,
      registration: params.registration,
      stateId: 'LMS.LaunchData',
    });
    const read = await fetch(`${params.endpoint}activities/state?${state}`, {
      headers: { Authorization: `Basic ${answer['auth-token']}`, 'X-Experience-API-Version': '1.0.3' },
    });
    assert.equal(read.status, 200);
    const launchData = await read.json();
    assert.equal(launchData.launchMode, 'Normal');
    assert.equal(typeof launchData.contextTemplate.extensions['https://w3id.org/xapi/cmi5/context/extensions/sessionid'], 'string');
    assert.deepEqual(launchData.contextTemplate.contextActivities.grouping, [{ objectType: 'Activity', id: unit.id }]);
    assert.equal(server.cmi5.problem(url), null);
    assert.equal(server.cmi5.problem(`${server.origin}/web/index.html`), 'not a cmi5 launch of this bench');
  });
});

describe('bench instrument in Chromium, on small pages of its own', () => {
  const intro = '<h1>Titel</h1><p>Tekst</p><button class="primary">Start</button>';
  const declared = `<wed-app><template shadowrootmode="open"><main><wed-intro-screen><template shadowrootmode="open">${intro}</template></wed-intro-screen></main></template></wed-app>`;
  /**
   * Defines wed-app, wed-intro-screen and wed-video-screen `delayMs` after the page's script
   * runs (or after its first contentful paint), as small Lit-like elements: a shadow root (kept when declared), a first render in a
   * microtask that changes no DOM already there, then `hasUpdated`; Start shows step 1 100 ms later.
   */
  const define = (/** @type {number} */ delayMs, afterFirstPaint = false) => `<script type="module">
    const later = (run) => ${
      afterFirstPaint
        ? `new PerformanceObserver((list, observer) => {
             if (!list.getEntries().some((e) => e.name === 'first-contentful-paint')) return;
             observer.disconnect();
             setTimeout(run, ${delayMs});
           }).observe({ type: 'paint', buffered: true })`
        : `setTimeout(run, ${delayMs})`
    };
    later(() => {
      class Base extends HTMLElement {
        connectedCallback() {
          if (!this.shadowRoot) this.attachShadow({ mode: 'open' });
          queueMicrotask(() => { this.render(); this.hasUpdated = true; });
        }
      }
      customElements.define('wed-intro-screen', class extends Base {
        render() {
          if (!this.shadowRoot.querySelector('button')) this.shadowRoot.innerHTML = ${JSON.stringify(intro)};
          this.shadowRoot.querySelector('button').onclick = () => this.dispatchEvent(new Event('go', { bubbles: true, composed: true }));
        }
      });
      customElements.define('wed-video-screen', class extends Base { render() { this.shadowRoot.innerHTML = '<h1>Video</h1>'; } });
      customElements.define('wed-app', class extends Base {
        render() {
          if (!this.shadowRoot.querySelector('main')) this.shadowRoot.innerHTML = '<main><wed-intro-screen></wed-intro-screen></main>';
          this.shadowRoot.addEventListener('go', () => setTimeout(() => (this.shadowRoot.querySelector('main').innerHTML = '<wed-video-screen></wed-video-screen>'), 100));
        }
      });
    });
  </script>`;
  const pages = /** @type {Record<string, string>} */ ({
    declared: `<!doctype html><title>t</title><body>${declared}`,
    hydrated: `<!doctype html><title>t</title>${define(300)}<body>${declared}`,
    // Defined only after "Laden…" was painted, however slow the machine.
    scripted: `<!doctype html><title>t</title>${define(300, true)}<body><p>Laden…</p><wed-app></wed-app>`,
  });
  /** @type {import('node:http').Server} */
  let site;
  /** @type {import('puppeteer-core').Browser} */
  let browser;
  let origin = '';
  before(async () => {
    site = createServer((req, res) => {
      const page = pages[new URL(req.url ?? '/', 'http://x').searchParams.get('page') ?? ''];
      res.writeHead(page ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(page ?? '');
    });
    await new Promise((resolve) => site.listen(0, '127.0.0.1', () => resolve(undefined)));
    const address = /** @type {import('node:net').AddressInfo} */ (site.address());
    origin = `http://127.0.0.1:${address.port}`;
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    site?.close();
  });
  const measure = (/** @type {string} */ page, click = false) =>
    measureLaunch(browser, `${origin}${APP_SCREEN.path}?page=${page}`, { screen: APP_SCREEN, quietMs: 500, language: 'nl', click });

  test('declarative shadow DOM: the introduction is seen at parse time and painted, but no app took over: not ready', async () => {
    const { context, page } = await freshPage(browser, 'nl');
    try {
      await page.evaluateOnNewDocument(instrument, APP_SCREEN);
      await page.goto(`${origin}${APP_SCREEN.path}?page=declared`, { waitUntil: 'load' });
      await page.waitForFunction(
        () => /** @type {any} */ (window).__bench.fcp !== null && /** @type {any} */ (window).__bench.introFrameAt !== null,
      );
      await new Promise((resolve) => setTimeout(resolve, 500));
      const recorded = await page.evaluate(() => /** @type {any} */ (window).__bench);
      assert.equal(recorded.buttonText, 'Start');
      assert.ok(recorded.introAt !== null && recorded.introAt <= recorded.fcp, JSON.stringify(recorded));
      assert.equal(paintedAt(recorded), recorded.fcp);
      assert.equal(recorded.readyAt, null, 'a prerendered button is not interactive');
      assert.equal(launchMoments(recorded, 500), null);
    } finally {
      await context.close();
    }
  });

  test('declarative shadow DOM taken over by an upgrade that changes no DOM: ready once upgraded and rendered', async () => {
    const run = await measure('hydrated');
    // Defined 300 ms after the page's script ran (so after navigation start); seen before that, when parsed.
    // (Not `readyAt - introAt >= 300`: the introduction may be noticed a frame after it was parsed.)
    assert.ok(run.readyAt >= 300 && run.readyAt > run.introAt, JSON.stringify(run));
    assert.equal(run.painted, run.fcp);
    assert.ok(run.painted <= run.interactive && run.readyAt <= run.interactive);
  });

  test('rendered by script after something else was painted: painted with the introduction; a click shows step 1', async () => {
    const run = await measure('scripted', true);
    assert.equal(run.readyAt, run.introAt, 'rendered by script: ready as it appears');
    assert.ok(run.fcp < run.introAt && run.painted > run.introAt, JSON.stringify(run));
    assert.ok(run.click?.at != null && run.click.step1At != null && run.click.step1At - run.click.at >= 100, JSON.stringify(run.click));
    assert.ok(run.click.at >= run.interactive, 'clicked once interactive');
  });
});
