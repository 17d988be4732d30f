import { expect } from '@open-wc/testing';
import { answersDue, answersToReport } from '../../src/model/reporting.js';
import { STATEMENT_IDS, type Answers } from '../../src/model/scoring.js';
import type { AssessmentState } from '../../src/model/state.js';
import type { Reported } from '../../src/model/suspend-data.js';
import { answer, goTo } from '../../src/model/transitions.js';
import { completedState } from '../helpers/states.js';

const ALL_AGREE: Answers = Object.fromEntries(STATEMENT_IDS.map((id) => [id, 'eens']));

/** Step 2 answered in full, the analysis not shown yet. */
const answered: AssessmentState = completedState('eens', { screen: 'statements', reached: 'statements', analysisSeen: false });
const onAnalysis = goTo(answered, 'analysis');

describe('reporting: answers go once step 2 is complete, then only the changed ones', () => {
  it('reports nothing while a statement is unanswered, even after the analysis was shown', () => {
    const eleven: Answers = { ...ALL_AGREE };
    delete eleven.kunnen_4;
    const state = { ...onAnalysis, answers: eleven };
    expect(answersDue(state)).to.equal(false);
    expect(answersToReport(state, {})).to.deep.equal([]);
  });

  it('reports nothing while the analysis has not been shown, all twelve answered', () => {
    expect(answersDue(answered)).to.equal(false);
    expect(answersToReport(answered, {})).to.deep.equal([]);
  });

  it('reports all twelve in contract order once the learner reaches the analysis', () => {
    expect(answersDue(onAnalysis)).to.equal(true);
    expect(answersToReport(onAnalysis, {})).to.deep.equal(STATEMENT_IDS.map((statement) => ({ statement, answer: 'eens' })));
  });

  it('then reports only the answers that differ from the ones reported, in contract order', () => {
    const reported: Reported = { ...ALL_AGREE };
    const changed = answer(answer(onAnalysis, 'kunnen_2', 'oneens'), 'begrijpen_3', 'helemaal_eens');
    expect(answersToReport(onAnalysis, reported)).to.deep.equal([]);
    expect(answersToReport(changed, reported)).to.deep.equal([
      { statement: 'begrijpen_3', answer: 'helemaal_eens' },
      { statement: 'kunnen_2', answer: 'oneens' },
    ]);
  });

  it('compares with the answer last reported, not with the state before', () => {
    const reported: Reported = { ...ALL_AGREE, willen_1: 'oneens' };
    expect(answersToReport(onAnalysis, reported)).to.deep.equal([{ statement: 'willen_1', answer: 'eens' }]);
    expect(answersToReport(answer(onAnalysis, 'willen_1', 'oneens'), reported)).to.deep.equal([]);
  });

  it('also after Afronden: a changed answer is reported', () => {
    const finished = completedState('eens', { finished: true, screen: 'done', reached: 'done' });
    expect(answersToReport(answer(finished, 'willen_4', 'helemaal_oneens'), { ...ALL_AGREE })).to.deep.equal([
      { statement: 'willen_4', answer: 'helemaal_oneens' },
    ]);
  });

  it('does not change the state or what was reported', () => {
    const reported: Reported = { begrijpen_1: 'oneens' };
    const before = JSON.stringify([onAnalysis, reported]);
    answersToReport(onAnalysis, reported);
    expect(JSON.stringify([onAnalysis, reported])).to.equal(before);
  });
});
