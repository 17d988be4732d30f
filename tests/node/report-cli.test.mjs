// `npm run report -- <files…> [--out report.html] [--min-group n]`: the text
// summary, the HTML page with the report in it, and exit code 1 with a clear
// message for anything it cannot use.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SAMPLES } from '../report/support/expected.mjs';

const samples = fileURLToPath(SAMPLES);
const INTERACTIONS = path.join(samples, 'interactions', 'WED-teamNoord-2026 Zelfassessment warme en effectieve dienstverlening.ods');
const BASIC = path.join(samples, 'basic', 'WED-teamNoord-2026 Zelfassessment warme en effectieve dienstverlening.xlsx');
const temp = mkdtempSync(path.join(tmpdir(), 'report-cli-'));
after(() => rmSync(temp, { recursive: true, force: true }));

const run = (...args) => spawnSync(process.execPath, ['scripts/report.mjs', ...args], { encoding: 'utf8' });

test('files in, a text summary out, and with --out the report page with the figures as data', () => {
  const out = path.join(temp, 'rapport.html');
  const result = run(INTERACTIONS, BASIC, '--out', out);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^Deelnemers: 9\nAfgerond: 7\nBezig: 1\nNiet begonnen: 1\n/);
  assert.match(result.stdout, /Kunnen: gemiddelde score 30,9, mediaan 33, vraagt aandacht bij 7 van de 7 \(100%\)/);
  assert.match(result.stdout, /Voor 7 van de 7 deelnemers vraagt pijler Kunnen aandacht\./);
  const html = readFileSync(out, 'utf8');
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-/);
  const json = /<script type="application\/json" id="report-data">(.*?)<\/script>/s.exec(html)[1];
  const data = JSON.parse(json);
  assert.equal(data.analysed, 7);
  assert.equal(data.statements[0].statement, 'kunnen_1');
  assert.ok(data.generatedAt);
  for (const secret of ['Jansen', 'Yıldız', 'voorbeeldstad', '@']) assert.ok(!json.includes(secret), secret);
});

test('--min-group above the team: per-statement figures withheld, with the reason', () => {
  const result = run(INTERACTIONS, '--min-group', '10');
  assert.equal(result.status, 0, result.stderr);
  assert.match(
    result.stdout,
    /De cijfers per stelling worden niet getoond: er zijn 7 deelnemers met antwoorden en de minimale groepsgrootte is 10\./,
  );
});

test('a file that is no export: exit code 1, the file named, nothing written', () => {
  const bad = path.join(temp, 'notities.txt');
  writeFileSync(bad, 'Boodschappen\nmelk\nbrood\n');
  const out = path.join(temp, 'niet.html');
  const result = run(INTERACTIONS, bad, '--out', out);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /^notities\.txt: dit is geen Moodle-download die het teamrapport kan lezen\. Verwacht:/);
  assert.equal(result.stdout, '');
  assert.throws(() => readFileSync(out));
});

test('usage errors: exit code 1 and what to do', () => {
  for (const [args, message] of [
    [[], /No files given\.\nUsage:/],
    [['--min-group', 'vijf', INTERACTIONS], /--min-group must be a whole number/],
    [['--bogus'], /Unknown option '--bogus'/],
    [['--lrs', 'http://127.0.0.1:9/xapi/'], /--lrs needs --auth <user:pass> and --activity <IRI>/],
    [['--lrs', 'http://127.0.0.1:9/xapi/', INTERACTIONS], /Give either files or --lrs/],
    [[path.join(temp, 'bestaat-niet.csv')], /bestaat-niet\.csv: file not found\./],
    // Option errors, not errors of the LRS: the LRS is not asked.
    [['--lrs', 'http://127.0.0.1:9/xapi/', '--auth', 'token', '--activity', 'https://example.org/x'], /^--auth must be <user:pass>/],
    [
      ['--lrs', 'http://127.0.0.1:9/xapi/', '--auth', 'a:b', '--activity', 'https://example.org/x', '--since', 'gisteren'],
      /^--since must be a date/,
    ],
  ]) {
    const result = run(...args);
    assert.equal(result.status, 1, args.join(' '));
    assert.match(result.stderr, message);
  }
});

test('an LRS that cannot be reached: exit code 1 and the LRS named', () => {
  const result = run('--lrs', 'http://127.0.0.1:9/xapi/', '--auth', 'a:b', '--activity', 'https://example.org/x');
  assert.equal(result.status, 1);
  assert.match(result.stderr, /^De LRS gaf een fout: /);
});
