// The comparison from an LRS: Learning Locker's statements service (in
// memory, scripts/lrs.mjs) with two registrations per learner, made by the
// package's own statement builders; compared by two date ranges, by two sets
// of registrations and by first against latest attempt, in the core and with
// `npm run report -- --lrs …`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importTs } from './helpers/import-ts.mjs';
import { startLrs } from '../../scripts/lrs.mjs';
import { expectedFigures } from '../report/support/expected.mjs';

const core = await importTs('src/report/cli.ts', { external: ['@xapi/xapi'] });
const { twoMoments } = await importTs('tests/node/helpers/lrs-two-moments.ts', { external: ['@xapi/xapi'] });
const { config } = await importTs('src/content/config.ts');

const AUTH = `Basic ${Buffer.from('test:test').toString('base64')}`;
const team = twoMoments();
const RANGES = [
  { from: '2026-02-01', to: '2026-02-28' },
  { from: '2026-05-01', to: '2026-05-31' },
];
const temp = mkdtempSync(path.join(tmpdir(), 'report-compare-lrs-'));
let lrs;
let source;

before(async () => {
  lrs = await startLrs();
  const answer = await fetch(`${lrs.endpoint}statements`, {
    method: 'POST',
    headers: { Authorization: AUTH, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' },
    body: JSON.stringify(team.statements),
  });
  assert.equal(answer.status, 200, await answer.text());
  source = await core.readLrs({ endpoint: lrs.endpoint, auth: 'test:test', activity: config.activityIri });
});

after(async () => {
  await lrs?.stop();
  rmSync(temp, { recursive: true, force: true });
});

const thenAnswers = () => team.answers.flatMap((a) => (a.then ? [a.then] : []));
const nowAnswers = () => team.answers.flatMap((a) => (a.now ? [a.now] : []));

function assertMoment(moment, answers) {
  const expected = expectedFigures(answers);
  assert.equal(moment.analysed, answers.length);
  assert.equal(moment.withheld, null);
  for (const [i, pillar] of expected.pillars.entries()) {
    assert.ok(Math.abs(moment.pillars[i].mean - pillar.mean) < 1e-9, pillar.pillar);
    assert.equal(moment.pillars[i].median, pillar.median);
    assert.deepEqual(moment.pillars[i].distribution, pillar.distribution);
    assert.equal(moment.pillars[i].attention, pillar.attention);
  }
}

/** Per pillar improved/stayed/declined of the six learners with both, computed from the answers. */
function expectedPaired() {
  const score = (values, p) => Math.round(((values.slice(p * 4, p * 4 + 4).reduce((s, v) => s + v, 0) - 4) / 12) * 100);
  const both = team.answers.filter((a) => a.then && a.now);
  return ['begrijpen', 'willen', 'kunnen'].map((pillar, p) => ({
    pillar,
    improved: both.filter((a) => score(a.now, p) > score(a.then, p)).length,
    stayed: both.filter((a) => score(a.now, p) === score(a.then, p)).length,
    declined: both.filter((a) => score(a.now, p) < score(a.then, p)).length,
  }));
}

function assertTwoMoments(data) {
  assertMoment(data.then, thenAnswers());
  assertMoment(data.now, nowAnswers());
  assert.deepEqual(data.now.participation, { learners: 8, completed: 7, inProgress: 1, notStarted: null, notCompleted: 0 });
  assert.deepEqual(data.paired, { learners: 6, withheld: null, pillars: expectedPaired() });
  assert.equal(data.mostChanged, 'kunnen');
  assert.ok(!JSON.stringify(data).includes('example.org'));
}

test('the records carry registration, start and completion time', () => {
  const completed = source.records.filter((r) => r.status === 'completed');
  assert.equal(completed.length, 13);
  assert.deepEqual(
    new Set(completed.map((r) => r.registration)),
    new Set([...team.registrations.then, ...team.registrations.now.slice(0, 7)]),
  );
  assert.ok(completed.every((r) => /^2026-0[25]-\d\dT/.test(r.completedAt) && r.startedAt <= r.completedAt));
});

test('two date ranges: completions in February against May', () => {
  const data = core.buildComparison({ mode: { kind: 'ranges', ranges: RANGES }, then: [source] });
  assertTwoMoments(data);
  assert.deepEqual([data.then.label, data.now.label], ['1 februari 2026 t/m 28 februari 2026', '1 mei 2026 t/m 31 mei 2026']);
  assert.equal(data.then.participation.learners, 6);
});

test('two sets of registrations, filtered from one read of the LRS', () => {
  const then = core.filterRegistrations(source, team.registrations.then);
  const now = core.filterRegistrations(source, team.registrations.now);
  assertTwoMoments(core.buildComparison({ mode: { kind: 'sets' }, then: [then], now: [now] }));
});

test('first against latest completed registration', () => {
  const data = core.buildComparison({ mode: { kind: 'first-latest' }, then: [source] });
  assertMoment(data.then, thenAnswers());
  assertMoment(
    data.now,
    team.answers.filter((a) => a.then && a.now).map((a) => a.now),
  );
  assert.deepEqual(data.then.skipped, [{ reason: 'single-attempt', count: 1 }]);
  assert.deepEqual(data.paired.pillars, expectedPaired());
});

test('npm run report -- --lrs … --compare ranges, and --then-registrations/--now-registrations from a file and a list', async () => {
  const base = ['scripts/report.mjs', '--lrs', lrs.endpoint, '--auth', 'test:test', '--activity', config.activityIri];
  // Asynchronously: the LRS in this process must keep answering while the command runs.
  const exec = promisify(execFile);
  const out = path.join(temp, 'vergelijking.html');
  const ranges = await exec(process.execPath, [...base, '--compare', 'ranges:2026-02-01..2026-02-28,2026-05-01..2026-05-31', '--out', out]);
  assert.match(ranges.stdout, /^Vergelijking: 1 februari 2026 t\/m 28 februari 2026 en 1 mei 2026 t\/m 31 mei 2026\n/);
  assert.match(ranges.stdout, /Deelnemers die beide keren meededen: 6\n/);
  const data = JSON.parse(/<script type="application\/json" id="comparison-data">(.*?)<\/script>/s.exec(readFileSync(out, 'utf8'))[1]);
  assertTwoMoments(data);

  const file = path.join(temp, 'februari.txt');
  writeFileSync(file, `${team.registrations.then.join('\n')}\n`);
  const sets = await exec(process.execPath, [
    ...base,
    '--then-registrations',
    file,
    '--now-registrations',
    team.registrations.now.join(','),
    '--then-label',
    'Februari',
    '--now-label',
    'Mei',
  ]);
  assert.match(sets.stdout, /^Vergelijking: Februari en Mei\nFebruari: 6 deelnemers met antwoorden\n/);
  assert.match(sets.stdout, /Mei: 7 deelnemers met antwoorden\n/);
  await assert.rejects(exec(process.execPath, [...base, '--then-registrations', file]), (error) =>
    /With --lrs, give both --then-registrations and --now-registrations\./.test(error.stderr),
  );
});
