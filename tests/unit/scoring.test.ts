import { expect } from '@open-wc/testing';
import type { PillarId, StatementId } from '../../src/content/types.js';
import {
  STATEMENT_IDS,
  allAnswered,
  answerFromValue,
  answerValue,
  answeredCount,
  firstUnanswered,
  isDisagreement,
  needsAttention,
  overallScore,
  pillarOf,
  pillarScore,
  statementIdsOf,
  type AnswerValue,
} from '../../src/model/scoring.js';
import { answersFromValues } from '../helpers/answers.js';

/** Twelve values: begrijpen, willen, kunnen, four each. */
function values(begrijpen: number[], willen: number[], kunnen: number[]): number[] {
  return [...begrijpen, ...willen, ...kunnen];
}

describe('scoring: ids', () => {
  it('lists the twelve statements in contract order', () => {
    expect(STATEMENT_IDS).to.deep.equal([
      'begrijpen_1',
      'begrijpen_2',
      'begrijpen_3',
      'begrijpen_4',
      'willen_1',
      'willen_2',
      'willen_3',
      'willen_4',
      'kunnen_1',
      'kunnen_2',
      'kunnen_3',
      'kunnen_4',
    ]);
  });

  const pillars: Array<[PillarId, StatementId[]]> = [
    ['begrijpen', ['begrijpen_1', 'begrijpen_2', 'begrijpen_3', 'begrijpen_4']],
    ['willen', ['willen_1', 'willen_2', 'willen_3', 'willen_4']],
    ['kunnen', ['kunnen_1', 'kunnen_2', 'kunnen_3', 'kunnen_4']],
  ];
  for (const [pillar, ids] of pillars) {
    it(`statementIdsOf and pillarOf agree for ${pillar}`, () => {
      expect(statementIdsOf(pillar)).to.deep.equal(ids);
      for (const id of ids) expect(pillarOf(id)).to.equal(pillar);
    });
  }
});

describe('scoring: answer values', () => {
  const table: Array<[Parameters<typeof answerValue>[0], AnswerValue, boolean]> = [
    ['helemaal_oneens', 1, true],
    ['oneens', 2, true],
    ['eens', 3, false],
    ['helemaal_eens', 4, false],
  ];
  for (const [answer, value, disagrees] of table) {
    it(`${answer} is ${value} and ${disagrees ? 'a' : 'no'} disagreement`, () => {
      expect(answerValue(answer)).to.equal(value);
      expect(answerFromValue(value)).to.equal(answer);
      expect(isDisagreement(answer)).to.equal(disagrees);
    });
  }

  for (const bad of [0, 5, 2.5, -1, NaN]) {
    it(`answerFromValue(${bad}) is null`, () => {
      expect(answerFromValue(bad)).to.equal(null);
    });
  }
});

describe('scoring: answered', () => {
  const table: Array<{ name: string; values: number[]; count: number; first: StatementId | null }> = [
    { name: 'no answers', values: [], count: 0, first: 'begrijpen_1' },
    { name: 'first two', values: [1, 4], count: 2, first: 'begrijpen_3' },
    { name: 'gap in willen', values: values([3, 3, 3, 3], [3, 0, 3, 3], [3, 3, 3, 3]), count: 11, first: 'willen_2' },
    { name: 'only the last missing', values: values([2, 2, 2, 2], [2, 2, 2, 2], [2, 2, 2, 0]), count: 11, first: 'kunnen_4' },
    { name: 'all twelve', values: Array<number>(12).fill(4), count: 12, first: null },
  ];
  for (const row of table) {
    it(`${row.name}: ${row.count} answered, first unanswered ${row.first}`, () => {
      const answers = answersFromValues(row.values);
      expect(answeredCount(answers)).to.equal(row.count);
      expect(firstUnanswered(answers)).to.equal(row.first);
      expect(allAnswered(answers)).to.equal(row.first === null);
    });
  }
});

