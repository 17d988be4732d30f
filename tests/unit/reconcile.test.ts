import { expect } from '@open-wc/testing';
import { reconcile, type SavedState } from '../../src/model/reconcile.js';
import { initialState } from '../../src/model/transitions.js';

const saved = (attempt: string | null, revision: number, finished = false): SavedState => ({
  state: { ...initialState(), finished, screen: finished ? 'done' : 'plan' },
  reported: { begrijpen_1: 'eens' },
  attempt,
  revision,
});

type Expected = 'fresh' | 'lms' | 'lms, copy confirmed' | 'copy';

const describeResolution = (lms: SavedState | null, copy: SavedState | null): Expected => {
  const resolution = reconcile(lms, copy);
  if (resolution.from === 'lms') return resolution.copyConfirmed ? 'lms, copy confirmed' : 'lms';
  return resolution.from;
};

describe('reconcile: where a launch continues from', () => {
  const cases: Array<[string, SavedState | null, SavedState | null, Expected]> = [
    ['nothing anywhere', null, null, 'fresh'],
    ['only the LMS', saved('aaaaaa', 4), null, 'lms'],
    ['only a copy: nothing ever reached the LMS', null, saved('aaaaaa', 3), 'copy'],
    ['only a copy of a finished attempt: the LMS began a new one', null, saved('aaaaaa', 9, true), 'fresh'],
    ['the copy is further along (offline, lost session)', saved('aaaaaa', 4), saved('aaaaaa', 7), 'copy'],
    ['a finished copy further along than the LMS', saved('aaaaaa', 4), saved('aaaaaa', 7, true), 'copy'],
    ['the LMS is further along (another device)', saved('aaaaaa', 9), saved('aaaaaa', 7), 'lms'],
    ['both hold the same revision', saved('aaaaaa', 7), saved('aaaaaa', 7), 'lms, copy confirmed'],
    ['the copy is of another attempt', saved('bbbbbb', 2), saved('aaaaaa', 7), 'lms'],
    ['the LMS state predates stamps', saved(null, 0), saved('aaaaaa', 3), 'copy'],
  ];

  for (const [name, lms, copy, expected] of cases) {
    it(`${name} → ${expected}`, () => {
      expect(describeResolution(lms, copy)).to.equal(expected);
    });
  }

  it('restoring the copy keeps what the LMS says was reported, so lost interactions are written again', () => {
    const lms = { ...saved('aaaaaa', 4), reported: {} };
    const resolution = reconcile(lms, saved('aaaaaa', 7));
    expect(resolution.from === 'copy' && resolution.lmsReported).to.deep.equal({});
    expect(resolution.from === 'copy' && resolution.saved.revision).to.equal(7);
  });
});
