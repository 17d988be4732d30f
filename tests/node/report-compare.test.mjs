// The team report's comparison of two moments on the generated Moodle 4.5
// downloads with several attempts (tests/fixtures/moodle-4.5-attempts): each
// way of comparing against the README's table of intended answers, privacy
// per moment and for the paired group, the teacher listed "Not attempted",
// rows left out, and no person in the data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importTs } from './helpers/import-ts.mjs';
import { ATTEMPTS, attemptsTable, fixtureFiles, intended, pairedCounts, personalData } from './helpers/attempts-table.mjs';
import { expectedFigures, STATEMENTS } from '../report/support/expected.mjs';

const core = await importTs('src/report/cli.ts', { external: ['@xapi/xapi'] });
const { comparisonSentences } = await importTs('src/report/comparison-summary.ts');
const { moodleDateTime } = await importTs('src/report/moodle-date.ts');
const table = attemptsTable();

function sources(folder, ...kinds) {
  const read = core.readFiles(fixtureFiles(folder, ...kinds));
  assert.deepEqual(read.errors, []);
  return read.sources;
}

const close = (actual, expected, message) => assert.ok(Math.abs(actual - expected) < 1e-9, `${message}: ${actual} ≠ ${expected}`);

/** A moment's figures against the figures computed by hand from the table's rows. */
function assertMoment(moment, rows) {
  const expected = expectedFigures(rows.map((r) => r.answers));
  assert.equal(moment.analysed, rows.length);
  assert.equal(moment.withheld, null);
  for (const [i, pillar] of expected.pillars.entries()) {
    const actual = moment.pillars[i];
    assert.equal(actual.pillar, pillar.pillar);
    close(actual.mean, pillar.mean, `${pillar.pillar} mean`);
    assert.equal(actual.median, pillar.median, `${pillar.pillar} median`);
    assert.deepEqual(actual.distribution, pillar.distribution, `${pillar.pillar} distribution`);
    assert.equal(actual.attention, pillar.attention, `${pillar.pillar} attention`);
    assert.equal(actual.total, rows.length);
  }
  // In contract order, so then and now line up.
  assert.deepEqual(
    moment.statements.map((s) => s.statement),
    STATEMENTS,
  );
  for (const [i, statement] of moment.statements.entries()) {
    assert.deepEqual(
      statement.counts,
      [1, 2, 3, 4].map((v) => rows.filter((r) => r.answers[i] === v).length),
    );
  }
}

/** A change is the difference of the figures as shown: means and medians to one decimal, shares in whole percent. */
const tenth = (value) => Math.round(value * 10) / 10;
const whole = (value) => Math.round(value);

function assertChanges(data, pick) {
  const then = expectedFigures(pick.then.map((r) => r.answers));
  const now = expectedFigures(pick.now.map((r) => r.answers));
  for (const [i, change] of data.pillarChanges.entries()) {
    close(change.mean, tenth(now.pillars[i].mean) - tenth(then.pillars[i].mean), `${change.pillar} mean change`);
    close(change.median, tenth(now.pillars[i].median) - tenth(then.pillars[i].median), `${change.pillar} median change`);
    assert.equal(
      change.attentionShare,
      whole((now.pillars[i].attention / pick.now.length) * 100) - whole((then.pillars[i].attention / pick.then.length) * 100),
      'attention',
    );
  }
  const share = (rows, i, v) => (rows.filter((r) => r.answers[i] === v).length * 100) / rows.length;
  for (const [i, shift] of data.statementShifts.entries()) {
    assert.equal(shift.statement, STATEMENTS[i]);
    [1, 2, 3, 4].forEach((v, k) => {
      close(shift.then[k], share(pick.then, i, v), `${shift.statement} then ${v}`);
      close(shift.now[k], share(pick.now, i, v), `${shift.statement} now ${v}`);
    });
    const disagree = (rows) => whole(share(rows, i, 1) + share(rows, i, 2));
    assert.equal(shift.disagree, disagree(pick.now) - disagree(pick.then), `${shift.statement} disagree`);
  }
  const biggest = [...data.pillarChanges].sort((a, b) => Math.abs(b.mean) - Math.abs(a.mean))[0].pillar;
  assert.equal(data.mostChanged, biggest);
}