describe('scoring: pillar scores (round((sum − 4) / 12 × 100))', () => {
  const table: Array<{ values: number[]; arithmetic: string; score: number }> = [
    { values: [1, 1, 1, 1], arithmetic: '(4−4)/12×100 = 0', score: 0 },
    { values: [4, 4, 4, 4], arithmetic: '(16−4)/12×100 = 100', score: 100 },
    { values: [1, 2, 3, 4], arithmetic: '(10−4)/12×100 = 50', score: 50 },
    { values: [3, 3, 3, 3], arithmetic: '(12−4)/12×100 = 66.67 → 67', score: 67 },
    { values: [2, 2, 2, 2], arithmetic: '(8−4)/12×100 = 33.33 → 33', score: 33 },
    { values: [1, 1, 1, 2], arithmetic: '(5−4)/12×100 = 8.33 → 8', score: 8 },
    { values: [1, 1, 2, 2], arithmetic: '(6−4)/12×100 = 16.67 → 17', score: 17 },
    { values: [4, 4, 4, 3], arithmetic: '(15−4)/12×100 = 91.67 → 92', score: 92 },
    { values: [2, 4, 4, 4], arithmetic: '(14−4)/12×100 = 83.33 → 83', score: 83 },
    { values: [1, 4, 4, 4], arithmetic: '(13−4)/12×100 = 75', score: 75 },
  ];
  for (const row of table) {
    it(`${row.values.join(',')}: ${row.arithmetic}`, () => {
      // The same four values in each pillar, the other pillars left empty.
      for (const [i, pillar] of (['begrijpen', 'willen', 'kunnen'] as const).entries()) {
        const twelve = Array<number>(12).fill(0);
        twelve.splice(i * 4, 4, ...row.values);
        expect(pillarScore(answersFromValues(twelve), pillar)).to.equal(row.score);
      }
    });
  }

  it('is null for an incomplete pillar, while complete pillars still score', () => {
    const answers = answersFromValues(values([4, 4, 4, 0], [1, 2, 3, 4], []));
    expect(pillarScore(answers, 'begrijpen')).to.equal(null);
    expect(pillarScore(answers, 'willen')).to.equal(50);
    expect(pillarScore(answers, 'kunnen')).to.equal(null);
  });

  it('every possible pillar sum lands on an integer 0–100, rising with the sum', () => {
    let previous = -1;
    for (let sum = 4; sum <= 16; sum++) {
      const four = [1, 1, 1, 1];
      let rest = sum - 4;
      for (let i = 0; i < 4; i++) {
        const add = Math.min(3, rest);
        four[i] += add;
        rest -= add;
      }
      const score = pillarScore(answersFromValues(four), 'begrijpen');
      expect(Number.isInteger(score)).to.equal(true);
      expect(score).to.be.greaterThan(previous);
      previous = score!;
    }
    expect(previous).to.equal(100);
  });
});

describe('scoring: overall score (round((sum − 12) / 36 × 100))', () => {
  const table: Array<{ name: string; values: number[]; arithmetic: string; score: number | null }> = [
    { name: 'no answers', values: [], arithmetic: 'incomplete', score: null },
    { name: 'eleven answered', values: values([4, 4, 4, 4], [4, 4, 4, 4], [4, 4, 4, 0]), arithmetic: 'incomplete', score: null },
    { name: 'all 1', values: Array<number>(12).fill(1), arithmetic: '(12−12)/36×100 = 0', score: 0 },
    { name: 'all 4', values: Array<number>(12).fill(4), arithmetic: '(48−12)/36×100 = 100', score: 100 },
    { name: 'all 3', values: Array<number>(12).fill(3), arithmetic: '(36−12)/36×100 = 66.67 → 67', score: 67 },
    {
      name: '1,2,3,4 in each pillar',
      values: values([1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4]),
      arithmetic: '(30−12)/36×100 = 50',
      score: 50,
    },
    {
      name: 'one 3 among 4s',
      values: values([4, 4, 4, 4], [4, 3, 4, 4], [4, 4, 4, 4]),
      arithmetic: '(47−12)/36×100 = 97.22 → 97',
      score: 97,
    },
    { name: 'one 2 among 1s', values: values([1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 2]), arithmetic: '(13−12)/36×100 = 2.78 → 3', score: 3 },
    { name: 'mixed', values: values([2, 3, 3, 4], [1, 1, 2, 3], [4, 4, 3, 3]), arithmetic: '(33−12)/36×100 = 58.33 → 58', score: 58 },
    {
      name: 'mixed, rounds down',
      values: values([3, 3, 3, 3], [3, 3, 3, 3], [3, 3, 4, 4]),
      arithmetic: '(38−12)/36×100 = 72.22 → 72',
      score: 72,
    },
    {
      name: 'mixed, rounds up',
      values: values([2, 2, 2, 2], [2, 2, 2, 2], [2, 2, 3, 4]),
      arithmetic: '(27−12)/36×100 = 41.67 → 42',
      score: 42,
    },
  ];
  for (const row of table) {
    it(`${row.name}: ${row.arithmetic}`, () => {
      expect(overallScore(answersFromValues(row.values))).to.equal(row.score);
    });
  }
});

describe('scoring: needs attention (any 1 or 2 in the pillar)', () => {
  const table: Array<{ name: string; values: number[]; expected: [boolean, boolean, boolean] }> = [
    { name: 'no answers', values: [], expected: [false, false, false] },
    { name: 'all 1', values: Array<number>(12).fill(1), expected: [true, true, true] },
    { name: 'all 4', values: Array<number>(12).fill(4), expected: [false, false, false] },
    { name: 'all 3', values: Array<number>(12).fill(3), expected: [false, false, false] },
    { name: 'one 2 in willen', values: values([3, 3, 3, 3], [3, 3, 2, 3], [4, 4, 4, 4]), expected: [false, true, false] },
    {
      name: 'one 1 in kunnen, incomplete elsewhere',
      values: values([0, 0, 0, 0], [4, 0, 0, 0], [4, 4, 4, 1]),
      expected: [false, false, true],
    },
    { name: 'one disagreement per pillar', values: values([1, 3, 3, 3], [3, 2, 3, 3], [3, 3, 3, 1]), expected: [true, true, true] },
  ];
  for (const row of table) {
    it(row.name, () => {
      const answers = answersFromValues(row.values);
      expect([needsAttention(answers, 'begrijpen'), needsAttention(answers, 'willen'), needsAttention(answers, 'kunnen')]).to.deep.equal(
        row.expected,
      );
    });
  }
});
