// @ts-check
// The README's table of intended answers per attempt in
// tests/fixtures/moodle-4.5-attempts, and what each way of comparing should
// pick from it, written out independently of src/ so a test compares two
// computations.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ATTEMPTS = fileURLToPath(new URL('../../fixtures/moodle-4.5-attempts/', import.meta.url));

/** @typedef {{ folder: string, username: string, name: string, attempt: number, started: string, answers: number[] | null, scores: number[] | null }} Row */
/** @typedef {{ kind: 'sets', then: string, now: string } | { kind: 'first-latest', folder: string } | { kind: 'date', folder: string, date: string }} Way */
/** @typedef {{ then: Row[], now: Row[], paired: Array<[Row, Row]> }} Pick */

/** @returns {Row[]} */
export function attemptsTable() {
  const text = readFileSync(path.join(ATTEMPTS, 'README.md'), 'utf8');
  return text
    .split('\n')
    .filter((line) => /^\| \d+ +\| [a-z-]+ +\| learner\d+ /.test(line))
    .map((line) => {
      const cells = line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim());
      // # | folder | username | name | attempt | started | what | b1 … k4 | begrijpen | willen | kunnen | overall
      const answers = cells.slice(7, 19);
      const scores = cells.slice(19, 22);
      return {
        folder: cells[1],
        username: cells[2],
        name: cells[3],
        attempt: Number(cells[4]),
        started: cells[5],
        answers: answers.every((c) => /^[1-4]$/.test(c)) ? answers.map(Number) : null,
        scores: scores.every((c) => /^\d+$/.test(c)) ? scores.map(Number) : null,
      };
    });
}

/**
 * Each learner's completed attempts in a folder, in attempt order.
 * @param {Row[]} rows @param {string} folder
 */
function completedByLearner(rows, folder) {
  /** @type {Map<string, Row[]>} */
  const byLearner = new Map();
  for (const row of rows.filter((r) => r.folder === folder && r.answers)) {
    byLearner.set(
      row.username,
      [...(byLearner.get(row.username) ?? []), row].sort((a, b) => a.attempt - b.attempt),
    );
  }
  return byLearner;
}

/**
 * The rows a comparison should use, then and now, and the paired learners' rows.
 * @param {Row[]} rows @param {Way} way @returns {Pick}
 */
export function intended(rows, way) {
  if (way.kind === 'sets') {
    const latest = (/** @type {string} */ folder) => [...completedByLearner(rows, folder).values()].map((list) => list[list.length - 1]);
    return pairUp(latest(way.then), latest(way.now));
  }
  const learners = [...completedByLearner(rows, way.folder).values()];
  if (way.kind === 'first-latest') {
    const both = learners.filter((list) => list.length >= 2);
    return pairUp(
      both.map((list) => list[0]),
      both.map((list) => list[list.length - 1]),
    );
  }
  const day = (/** @type {Row} */ row) => row.started.slice(0, 10);
  const last = (/** @type {Row[]} */ list) => list[list.length - 1];
  const before = learners.map((list) => list.filter((r) => day(r) < way.date)).filter((list) => list.length > 0);
  const after = learners.map((list) => list.filter((r) => day(r) >= way.date)).filter((list) => list.length > 0);
  return pairUp(before.map(last), after.map(last));
}

/** @param {Row[]} then @param {Row[]} now @returns {Pick} */
function pairUp(then, now) {
  const paired = then.flatMap((a) => {
    const b = now.find((r) => r.username === a.username);
    return b ? [/** @type {[Row, Row]} */ ([a, b])] : [];
  });
  return { then, now, paired };
}

/**
 * Per pillar how many scored higher, the same, lower, from the table's pillar scores.
 * @param {Array<[Row, Row]>} paired
 */
export function pairedCounts(paired) {
  const score = (/** @type {Row} */ row, /** @type {number} */ p) => row.scores?.[p] ?? 0;
  return ['begrijpen', 'willen', 'kunnen'].map((pillar, p) => ({
    pillar,
    improved: paired.filter(([a, b]) => score(b, p) > score(a, p)).length,
    stayed: paired.filter(([a, b]) => score(b, p) === score(a, p)).length,
    declined: paired.filter(([a, b]) => score(b, p) < score(a, p)).length,
  }));
}

/**
 * The text files of a fixture folder's subfolders, as the core's FileInput.
 * @param {string} folder @param {...string} kinds
 */
export function fixtureFiles(folder, ...kinds) {
  return kinds.flatMap((kind) => {
    const dir = path.join(ATTEMPTS, folder, kind);
    return readdirSync(dir)
      .filter((name) => !name.endsWith('.xlsx'))
      .map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(dir, name))) }));
  });
}

/** Every name and e-mail address in the fixtures, the teacher's included. */
export function personalData() {
  const scenario = readFileSync(path.join(ATTEMPTS, 'scenario.mjs'), 'utf8');
  const found = [...scenario.matchAll(/person\(\d+, '([^']+)', '([^']+)', '([^']+)', '([^']+)'/g)];
  return found.flatMap(([, username, first, last, email]) => [username, first, last, `${first} ${last}`, email]);
}
