// `npm run report` comparing two moments: --compare first-latest and
// before:<date>, --then/--now files with labels, --leave-out, the page with
// the comparison as data, and an English message with exit code 1 for misuse.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ATTEMPTS, personalData } from './helpers/attempts-table.mjs';

const temp = mkdtempSync(path.join(tmpdir(), 'report-compare-cli-'));
after(() => rmSync(temp, { recursive: true, force: true }));

const file = (folder, kind, name) => path.join(ATTEMPTS, folder, kind, name);
const INTERACTIONS = file(
  'attempts',
  'interactions',
  'WED-teamZuid-2026 Zelfassessment warme en effectieve dienstverlening-20261102_0915-tab_separated.txt',
);
const GRADEBOOK = file('attempts', 'gradebook', 'WED-teamZuid-2026 Grades-20261102_0915-comma_separated.csv');
const BASELINE = file('baseline', 'interactions', 'WED-teamZuid-2026 Nulmeting zelfassessment-20261102_0915-tab_separated.txt');
const BASELINE_GRADES = file('baseline', 'gradebook', 'WED-teamZuid-2026 Grades-20261102_0915-comma_separated.csv');
const FOLLOW_UP = file('follow-up', 'interactions', 'WED-teamZuid-2026 Vervolgmeting zelfassessment-20261102_0915-tab_separated.txt');

const run = (...args) => spawnSync(process.execPath, ['scripts/report.mjs', ...args], { encoding: 'utf8' });

test('--compare first-latest: the comparison as text, and with --out the page with it as comparison-data', () => {
  const out = path.join(temp, 'vergelijking.html');
  const result = run(INTERACTIONS, GRADEBOOK, '--compare', 'first-latest', '--out', out);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^Vergelijking: Eerste poging en Laatste poging\nEerste poging: 6 deelnemers met antwoorden\n/);
  assert.match(result.stdout, /Kunnen: gemiddelde score 32,2 → 59,7 \(\+27,5\), mediaan 25 → 58/);
  assert.match(result.stdout, /Niet meegeteld: 1,/);
  assert.match(result.stdout, /Pijler Kunnen veranderde het meest: de gemiddelde score steeg van 32,2 naar 59,7\./);
  const html = readFileSync(out, 'utf8');
  const json = /<script type="application\/json" id="comparison-data">(.*?)<\/script>/s.exec(html)?.[1];
  assert.ok(json, 'the page holds the comparison');
  assert.doesNotMatch(html, /id="report-data"/);
  const data = JSON.parse(json);
  assert.deepEqual([data.mode, data.paired.learners, data.then.analysed], [{ kind: 'first-latest' }, 6, 6]);
  assert.ok(data.generatedAt);
  for (const secret of personalData()) assert.ok(!json.toLowerCase().includes(secret.toLowerCase()), secret);
});

test('--compare before:<date> with --min-group: moments withheld below it, with the reason', () => {
  const result = run(INTERACTIONS, '--compare', 'before:2026-06-01', '--min-group', '8');
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^Vergelijking: Voor 1 juni 2026 en Vanaf 1 juni 2026\n/);
  assert.match(result.stdout, /Voor 1 juni 2026: geen cijfers\. Er zijn 7 deelnemers met antwoorden en de minimale groepsgrootte is 8\./);
  assert.match(result.stdout, /Er is geen cijferexport gekozen\./);
});

test('--then <files…> --now <files…> with labels; --leave-out names a row', () => {
  const result = run(
    '--then',
    BASELINE,
    BASELINE_GRADES,
    '--now',
    FOLLOW_UP,
    '--then-label',
    'Nulmeting',
    '--now-label',
    'Na de training',
    '--leave-out',
    'M.Vos@voorbeeldstad.example',
  );
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^Vergelijking: Nulmeting en Na de training\nNulmeting: 7 deelnemers met antwoorden\n/);
  assert.match(result.stdout, /Na de training: 5 deelnemers met antwoorden\n {2}Deelnemers: 8, afgerond: 5, bezig: 1, niet begonnen: 2\n/);
  assert.match(
    result.stdout,
    /De verandering per deelnemer wordt niet getoond: 4 deelnemers deden beide keren mee en de minimale groepsgrootte is 5\./,
  );
  assert.match(result.stdout, /Weggelaten zoals gevraagd: 1\./);
});

test('--leave-out in the single report', () => {
  const result = run(INTERACTIONS, '--leave-out', 'Marieke Vos', '--leave-out', 'y.peeters@voorbeeldstad.example');
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^Deelnemers: 7\n.*\nNiet begonnen: 0\n/s);
  assert.match(result.stdout, /Weggelaten zoals gevraagd: 2\./);
});

test('misuse: an English message, the usage, exit code 1', () => {
  const cases = [
    [[INTERACTIONS, '--compare', 'sometimes'], /--compare must be first-latest, before:<YYYY-MM-DD> or ranges:/],
    [[INTERACTIONS, '--compare', 'before:1-6-2026'], /--compare before:<date> needs a date as 2026-06-01 \(got "1-6-2026"\)/],
    [
      [INTERACTIONS, '--compare', 'ranges:2026-01-01..2026-03-31,2026-05-01..2026-06-30'],
      /--compare ranges:… reads completion times from an LRS/,
    ],
    [['--then', BASELINE], /Give both --then <files…> and --now <files…>/],
    [['--then', '--now', FOLLOW_UP], /Give at least one file after --then and after --now/],
    [[INTERACTIONS, '--then', BASELINE, '--now', FOLLOW_UP], /Put every file after --then or --now/],
    [
      ['--then', BASELINE, '--now', FOLLOW_UP, '--compare', 'first-latest'],
      /--then\/--now compare two sets; leave out --compare first-latest/,
    ],
    [[INTERACTIONS, '--then-label', 'Voor'], /--then-label and --now-label go with a comparison/],
    [[INTERACTIONS, '--then-registrations', 'a,b', '--now-registrations', 'c'], /select attempts in an LRS; give --lrs/],
    [['--then', BASELINE, '--now', path.join(temp, 'missing.txt')], /missing\.txt: file not found\./],
  ];
  for (const [args, message] of cases) {
    const result = run(...args);
    assert.equal(result.status, 1, `${args.join(' ')}: ${result.stdout}`);
    assert.match(result.stderr, message);
    assert.equal(result.stdout, '');
  }
});

test('--compare before:<date> with a day that does not exist: the core’s Dutch message, exit code 1', () => {
  const result = run(INTERACTIONS, '--compare', 'before:2026-02-30');
  assert.equal(result.status, 1);
  assert.match(result.stderr, /'2026-02-30' is geen datum/);
});