test('first against latest attempt: only learners with two completed attempts, paired all of them', () => {
  const data = core.buildComparison({ mode: { kind: 'first-latest' }, then: sources('attempts', 'interactions', 'gradebook') });
  const pick = intended(table, { kind: 'first-latest', folder: 'attempts' });
  assert.equal(pick.then.length, 6);
  assertMoment(data.then, pick.then);
  assertMoment(data.now, pick.now);
  assert.equal(data.then.label, 'Eerste poging');
  assert.equal(data.now.label, 'Laatste poging');
  assert.deepEqual(data.then.skipped, [{ reason: 'single-attempt', count: 2 }]);
  assert.deepEqual(data.then.participation, { learners: 8, completed: 8, inProgress: 0, notStarted: 0, notCompleted: 0 });
  assertChanges(data, pick);
  assert.equal(data.mostChanged, 'kunnen');
  assert.deepEqual(data.paired, { learners: 6, withheld: null, pillars: pairedCounts(pick.paired) });
  assert.deepEqual(data.excluded, [{ reason: 'not-a-learner', count: 1 }]);
});

test('the Excel download of the same report gives the same comparison as the text download', () => {
  const dir = path.join(ATTEMPTS, 'attempts/interactions');
  const name = 'WED-teamZuid-2026 Zelfassessment warme en effectieve dienstverlening.xlsx';
  const xlsx = core.readFiles([{ name, bytes: new Uint8Array(readFileSync(path.join(dir, name))) }]).sources;
  const fromText = core.buildComparison({ mode: { kind: 'date', date: '2026-06-01' }, then: sources('attempts', 'interactions') });
  const fromExcel = core.buildComparison({ mode: { kind: 'date', date: '2026-06-01' }, then: xlsx });
  assert.deepEqual(
    { ...fromExcel, then: { ...fromExcel.then, sources: [] }, now: { ...fromExcel.now, sources: [] } },
    {
      ...fromText,
      then: { ...fromText.then, sources: [] },
      now: { ...fromText.now, sources: [] },
    },
  );
  assert.equal(fromExcel.then.analysed, 7);
});

test('before and from a date: each learner’s latest completed attempt on each side, a learner in one or both', () => {
  const data = core.buildComparison({ mode: { kind: 'date', date: '2026-06-01' }, then: sources('attempts', 'interactions', 'gradebook') });
  const pick = intended(table, { kind: 'date', folder: 'attempts', date: '2026-06-01' });
  assert.deepEqual([pick.then.length, pick.now.length, pick.paired.length], [7, 7, 6]);
  assertMoment(data.then, pick.then);
  assertMoment(data.now, pick.now);
  assert.equal(data.then.label, 'Voor 1 juni 2026');
  assert.equal(data.now.label, 'Vanaf 1 juni 2026');
  assert.deepEqual(data.then.skipped, [{ reason: 'earlier-attempt', count: 1 }]);
  assert.deepEqual(data.now.skipped, [{ reason: 'unfinished', count: 1 }]);
  assertChanges(data, pick);
  assert.deepEqual(data.paired, { learners: 6, withheld: null, pillars: pairedCounts(pick.paired) });
});

test('two sets of downloads: each as the single report counts it; a paired group below the minimum is withheld', () => {
  const input = {
    mode: { kind: 'sets' },
    then: sources('baseline', 'interactions', 'gradebook'),
    now: sources('follow-up', 'interactions', 'gradebook'),
  };
  const data = core.buildComparison({ ...input, labels: ['Nulmeting', 'Na de training'] });
  const pick = intended(table, { kind: 'sets', then: 'baseline', now: 'follow-up' });
  assertMoment(data.then, pick.then);
  assertMoment(data.now, pick.now);
  assert.deepEqual([data.then.label, data.now.label], ['Nulmeting', 'Na de training']);
  assert.deepEqual(data.now.participation, { learners: 8, completed: 5, inProgress: 1, notStarted: 2, notCompleted: 0 });
  assertChanges(data, pick);
  assert.deepEqual(data.paired, { learners: 4, withheld: 'below-min-group', pillars: [] });
  assert.deepEqual(data.excluded, [{ reason: 'not-a-learner', count: 1 }]);
  const four = core.buildComparison({ ...input, minGroup: 4 });
  assert.deepEqual(four.paired, { learners: 4, withheld: null, pillars: pairedCounts(pick.paired) });
  assert.deepEqual([four.then.label, four.now.label], ['Eerste meting', 'Tweede meting']);
});

