// Files that are not a Moodle export the report reads, or are broken: a clear
// message that names the file and says what was expected, never figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import { importTs } from './helpers/import-ts.mjs';
import { SAMPLES } from '../report/support/expected.mjs';

const core = await importTs('src/report/cli.ts', { external: ['@xapi/xapi'] });
const XLSX = await import('@e965/xlsx');

const XLSX_NAME = 'WED-teamNoord-2026 Zelfassessment warme en effectieve dienstverlening.xlsx';
const TXT_NAME = 'WED-teamNoord-2026 Zelfassessment warme en effectieve dienstverlening-20261129_2307-tab_separated.txt';
const sampleText = readFileSync(new URL(`interactions/${TXT_NAME}`, SAMPLES), 'utf8');

function only(name, bytes) {
  const { sources, errors } = core.readFiles([{ name, bytes: new Uint8Array(bytes) }]);
  assert.equal(sources.length, 0, `${name} was read`);
  assert.equal(errors.length, 1);
  assert.equal(errors[0].file, name);
  assert.ok(errors[0].message.startsWith(`${name}: `), errors[0].message);
  return errors[0].message;
}

function sheet(rows) {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Report');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' });
}

const EXPECTED_INTERACTIONS = /Verwacht: .*Interactierapport/;

test('an empty file', () => {
  assert.match(only('leeg.txt', Buffer.alloc(0)), /het bestand is leeg/);
});

test('a binary file that is no spreadsheet (a PNG, random bytes)', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  assert.match(only('foto.png', png), EXPECTED_INTERACTIONS);
  const random = Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256));
  assert.match(only('random.bin', random), EXPECTED_INTERACTIONS);
});

test('a zip that is no spreadsheet, and a truncated .xlsx', () => {
  assert.match(only('archief.zip', zipSync({ 'hello.txt': strToU8('hallo') })), EXPECTED_INTERACTIONS);
  const xlsx = readFileSync(new URL(`interactions/${XLSX_NAME}`, SAMPLES));
  assert.match(only('afgebroken.xlsx', xlsx.subarray(0, 3000)), EXPECTED_INTERACTIONS);
});

test('text and spreadsheets that are something else', () => {
  assert.match(only('README.md', readFileSync(new URL('README.md', SAMPLES))), EXPECTED_INTERACTIONS);
  assert.match(only('lijst.csv', Buffer.from('a,b,c\n1,2,3\n')), EXPECTED_INTERACTIONS);
  assert.match(
    only(
      'adressen.xlsx',
      sheet([
        ['Naam', 'Straat'],
        ['Jan', 'Dorpsstraat 1'],
      ]),
    ),
    EXPECTED_INTERACTIONS,
  );
  // SheetJS would read a text starting with "ID" as SYLK; the report reads it as text.
  assert.match(only('ids.csv', Buffer.from('ID;Naam\n1;Jan\n')), EXPECTED_INTERACTIONS);
});

test('an Interactions report with its header only', () => {
  assert.match(only('kop.txt', Buffer.from(sampleText.split('\n')[0] + '\n')), /alleen de kopregel/);
});

test('an Interactions report of another activity: other question ids', () => {
  const other = sampleText.replace(/\b(begrijpen|willen|kunnen)_(\d)\b/g, 'q$2');
  assert.match(only('ander.txt', Buffer.from(other)), /de vragen in dit Interactierapport \(‘q1’.*\) zijn niet de twaalf stellingen/);
});

test('an Interactions report of another activity: answers that are not 1–4', () => {
  const rows = [
    ['Name', 'Email address', 'Attempt', 'Started on', 'Last accessed on', 'Score', 'Quiz', 'Response 0', 'Response 1'],
    ['Jan Jansen', 'j@example.org', 1, '-', '-', 80, 80, 'true', 'Amsterdam'],
  ];
  assert.match(
    only('quiz.xlsx', sheet(rows)),
    /de antwoorden in dit Interactierapport \(‘true’, ‘Amsterdam’\) zijn geen cijfers 1 tot en met 4/,
  );
});

test('one bad file among good ones: the good ones are read, the bad one is reported', () => {
  const { sources, errors } = core.readFiles([
    { name: TXT_NAME, bytes: new Uint8Array(Buffer.from(sampleText)) },
    { name: 'leeg.csv', bytes: new Uint8Array(0) },
  ]);
  assert.equal(sources.length, 1);
  assert.deepEqual(
    errors.map((e) => e.file),
    ['leeg.csv'],
  );
});

test('a minimum group size below 1 is refused', () => {
  assert.throws(() => core.buildReport([], { minGroup: 0 }), RangeError);
});
