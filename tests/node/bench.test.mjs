// @ts-check
// Smoke test of the pure helpers of `npm run bench` (scripts/bench/report.mjs, pages.mjs,
// the run summary of scorm-run.mjs and the slow-LMS summary of slow-commit.mjs): the
// table, gzip byte counting, the "interactive" and payload definitions, the commit
// counting, the blocked share. Nothing timed, no browser.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import {
  dutchProse, formatTable, gzipSize, interactiveAt, launchPayload, maxInWindow, median, medianIndex, misses, plainText, receivedPayload,
  slices, split,
} from '../../scripts/bench/report.mjs';
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

  test('interactiveAt: the button time, moved past long tasks in progress or within the quiet window', () => {
    assert.equal(interactiveAt(100, [], 500), 100);
    assert.equal(interactiveAt(100, [[10, 90]], 500), 100, 'a long task before the button does not count');
    assert.equal(interactiveAt(100, [[80, 160]], 500), 160, 'in progress at the button');
    assert.equal(interactiveAt(100, [[300, 420], [950, 1000]], 500), 420, 'within the window, then quiet');
    assert.equal(interactiveAt(100, [[300, 420], [850, 900]], 500), 900, 'the window starts again after each');
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
    assert.equal(payload.raw, payload.files.reduce((sum, f) => sum + Buffer.byteLength(bodies[f.url]), 0));
    assert.equal(payload.gzip, payload.files.reduce((sum, f) => sum + gzipSize(bodies[f.url]), 0));
    assert.deepEqual(names(receivedPayload(received, 100, bodyOf)), ['index.html', 'app.js', 'page.css']);
    assert.throws(() => launchPayload(received, 1000, () => null), /no body known/);
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
    const floor = floorPage({
      title: 'Titel & meer',
      intro: { heading: 'Inleiding', paragraphs: ['Een <b>alinea</b>.'], stepsHeading: 'Stappen', steps: [{ label: 'Stap 1', text: 'Kijk' }], quote: { text: 'Citaat', attribution: 'Iemand' } },
    }, 'Start het assessment');
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
    assert.deepEqual(summary.commits, [{ at: 15_000, ms: 3000 }, { at: 35_000, ms: 3000 }, { at: 59_000, ms: 3000 }]);
    assert.equal(summary.share, 0.15);
    assert.equal(summary.beforeTyping, 1);
    assert.deepEqual(summary.leaving, { commits: 1, finishes: 1, ms: 6000 });

    const typed = 'Ik wil beter luisteren.';
    const run = { log, typed, fieldValue: typed, committedText: typed, keyMs: [30, 40, 3000] };
    const met = slowCommitRows(run, 0.15);
    assert.deepEqual(met.rows.map((row) => [row.value, row.budget, row.ok]), [
      ['3, blocking 9.0 s', undefined, undefined],
      ['15.0 %', '≤ 15 %', true],
      ['0 of 23 characters', '0', true],
    ]);
    assert.match(met.details.join('\n'), /free time between them 17\.0, 21\.0 s/);
    const justOver = structuredClone(log);
    justOver[2].ms = 3020;
    assert.equal(slowCommitRows({ ...run, log: justOver }, 0.15).rows[1].ok, true, '15.03 % shows as 15.0 %: met');
    justOver[2].ms = 3040;
    assert.equal(slowCommitRows({ ...run, log: justOver }, 0.15).rows[1].ok, false, '15.07 % shows as 15.1 %: missed');
    const missed = slowCommitRows({ ...run, committedText: 'Ik wil beter' }, 0.1);
    assert.deepEqual(misses(missed.rows).map((line) => line.replace(/^✗ [^·]+· /, '')), [
      'blocked share of the typing minute: 15.0 %, budget ≤ 10 % (3.0 s more blocked than 10 %)',
      'typed but not in the last committed suspend_data: 11 of 23 characters, budget 0 (the last 11 characters)',
    ]);
  });
});
