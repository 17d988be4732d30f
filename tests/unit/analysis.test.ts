import { expect } from '@open-wc/testing';
import type { StatementId } from '../../src/content/types.js';
import { NEARLY_ALL_AGREE_MAX_DISAGREEMENTS, analyse } from '../../src/model/analysis.js';
import { answersFromValues } from '../helpers/answers.js';

interface Row {
  name: string;
  /** begrijpen 1–4, willen 1–4, kunnen 1–4 */
  values: number[];
  scores: [number | null, number | null, number | null];
  disagreed: [StatementId[], StatementId[], StatementId[]];
  count: number;
  suggest: boolean;
}

const table: Row[] = [
  {
    name: 'no answers: nothing to show, no prompt',
    values: [],
    scores: [null, null, null],
    disagreed: [[], [], []],
    count: 0,
    suggest: false,
  },
  {
    name: 'all 1: every pillar, every statement',
    values: Array<number>(12).fill(1),
    scores: [0, 0, 0],
    disagreed: [
      ['begrijpen_1', 'begrijpen_2', 'begrijpen_3', 'begrijpen_4'],
      ['willen_1', 'willen_2', 'willen_3', 'willen_4'],
      ['kunnen_1', 'kunnen_2', 'kunnen_3', 'kunnen_4'],
    ],
    count: 12,
    suggest: false,
  },
  {
    name: 'all 4: no pillar, prompt to choose',
    values: Array<number>(12).fill(4),
    scores: [100, 100, 100],
    disagreed: [[], [], []],
    count: 0,
    suggest: true,
  },
  {
    name: 'all 3 (eens): no pillar, prompt to choose',
    values: Array<number>(12).fill(3),
    scores: [67, 67, 67],
    disagreed: [[], [], []],
    count: 0,
    suggest: true,
  },
  {
    name: 'one disagreement per pillar: all three, no prompt',
    // begrijpen (1+3+3+3 − 4)/12×100 = 50; willen (3+2+3+3 − 4)/12×100 = 58.33 → 58;
    // kunnen (4+4+4+1 − 4)/12×100 = 75
    values: [1, 3, 3, 3, 3, 2, 3, 3, 4, 4, 4, 1],
    scores: [50, 58, 75],
    disagreed: [['begrijpen_1'], ['willen_2'], ['kunnen_4']],
    count: 3,
    suggest: false,
  },
  {
    name: 'nearly all agree (exactly one oneens): shows that pillar AND prompts',
    // willen (4+4+2+4 − 4)/12×100 = 83.33 → 83
    values: [4, 4, 4, 4, 4, 4, 2, 4, 3, 3, 3, 3],
    scores: [100, 83, 67],
    disagreed: [[], ['willen_3'], []],
    count: 1,
    suggest: true,
  },
  {
    name: 'nearly all agree with one helemaal oneens: still prompts',
    // kunnen (1+4+4+4 − 4)/12×100 = 75
    values: [4, 4, 4, 4, 4, 4, 4, 4, 1, 4, 4, 4],
    scores: [100, 100, 75],
    disagreed: [[], [], ['kunnen_1']],
    count: 1,
    suggest: true,
  },
  {
    name: 'two disagreements in one pillar: that pillar only, no prompt',
    // begrijpen (2+4+1+4 − 4)/12×100 = 58.33 → 58
    values: [2, 4, 1, 4, 4, 4, 4, 4, 4, 4, 4, 4],
    scores: [58, 100, 100],
    disagreed: [['begrijpen_1', 'begrijpen_3'], [], []],
    count: 2,
    suggest: false,
  },
  {
    name: 'mixed values, scores by hand',
    // begrijpen (1+2+3+4 − 4)/12×100 = 50; willen (3+3+4+4 − 4)/12×100 = 83.33 → 83;
    // kunnen (2+2+3+3 − 4)/12×100 = 50
    values: [1, 2, 3, 4, 3, 3, 4, 4, 2, 2, 3, 3],
    scores: [50, 83, 50],
    disagreed: [['begrijpen_1', 'begrijpen_2'], [], ['kunnen_1', 'kunnen_2']],
    count: 4,
    suggest: false,
  },
  {
    name: 'incomplete pillars score null; disagreements already count; no prompt yet',
    // willen complete: (4+4+4+4 − 4)/12×100 = 100
    values: [1, 0, 0, 0, 4, 4, 4, 4, 4, 4, 4, 0],
    scores: [null, 100, null],
    disagreed: [['begrijpen_1'], [], []],
    count: 1,
    suggest: false,
  },
  {
    name: 'eleven answered, all agree: no prompt until the twelfth',
    values: [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 0],
    scores: [100, 100, null],
    disagreed: [[], [], []],
    count: 0,
    suggest: false,
  },
];

describe('analyse', () => {
  it('allows at most one disagreement for "vrijwel alle" agree', () => {
    expect(NEARLY_ALL_AGREE_MAX_DISAGREEMENTS).to.equal(1);
  });

  for (const row of table) {
    it(row.name, () => {
      const result = analyse(answersFromValues(row.values));
      expect(result.pillars.map((p) => p.id)).to.deep.equal(['begrijpen', 'willen', 'kunnen']);
      expect(result.pillars.map((p) => p.score)).to.deep.equal(row.scores);
      expect(result.pillars.map((p) => p.disagreed)).to.deep.equal(row.disagreed);
      expect(result.pillars.map((p) => p.needsAttention)).to.deep.equal(row.disagreed.map((ids) => ids.length > 0));
      expect(result.disagreementCount).to.equal(row.count);
      expect(result.suggestChoosePillar).to.equal(row.suggest);
    });
  }

  it('does not change the answers it is given', () => {
    const answers = answersFromValues([1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4]);
    const copy = { ...answers };
    analyse(answers);
    expect(answers).to.deep.equal(copy);
  });
});
