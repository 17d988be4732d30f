/**
 * Hand-made ComparisonData for the element tests: a baseline of eight
 * learners and a follow-up of seven, six of them at both moments, and
 * variants where a moment or the paired group is withheld. Both moments
 * come with a gradebook export, by which a teacher was recognised.
 */
import type { ComparisonData, MomentFigures } from '../../../src/report/comparison-types.js';
import type { PillarFigures, StatementFigures } from '../../../src/report/types.js';
import { STATEMENT_IDS } from '../../../src/model/scoring.js';

const pillar = (id: PillarFigures['pillar'], total: number, mean: number, median: number, attention: number, distribution: number[]) => ({
  pillar: id,
  total,
  mean,
  median,
  attention,
  distribution,
});

const statements = (total: number, counts: [number, number, number, number]): StatementFigures[] =>
  STATEMENT_IDS.map((statement) => ({ statement, total, counts, disagree: counts[0] + counts[1] }));

const moment = (
  label: string,
  file: string,
  analysed: number,
  pillars: PillarFigures[],
  counts: [number, number, number, number],
): MomentFigures => ({
  label,
  sources: [
    { label: file, kind: 'interactions', rows: analysed + 2 },
    { label: 'cijfers.csv', kind: 'gradebook', rows: analysed + 1 },
  ],
  participation: { learners: analysed + 2, completed: analysed, inProgress: 1, notStarted: 1, notCompleted: 0 },
  analysed,
  skipped: [{ reason: 'unfinished', count: 1 }],
  notes: [],
  pillars,
  statements: statements(analysed, counts),
  withheld: null,
  focus: 'kunnen',
});

export function comparisonData(): ComparisonData {
  const then = moment(
    'Nulmeting',
    'nulmeting.txt',
    8,
    [
      pillar('begrijpen', 8, 62.5, 66.7, 4, [0, 2, 4, 2]),
      pillar('willen', 8, 70.8, 70.8, 3, [0, 1, 4, 3]),
      pillar('kunnen', 8, 37.5, 33.3, 7, [2, 4, 1, 1]),
    ],
    [1, 3, 3, 1],
  );
  const now = moment(
    'Na de training',
    'vervolg.txt',
    7,
    [
      pillar('begrijpen', 7, 66.7, 66.7, 3, [0, 1, 4, 2]),
      pillar('willen', 7, 70.8, 75, 2, [0, 1, 3, 3]),
      pillar('kunnen', 7, 52.4, 50, 5, [1, 2, 3, 1]),
    ],
    [0, 2, 4, 1],
  );
  return {
    mode: { kind: 'sets' },
    minGroup: 5,
    then,
    now,
    pillarChanges: [
      { pillar: 'begrijpen', mean: 4.2, median: 0, attentionShare: -7.1 },
      { pillar: 'willen', mean: 0, median: 4.2, attentionShare: -8.9 },
      { pillar: 'kunnen', mean: 14.9, median: 16.7, attentionShare: -16.1 },
    ],
    statementShifts: STATEMENT_IDS.map((statement) => ({
      statement,
      then: [12.5, 37.5, 37.5, 12.5],
      now: [0, 28.6, 57.1, 14.3],
      disagree: -21.4,
    })),
    paired: {
      learners: 6,
      withheld: null,
      pillars: [
        { pillar: 'begrijpen', improved: 2, stayed: 3, declined: 1 },
        { pillar: 'willen', improved: 1, stayed: 4, declined: 1 },
        { pillar: 'kunnen', improved: 4, stayed: 1, declined: 1 },
      ],
    },
    excluded: [{ reason: 'not-a-learner', count: 1 }],
    mostChanged: 'kunnen',
    focusNow: 'kunnen',
  };
}

/** The follow-up below the minimum group size: its figures, the changes and the paired group withheld. */
export function withheldNow(): ComparisonData {
  const data = comparisonData();
  return {
    ...data,
    now: { ...data.now, analysed: 3, pillars: [], statements: [], withheld: 'below-min-group', focus: null },
    pillarChanges: [],
    statementShifts: [],
    paired: { learners: 3, withheld: 'below-min-group', pillars: [] },
    excluded: [{ reason: 'left-out', count: 2 }],
    mostChanged: null,
  };
}
