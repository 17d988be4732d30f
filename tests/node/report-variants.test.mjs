// The team report reads what other settings and languages make of the same
// Interactions report: Dutch headers, other delimiters, quoting, BOMs and
// encodings, only `Response i` columns, answer ids, changed answers and
// several attempts per learner. Each variant is made from the real sample
// (tests/fixtures/moodle-4.5/interactions/…txt, a real Moodle 4.5 download) and checked against
// the hand-computed figures of tests/fixtures/moodle-4.5/README.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importTs } from './helpers/import-ts.mjs';
import { expectedFigures, readmeTable, SAMPLES } from '../report/support/expected.mjs';

const core = await importTs('src/report/cli.ts', { external: ['@xapi/xapi'] });
const XLSX = await import('@e965/xlsx');

const NAME = 'WED-teamNoord-2026 Zelfassessment warme en effectieve dienstverlening-20261129_2307-tab_separated.txt';
const text = readFileSync(new URL(`interactions/${NAME}`, SAMPLES), 'utf8');
/** The sample as rows of strings (its quoting is fputcsv's: quotes only around fields with spaces). */
const sample = text
  .trimEnd()
  .split('\n')
  .map((line) => line.split('\t').map((cell) => cell.replace(/^"(.*)"$/, '$1').replace(/""/g, '"')));
const completed = readmeTable()
  .filter((l) => l.answers.every((a) => a !== null))
  .map((l) => l.answers);
const expected = expectedFigures(completed);
const ANSWER_IDS = ['helemaal_oneens', 'oneens', 'eens', 'helemaal_eens'];

