// @ts-check
// The team figures computed by hand from answer tables, independently of
// src/: the contract's formulas written out again, so a test compares two
// computations. Used by the node tests (samples README table, LRS data).
import { readFileSync } from 'node:fs';

/** The sample downloads kept in tests/fixtures/moodle-4.5 (real Moodle 4.5 downloads, byte for byte, described in its README). */
export const SAMPLES = new URL('../../fixtures/moodle-4.5/', import.meta.url);
export const STATEMENTS = ['begrijpen', 'willen', 'kunnen'].flatMap((p) => [1, 2, 3, 4].map((n) => `${p}_${n}`));

/**
 * The README's "Intended answers" table: one entry per learner with the 12
 * answers (null for "–") in contract order b1…b4, w1…w4, k1…k4.
 * @returns {{ username: string, answers: (number | null)[] }[]}
 */
export function readmeTable() {
  const text = readFileSync(new URL('README.md', SAMPLES), 'utf8');
  const rows = text.split('\n').filter((line) => /^\| \d+ \| learner\d+ \|/.test(line));
  return rows.map((line) => {
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    // # | username | name | ID | what | b1 … k4 | begrijpen | willen | kunnen | overall
    return { username: cells[1], answers: cells.slice(5, 17).map((c) => (/^[1-4]$/.test(c) ? Number(c) : null)) };
  });
}

/**
 * @param {number[][]} learners each learner's 12 answers (completed learners only)
 */
export function expectedFigures(learners) {
  const n = learners.length;
  const pillars = ['begrijpen', 'willen', 'kunnen'].map((pillar, p) => {
    const own = learners.map((a) => a.slice(p * 4, p * 4 + 4));
    // Pillar score = round((sum of its 4 − 4) / 12 × 100).
    const scores = own.map((a) => Math.round(((a.reduce((s, v) => s + v, 0) - 4) / 12) * 100));
    const sorted = [...scores].sort((x, y) => x - y);
    const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    return {
      pillar,
      total: n,
      scores,
      mean: scores.reduce((s, v) => s + v, 0) / n,
      median,
      distribution: [
        [0, 24],
        [25, 49],
        [50, 74],
        [75, 100],
      ].map(([from, to]) => scores.filter((s) => s >= from && s <= to).length),
      // Needs attention = at least one answer of 1 or 2.
      attention: own.filter((a) => a.some((v) => v <= 2)).length,
    };
  });
  const statements = STATEMENTS.map((statement, i) => {
    const counts = [1, 2, 3, 4].map((value) => learners.filter((a) => a[i] === value).length);
    return { statement, total: n, counts, disagree: counts[0] + counts[1] };
  }).sort(
    (a, b) => b.disagree - a.disagree || b.counts[0] - a.counts[0] || STATEMENTS.indexOf(a.statement) - STATEMENTS.indexOf(b.statement),
  );
  return { pillars, statements };
}
