/**
 * Report data for the element tests, made by the core from a small
 * Interactions download (TAB text, as Moodle writes it): eight learners who
 * completed, one in progress, one who never started.
 */
import { buildReport, readFiles } from '../../src/report/build-report.js';
import type { ReportData } from '../../src/report/types.js';

/** Each completed learner's twelve answers (begrijpen_1 … kunnen_4). */
export const TEAM: number[][] = [
  [3, 2, 3, 3, 4, 3, 4, 3, 2, 1, 2, 3],
  [2, 3, 2, 3, 3, 3, 4, 4, 1, 2, 1, 2],
  [4, 3, 3, 4, 4, 4, 4, 3, 2, 2, 3, 2],
  [3, 3, 2, 3, 3, 2, 3, 3, 3, 3, 2, 3],
  [2, 2, 3, 2, 3, 4, 3, 2, 1, 1, 2, 1],
  [3, 4, 3, 3, 2, 3, 2, 2, 2, 3, 1, 2],
  [4, 4, 4, 3, 4, 4, 4, 4, 2, 1, 2, 2],
  [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4],
];

export function interactionsText(team: number[][] = TEAM): string {
  const header = ['Name', 'Email address', 'Attempt', 'Started on', 'Last accessed on', 'Score', 'SCO'];
  for (let i = 0; i < 12; i++) header.push(`Response ${i}`);
  const rows = team.map((answers, n) => [`Learner ${n}`, `l${n}@example.org`, '1', '-', '-', '50', '50', ...answers.map(String)]);
  rows.push(['Learner in progress', 'p@example.org', '1', '-', '-', '0', 'Incomplete', ...Array<string>(12).fill('')]);
  rows.push(['Learner never started', 'n@example.org', '-', '-', '-', '-', 'Not attempted', ...Array<string>(12).fill('')]);
  return [header, ...rows].map((row) => row.join('\t')).join('\n') + '\n';
}

export function teamReport(minGroup = 5, team: number[][] = TEAM): ReportData {
  const { sources } = readFiles([{ name: 'interactions.txt', bytes: new TextEncoder().encode(interactionsText(team)) }]);
  return buildReport(sources, { minGroup });
}