test('below the minimum group a moment is withheld whole: no pillars, statements, changes or values in the sentences', () => {
  const data = core.buildComparison({ mode: { kind: 'first-latest' }, then: sources('attempts', 'interactions'), minGroup: 7 });
  for (const moment of [data.then, data.now]) {
    assert.equal(moment.withheld, 'below-min-group');
    assert.equal(moment.analysed, 6);
    assert.deepEqual([moment.pillars, moment.statements, moment.focus], [[], [], null]);
  }
  assert.deepEqual([data.pillarChanges, data.statementShifts, data.mostChanged, data.focusNow], [[], [], null, null]);
  assert.deepEqual(data.paired, { learners: 6, withheld: 'below-min-group', pillars: [] });
  assert.deepEqual(comparisonSentences(data), []);
  const text = core.comparisonTextSummary(data);
  assert.match(text, /Eerste poging: geen cijfers\. Er zijn 6 deelnemers met antwoorden en de minimale groepsgrootte is 7\./);
  assert.match(text, /De verandering per deelnemer wordt niet getoond: 6 deelnemers deden beide keren mee/);
  assert.doesNotMatch(text, /gemiddelde score \d/);
});

test('a moment without answers is withheld as no-answers', () => {
  const data = core.buildComparison({ mode: { kind: 'date', date: '2027-01-01' }, then: sources('attempts', 'interactions') });
  assert.equal(data.now.withheld, 'no-answers');
  assert.equal(data.then.withheld, null);
  assert.equal(data.paired.withheld, 'no-answers');
  assert.match(core.comparisonTextSummary(data), /Vanaf 1 januari 2027: geen antwoorden\./);
});

test('the sentences say what changed most, which pillar needs attention most now, and the paired change', () => {
  const data = core.buildComparison({ mode: { kind: 'first-latest' }, then: sources('attempts', 'interactions') });
  const pick = intended(table, { kind: 'first-latest', folder: 'attempts' });
  const [thenK, nowK] = [pick.then, pick.now].map((rows) => expectedFigures(rows.map((r) => r.answers)).pillars[2]);
  const nl = (n) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(n);
  const counts = pairedCounts(pick.paired);
  assert.deepEqual(comparisonSentences(data), [
    `Pijler Kunnen veranderde het meest: de gemiddelde score steeg van ${nl(thenK.mean)} naar ${nl(nowK.mean)}.`,
    `Nu vraagt pijler Kunnen het meest aandacht: bij ${nowK.attention} van de 6 deelnemers.`,
    'Van de 6 deelnemers die beide keren meededen, scoorden er nu hoger, gelijk of lager: ' +
      counts
        .map((c) => `${c.pillar[0].toUpperCase()}${c.pillar.slice(1)} ${c.improved} hoger, ${c.stayed} gelijk, ${c.declined} lager`)
        .join('; ') +
      '.',
  ]);
});

test('the teacher listed "Not attempted": left out with a gradebook export, counted as not started without one, or left out by name', () => {
  const withGradebook = core.buildReport(sources('attempts', 'interactions', 'gradebook'));
  assert.deepEqual(withGradebook.excluded, [{ reason: 'not-a-learner', count: 1 }]);
  assert.equal(withGradebook.participation.learners, 8);
  assert.equal(withGradebook.participation.notStarted, 0);
  assert.match(core.textSummary(withGradebook), /Niet meegeteld: 1, .*waarschijnlijk docenten\./);

  const without = core.buildReport(sources('attempts', 'interactions', 'basic'));
  assert.deepEqual(without.excluded, []);
  assert.equal(without.participation.learners, 9);
  assert.equal(without.participation.notStarted, 1);
  assert.match(core.textSummary(without), /Er is geen cijferexport gekozen\./);

  const leftOut = core.buildReport(sources('attempts', 'interactions'), { leaveOut: ['  M.VOS@voorbeeldstad.example '] });
  assert.deepEqual(leftOut.excluded, [{ reason: 'left-out', count: 1 }]);
  assert.equal(leftOut.participation.notStarted, 0);
  assert.doesNotMatch(core.textSummary(leftOut), /geen cijferexport/);

  const byName = core.buildComparison({
    mode: { kind: 'first-latest' },
    then: sources('attempts', 'interactions'),
    leaveOut: ['marieke vos', 'Yara Peeters'],
  });
  assert.deepEqual(byName.excluded, [{ reason: 'left-out', count: 2 }]);
  assert.deepEqual(byName.then.skipped, [{ reason: 'single-attempt', count: 1 }]);
  assert.equal(byName.then.participation.learners, 7);
});