function write(rows, { delimiter = '\t', quoteAll = false, eol = '\n' } = {}) {
  const quote = (cell) => (quoteAll || /[\s"\t;,]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((row) => row.map(quote).join(delimiter)).join(eol) + eol;
}

function read(name, bytes) {
  const { sources, errors } = core.readFiles([{ name, bytes: new Uint8Array(bytes) }]);
  assert.deepEqual(
    errors.map((e) => e.message),
    [],
  );
  return core.buildReport(sources);
}

function assertSampleFigures(data, answered = 7) {
  assert.equal(data.analysed, answered);
  assert.deepEqual(
    data.statements.map((s) => [s.statement, ...s.counts]),
    expected.statements.map((s) => [s.statement, ...s.counts]),
  );
  assert.deepEqual(
    data.pillars.map((p) => [p.median, p.attention, ...p.distribution]),
    expected.pillars.map((p) => [p.median, p.attention, ...p.distribution]),
  );
}

const DUTCH = {
  Name: 'Naam',
  'Email address': 'E-mailadres',
  Attempt: 'Poging',
  'Started on': 'Gestart op',
  'Last accessed on': 'Laatst bekeken op',
  Score: 'Score',
  Incomplete: 'Onvolledig',
  'Not attempted': 'Niet geprobeerd',
};
function dutch(rows) {
  return rows.map((row, r) =>
    row.map((cell) =>
      r === 0
        ? (DUTCH[cell] ??
          cell
            .replace(/^Question /, 'Vraag ')
            .replace(/^Response /, 'Antwoord ')
            .replace(/^Right answer /, 'Juist antwoord ')
            .replace(/^Result /, 'Resultaat '))
        : (DUTCH[cell] ?? cell),
    ),
  );
}

/** Only the `Response i` columns, as for a coordinator who never changed the report's preferences. */
function responsesOnly(rows) {
  const keep = rows[0].map((h, i) => (/^(Question|Right answer|Result) /.test(h) ? -1 : i)).filter((i) => i >= 0);
  return rows.map((row) => keep.map((i) => row[i] ?? ''));
}

const rowOf = (rows, email) => rows.findIndex((row) => row[1] === email);

test('Dutch interface: Naam, Poging, Vraag i, Antwoord i, Onvolledig, Niet geprobeerd', () => {
  const data = read('nl.txt', Buffer.from(write(dutch(sample))));
  assert.deepEqual(data.participation, { learners: 9, completed: 7, inProgress: 1, notStarted: 1, notCompleted: 0 });
  assertSampleFigures(data);
});

test('semicolons, every field quoted, CRLF and a UTF-8 BOM (the file saved again by a spreadsheet program)', () => {
  const body = write(sample, { delimiter: ';', quoteAll: true, eol: '\r\n' });
  assertSampleFigures(read('excel.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)])));
});

test('UTF-16LE with BOM, comma-separated', () => {
  const body = write(sample, { delimiter: ',' });
  assertSampleFigures(read('utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')])));
});

test('Windows-1252 without BOM (Joëlle as one byte 0xEB)', () => {
  const body = write(sample).replace('Yıldız', 'Yildiz');
  const bytes = Buffer.from(body, 'latin1');
  assert.ok(bytes.includes(0xeb));
  assertSampleFigures(read('cp1252.txt', bytes));
});

test('Dutch headers in .xlsx and .ods with number cells', () => {
  const rows = dutch(sample).map((row, r) => row.map((cell) => (r > 0 && /^\d+$/.test(cell) ? Number(cell) : cell)));
  for (const bookType of ['xlsx', 'ods']) {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Rapport');
    assertSampleFigures(read(`nl.${bookType}`, XLSX.write(book, { type: 'buffer', bookType })));
  }
});

test('only Response columns: mapped in the contract order, and the report says so', () => {
  const data = read('responses.txt', Buffer.from(write(responsesOnly(sample))));
  assertSampleFigures(data);
  assert.deepEqual(data.notes, ['mapped-by-order']);
});

test('only Response columns and an answer changed later (interaction 12): that attempt cannot be mapped', () => {
  const rows = responsesOnly(sample).map((row) => [...row]);
  rows[0].push('Response 12');
  rows.slice(1).forEach((row) => row.push(''));
  rows[rowOf(rows, 'a.jansen@voorbeeldstad.example')][rows[0].length - 1] = '4';
  const data = read('changed.txt', Buffer.from(write(rows)));
  assert.equal(data.analysed, 6);
  assert.deepEqual(data.skipped, [
    { reason: 'unfinished', count: 1 },
    { reason: 'unmapped', count: 1 },
  ]);
});

test('with Question columns an answer changed later replaces the earlier one', () => {
  const rows = sample.map((row) => [...row]);
  rows[0].push('Question 12', 'Response 12', 'Right answer 12', 'Result 12');
  rows.slice(1).forEach((row) => row.push('', '', '', ''));
  const anouk = rows[rowOf(rows, 'a.jansen@voorbeeldstad.example')];
  anouk.splice(-4, 2, 'kunnen_2', '4'); // Anouk changes kunnen_2 from 1 to 4.
  const data = read('changed.txt', Buffer.from(write(rows)));
  const answers = completed.map((a) => [...a]);
  answers[0][9] = 4; // README row 1 is Anouk; k2 is the 10th answer.
  assert.deepEqual(
    data.statements.map((s) => [s.statement, ...s.counts]),
    expectedFigures(answers).statements.map((s) => [s.statement, ...s.counts]),
  );
});

test('answer ids (SCORM 2004 learner_response) instead of digits', () => {
  const rows = sample.map((row, r) =>
    row.map((cell, c) => (r > 0 && /^Response /.test(sample[0][c]) && cell ? ANSWER_IDS[Number(cell) - 1] : cell)),
  );
  assertSampleFigures(read('ids.txt', Buffer.from(write(rows))));
});

test('several attempts: the latest completed attempt counts, the others are skipped with their reason', () => {
  const rows = sample.map((row) => [...row]);
  const anouk = rows[rowOf(rows, 'a.jansen@voorbeeldstad.example')];
  // Attempt 2: Anouk answers everything with 4 (eens … helemaal eens); attempt 3: started, not finished.
  const second = anouk.map((cell, c) => (c === 2 ? '2' : /^Response /.test(rows[0][c]) ? '4' : cell));
  const third = anouk.map((cell, c) => (c === 2 ? '3' : c === 5 ? '0' : c === 6 ? 'Incomplete' : c > 6 ? '' : cell));
  rows.push(third, second); // Moodle orders by the string "userid#attempt"; the report does not rely on it.
  const data = read('attempts.txt', Buffer.from(write(rows)));
  assert.deepEqual(data.participation, { learners: 9, completed: 7, inProgress: 1, notStarted: 1, notCompleted: 0 });
  assert.deepEqual(data.skipped, [
    { reason: 'earlier-attempt', count: 1 },
    { reason: 'unfinished', count: 2 },
  ]);
  const answers = completed.map((a) => [...a]);
  answers[0] = Array(12).fill(4);
  assert.deepEqual(
    data.pillars.map((p) => p.attention),
    expectedFigures(answers).pillars.map((p) => p.attention),
  );
});

test('the same download in three formats counts every learner once', () => {
  const names = ['txt', 'ods', 'xlsx'].map((ext) => (ext === 'txt' ? NAME : NAME.replace(/-\d{8}_\d{4}-tab_separated\.txt$/, `.${ext}`)));
  const { sources } = core.readFiles(
    names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(new URL(`interactions/${name}`, SAMPLES))) })),
  );
  assert.equal(sources.length, 3);
  const data = core.buildReport(sources);
  assert.equal(data.participation.learners, 9);
  assertSampleFigures(data);
});
