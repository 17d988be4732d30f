// The team report's core on every real Moodle 4.5 download in
// tests/fixtures/moodle-4.5/ (real Moodle 4.5 downloads, byte for byte): the figures equal those
// computed by hand from that folder's README table of intended answers
// (tests/report/support/expected.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { importTs } from './helpers/import-ts.mjs';
import { expectedFigures, readmeTable, SAMPLES } from '../report/support/expected.mjs';

// @xapi/xapi (for the LRS reader) stays a package import: its CommonJS build works from node as it is.
const core = await importTs('src/report/cli.ts', { external: ['@xapi/xapi'] });
const samplesDir = fileURLToPath(SAMPLES);

const table = readmeTable();
const completed = table.filter((l) => l.answers.every((a) => a !== null)).map((l) => l.answers);
const started = table.filter((l) => l.answers.some((a) => a !== null));
// README: 9 learners; 7 completed (all 12 answered); Pieter answered 6 and left (in progress); Ingrid never opened it.
const expected = {
  learners: table.length,
  completed: completed.length,
  inProgress: started.length - completed.length,
  notStarted: table.length - started.length,
  ...expectedFigures(completed),
};

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : name === 'README.md' ? [] : [full];
  });
}

function report(paths, options) {
  const inputs = paths.map((file) => ({ name: path.basename(file), bytes: new Uint8Array(readFileSync(file)) }));
  const { sources, errors } = core.readFiles(inputs);
  assert.deepEqual(
    errors.map((e) => e.message),
    [],
  );
  return core.buildReport(sources, options);
}

const all = files(samplesDir);
const kindOf = (file) => path.relative(samplesDir, file).split(path.sep)[0];

test('the README table is what the tests expect (9 learners, 7 completed)', () => {
  assert.equal(expected.learners, 9);
  assert.equal(expected.completed, 7);
  assert.equal(expected.inProgress, 1);
  assert.equal(expected.notStarted, 1);
  // Hand check of one pillar: kunnen scores 33, 17, 42, 58, 8, 33, 25 → mean 216 / 7, median 33.
  assert.deepEqual(expected.pillars[2].scores, [33, 17, 42, 58, 8, 33, 25]);
  assert.equal(expected.pillars[2].median, 33);
});

for (const file of all.filter((f) => kindOf(f) === 'interactions')) {
  test(`Interactions download ${path.extname(file)}: every figure as computed from the README`, () => {
    const data = report([file]);
    assert.deepEqual(data.participation, {
      learners: expected.learners,
      completed: expected.completed,
      inProgress: expected.inProgress,
      notStarted: expected.notStarted,
      notCompleted: 0,
    });
    assert.equal(data.analysed, expected.completed);
    assert.deepEqual(data.skipped, [{ reason: 'unfinished', count: 1 }]);
    assert.deepEqual(data.notes, []);
    for (const [i, pillar] of data.pillars.entries()) {
      const want = expected.pillars[i];
      assert.equal(pillar.pillar, want.pillar);
      assert.ok(Math.abs(pillar.mean - want.mean) < 1e-9, `${want.pillar} mean ${pillar.mean} ≠ ${want.mean}`);
      assert.equal(pillar.median, want.median);
      assert.deepEqual(pillar.distribution, want.distribution);
      assert.equal(pillar.attention, want.attention);
    }
    assert.deepEqual(
      data.statements,
      expected.statements.map(({ statement, total, counts, disagree }) => ({ statement, total, counts, disagree })),
    );
    assert.equal(data.focus, 'kunnen');
    assert.equal(data.withheld, false);
    assert.match(core.textSummary(data), /Voor 7 van de 7 deelnemers vraagt pijler Kunnen aandacht\./);
  });
}

for (const file of all.filter((f) => ['basic', 'objectives'].includes(kindOf(f)))) {
  test(`${kindOf(file)} download ${path.extname(file)}: participation only, and why`, () => {
    const data = report([file]);
    assert.deepEqual(data.participation, { learners: 9, completed: 7, inProgress: 1, notStarted: 1, notCompleted: 0 });
    assert.equal(data.analysed, 0);
    assert.deepEqual(data.pillars, []);
    assert.deepEqual(data.statements, []);
    assert.ok(data.notes.includes('no-answers'));
    if (kindOf(file) === 'objectives') assert.ok(data.notes.includes('objectives-empty'));
  });
}

for (const file of all.filter((f) => ['gradebook', 'completion'].includes(kindOf(f)))) {
  test(`${path.relative(samplesDir, file)}: completed vs not completed (started or not cannot be seen)`, () => {
    const data = report([file]);
    // Gradebook "-" and completion "Not completed" look the same for Pieter (started) and Ingrid (never opened).
    assert.deepEqual(data.participation, { learners: 9, completed: 7, inProgress: 0, notStarted: null, notCompleted: 2 });
    assert.equal(data.analysed, 0);
  });
}

test('all sample files together: each learner counted once, the figures unchanged', () => {
  const data = report(all);
  assert.deepEqual(data.participation, { learners: 9, completed: 7, inProgress: 1, notStarted: 1, notCompleted: 0 });
  assert.equal(data.analysed, 7);
  assert.deepEqual(data.skipped, [{ reason: 'unfinished', count: 1 }]);
  assert.deepEqual(data.notes, ['objectives-empty']);
  assert.deepEqual(
    data.pillars.map((p) => p.attention),
    expected.pillars.map((p) => p.attention),
  );
});

test('below the minimum group size the per-statement figures are withheld', () => {
  const file = all.find((f) => kindOf(f) === 'interactions');
  const data = report([file], { minGroup: 8 });
  assert.equal(data.withheld, true);
  assert.deepEqual(data.statements, []);
  assert.equal(data.pillars.length, 3);
  assert.equal(report([file], { minGroup: 7 }).withheld, false);
});

test('the report data holds no name, e-mail address or ID number', () => {
  const json = JSON.stringify(report(all));
  for (const secret of ['Jansen', 'Yıldız', 'voorbeeldstad', 'WI-10', 'learner0', '@']) assert.ok(!json.includes(secret), secret);
});
