import { expect } from '@open-wc/testing';
import {
  HISTORY_LIMIT,
  completedProfile,
  earlierProfile,
  readHistory,
  withProfile,
  type CompletedProfile,
} from '../../src/model/history.js';
import { STATEMENT_IDS } from '../../src/model/scoring.js';
import { answersFromValues } from '../helpers/answers.js';
import { completedState } from '../helpers/states.js';

/** Values 3,4,3,3 | 3,4,3,3 | 2,1,3,3: begrijpen 75, willen 75, kunnen 42. */
const VALUES = [3, 4, 3, 3, 3, 4, 3, 3, 2, 1, 3, 3];
const finished = completedState('eens', { answers: answersFromValues(VALUES), finished: true, screen: 'done', reached: 'done' });

/** A valid profile of `attempt`, completed on `day` (of March 2026), every answer `value`. */
function profile(attempt: string, day: number, value: 1 | 2 | 3 | 4 = 3): CompletedProfile {
  const score = Math.round(((value - 1) * 4 * 100) / 12);
  return {
    attempt,
    completedAt: new Date(Date.UTC(2026, 2, day, 10)).toISOString(),
    answers: Object.fromEntries(STATEMENT_IDS.map((id) => [id, value])) as CompletedProfile['answers'],
    scores: { begrijpen: score, willen: score, kunnen: score },
  };
}

describe('completedProfile', () => {
  it('holds the answers as values 1–4, the pillar scores, the attempt and the moment, and nothing of the plan', () => {
    const state = { ...finished, plan: { ...finished.plan, improvement: 'Beter doorvragen' } };
    const made = completedProfile(state, 'k3x9a0', new Date('2026-03-01T09:30:00Z'))!;
    expect(made.attempt).to.equal('k3x9a0');
    expect(made.completedAt).to.equal('2026-03-01T09:30:00.000Z');
    expect(STATEMENT_IDS.map((id) => made.answers[id])).to.deep.equal(VALUES);
    expect(made.scores).to.deep.equal({ begrijpen: 75, willen: 75, kunnen: 42 });
    expect(JSON.stringify(made)).not.to.contain('doorvragen');
  });

  it('is null for an attempt that is not complete', () => {
    expect(completedProfile({ ...finished, finished: false }, 'a', new Date())).to.equal(null);
    expect(completedProfile({ ...finished, analysisSeen: false }, 'a', new Date())).to.equal(null);
    expect(completedProfile({ ...finished, answers: answersFromValues([...VALUES.slice(0, 11), 0]) }, 'a', new Date())).to.equal(null);
  });
});

describe('withProfile', () => {
  it('adds a new attempt, oldest first, whatever order it came in', () => {
    const history = withProfile(withProfile([], profile('b', 5)), profile('a', 2));
    expect(history.map((entry) => entry.attempt)).to.deep.equal(['a', 'b']);
  });

  it('replaces the answers and scores of an attempt already there, keeping when it was completed', () => {
    const changed = { ...profile('a', 9, 4), completedAt: new Date(Date.UTC(2026, 2, 9)).toISOString() };
    const history = withProfile([profile('a', 2), profile('b', 5)], changed);
    expect(history).to.have.length(2);
    const a = history.find((entry) => entry.attempt === 'a')!;
    expect(a.scores.kunnen).to.equal(100);
    expect(a.completedAt).to.equal(profile('a', 2).completedAt);
    expect(history.map((entry) => entry.attempt)).to.deep.equal(['a', 'b']);
  });

  it(`keeps the latest ${HISTORY_LIMIT} attempts`, () => {
    let history: CompletedProfile[] = [];
    for (let day = 1; day <= HISTORY_LIMIT + 3; day++) history = withProfile(history, profile(`a${day}`, day));
    expect(history).to.have.length(HISTORY_LIMIT);
    expect(history[0]!.attempt).to.equal('a4');
    expect(history.at(-1)!.attempt).to.equal(`a${HISTORY_LIMIT + 3}`);
    expect(withProfile(history, profile('b', 1), 2).map((entry) => entry.attempt)).to.deep.equal([
      `a${HISTORY_LIMIT + 2}`,
      `a${HISTORY_LIMIT + 3}`,
    ]);
  });
});

describe('earlierProfile', () => {
  const history = [profile('a', 2), profile('b', 5), profile('c', 9)];

  it('is the latest attempt of another id for an attempt not completed yet', () => {
    expect(earlierProfile(history, 'new')?.attempt).to.equal('c');
  });

  it('never the attempt itself; for a completed attempt, the latest completed before it', () => {
    expect(earlierProfile(history, 'c')?.attempt).to.equal('b');
    expect(earlierProfile(history, 'b')?.attempt).to.equal('a');
  });

  it('is null when there is none', () => {
    expect(earlierProfile([], 'new')).to.equal(null);
    expect(earlierProfile(history, 'a')).to.equal(null);
    expect(earlierProfile([profile('a', 2)], 'a')).to.equal(null);
  });
});

describe('readHistory', () => {
  it('reads back what was written, oldest first', () => {
    const written = JSON.parse(JSON.stringify([profile('b', 5), profile('a', 2)])) as unknown;
    expect(readHistory(written)).to.deep.equal([profile('a', 2), profile('b', 5)]);
  });

  it('leaves out every entry that is not a whole, valid profile, and repairs nothing', () => {
    const valid = profile('a', 2);
    const broken: unknown[] = [
      null,
      'a',
      { ...valid, attempt: '' },
      { ...valid, attempt: 7 },
      { ...valid, completedAt: 'yesterday' },
      { ...valid, answers: { ...valid.answers, kunnen_4: 5 } },
      { ...valid, answers: { ...valid.answers, kunnen_4: '3' } },
      { ...valid, answers: { ...valid.answers, kunnen_4: undefined } },
      { ...valid, scores: { ...valid.scores, kunnen: 99 } },
      { ...valid, scores: { begrijpen: 67, willen: 67 } },
    ];
    expect(readHistory([...broken, valid])).to.deep.equal([valid]);
    expect(readHistory({ attempts: [valid] })).to.deep.equal([]);
    expect(readHistory(null)).to.deep.equal([]);
  });

  it('keeps one entry per attempt', () => {
    expect(readHistory([profile('a', 2), profile('a', 3, 4)])).to.have.length(1);
  });
});