test('the teacher left out at both moments counts once', () => {
  const data = core.buildComparison({
    mode: { kind: 'sets' },
    then: sources('baseline', 'interactions'),
    now: sources('follow-up', 'interactions'),
    leaveOut: ['Marieke Vos'],
  });
  assert.deepEqual(data.excluded, [{ reason: 'left-out', count: 1 }]);
  assert.equal(data.then.participation.learners, 8);
});

test('no name, e-mail address or username in any comparison or report data', () => {
  const all = sources('attempts', 'interactions', 'basic', 'gradebook');
  const outputs = [
    core.buildComparison({ mode: { kind: 'first-latest' }, then: all, minGroup: 1 }),
    core.buildComparison({ mode: { kind: 'date', date: '2026-06-01' }, then: all, minGroup: 1 }),
    core.buildComparison({
      mode: { kind: 'sets' },
      then: sources('baseline', 'interactions'),
      now: sources('follow-up', 'interactions'),
      minGroup: 1,
    }),
    core.buildReport(all, { minGroup: 1, leaveOut: ['Marieke Vos'] }),
  ];
  const secrets = personalData();
  assert.ok(secrets.length >= 45, 'the scenario’s people were found');
  for (const output of outputs) {
    const json = JSON.stringify(output).toLowerCase();
    for (const secret of secrets) assert.ok(!json.includes(secret.toLowerCase()), secret);
    assert.ok(!json.includes('@'));
  }
});

test('Moodle’s "Started on" in English and Dutch, text and spreadsheet formats, as local wall time', () => {
  assert.equal(moodleDateTime('Sunday, 29 November 2026, 10:59 PM'), '2026-11-29T22:59');
  assert.equal(moodleDateTime('29 November 2026, 10:59 PM'), '2026-11-29T22:59');
  assert.equal(moodleDateTime('Tuesday, 10 March 2026, 9:05 AM'), '2026-03-10T09:05');
  assert.equal(moodleDateTime('1 June 2026, 12:10 AM'), '2026-06-01T00:10');
  assert.equal(moodleDateTime('1 June 2026, 12:10 PM'), '2026-06-01T12:10');
  assert.equal(moodleDateTime('zondag 29 november 2026, 22:59'), '2026-11-29T22:59');
  assert.equal(moodleDateTime('zondag, 29 november 2026, 22:59 PM'), '2026-11-29T22:59');
  assert.equal(moodleDateTime('29 mrt 2026, 08:30'), '2026-03-29T08:30');
  for (const other of ['-', '', '29 Brumaire 2026, 10:59 PM', '2026-11-29 22:59']) assert.equal(moodleDateTime(other), undefined, other);
  const [records] = sources('attempts', 'interactions').map((s) => s.records);
  const lotte = records.filter((r) => r.identity.email === 'l.deboer@voorbeeldstad.example');
  assert.deepEqual(
    lotte.map((r) => r.startedAt),
    table.filter((r) => r.folder === 'attempts' && r.username === 'learner31').map((r) => r.started.replace(' ', 'T')),
  );
});

test('a date or range that is no date is refused with a Dutch message', () => {
  const then = sources('attempts', 'interactions');
  for (const date of ['2026-13-01', '2026-02-30', '1 juni']) {
    assert.throws(() => core.buildComparison({ mode: { kind: 'date', date }, then }), new RegExp(`'${date}' is geen datum`));
  }
  const ranges = [
    { from: '2026-06-30', to: '2026-01-01' },
    { from: '2026-07-01', to: '2026-12-31' },
  ];
  assert.throws(() => core.buildComparison({ mode: { kind: 'ranges', ranges }, then }), /'2026-06-30\.\.2026-01-01' is geen periode/);
});
