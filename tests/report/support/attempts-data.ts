/**
 * An Interactions download (TAB text, as Moodle writes it) in which six
 * learners made two completed attempts, early and late November, and a
 * teacher is listed "Not attempted": for the page's comparison flows.
 */
import { TEAM } from '../team-data.js';

const HEADER = [
  'Name',
  'Email address',
  'Attempt',
  'Started on',
  'Last accessed on',
  'Score',
  'SCO',
  ...TEAM[0].map((_, i) => `Response ${i}`),
];
const EARLY = 'Monday, 2 November 2026, 10:00 AM';
const LATE = 'Monday, 30 November 2026, 10:00 AM';

/** A later attempt: every answer one step more in agreement (4 stays 4). */
const later = (answers: number[]) => answers.map((a) => Math.min(4, a + 1));

export function attemptsText(): string {
  const rows = TEAM.slice(0, 6).flatMap((answers, n) => [
    [`Learner ${n}`, `l${n}@example.org`, '1', EARLY, EARLY, '50', '50', ...answers.map(String)],
    [`Learner ${n}`, `l${n}@example.org`, '2', LATE, LATE, '70', '70', ...later(answers).map(String)],
  ]);
  rows.push(['Teacher Tess', 't@example.org', '-', '-', '-', '-', 'Not attempted', ...Array<string>(12).fill('')]);
  return [HEADER, ...rows].map((row) => row.join('\t')).join('\n') + '\n';
}
