import { expect } from '@open-wc/testing';
import { addAction, updateAction } from '../../src/model/plan.js';
import { STATEMENT_IDS } from '../../src/model/scoring.js';
import type { AssessmentState, ScreenId } from '../../src/model/state.js';
import { answer, begin, choosePillar, editPlan, finish, goTo, initialState, markVideoWatched } from '../../src/model/transitions.js';

function answerAll(state: AssessmentState, except?: string): AssessmentState {
  return STATEMENT_IDS.filter((id) => id !== except).reduce((s, id) => answer(s, id, 'eens'), state);
}

/** Walks the normal path up to and including the given screen. */
function walkTo(screen: ScreenId): AssessmentState {
  let s = initialState();
  const path: ScreenId[] = ['video', 'statements', 'analysis', 'plan'];
  for (const next of path) {
    if (s.screen === screen) return s;
    if (next === 'statements') s = markVideoWatched(s);
    if (next === 'analysis') s = answerAll(s);
    s = goTo(s, next);
  }
  return s;
}

describe('transitions: initialState', () => {
  it('starts on the intro with nothing done', () => {
    expect(initialState()).to.deep.equal({
      screen: 'intro',
      reached: 'intro',
      videoWatched: false,
      answers: {},
      analysisSeen: false,
      chosenPillar: null,
      plan: { improvement: '', actions: [], needs: '', timeline: '', planDate: '' },
      finished: false,
      language: null,
    });
  });
});

describe('transitions: begin, the button of the introduction', () => {
  it('goes to step 1 on a first visit', () => {
    expect(begin(initialState()).screen).to.equal('video');
  });

  it('continues at the furthest step reached, from the introduction of a resumed attempt', () => {
    const resumed = { ...walkTo('plan'), screen: 'intro' as const };
    expect(begin(resumed)).to.include({ screen: 'plan', reached: 'plan' });
  });

  it('changes nothing (same object) where the learner already is', () => {
    const s = walkTo('plan');
    expect(begin(s)).to.equal(s);
  });
});

describe('transitions: goTo', () => {
  const refused: Array<{ name: string; from: () => AssessmentState; to: ScreenId }> = [
    { name: 'skipping the video step', from: initialState, to: 'statements' },
    { name: 'leaving an unwatched video', from: () => walkTo('video'), to: 'statements' },
    { name: 'leaving the statements with one unanswered', from: () => answerAll(walkTo('statements'), 'kunnen_4'), to: 'analysis' },
    { name: 'going to done without Afronden', from: () => walkTo('plan'), to: 'done' },
    { name: 'jumping from intro to the plan', from: initialState, to: 'plan' },
  ];
  for (const row of refused) {
    it(`refuses ${row.name} (same object)`, () => {
      const from = row.from();
      expect(goTo(from, row.to)).to.equal(from);
    });
  }

  it('returns the same object when already on the screen', () => {
    const s = walkTo('video');
    expect(goTo(s, 'video')).to.equal(s);
  });

  it('moves forward, raises reached and marks the analysis seen', () => {
    const onStatements = walkTo('statements');
    expect(onStatements.screen).to.equal('statements');
    expect(onStatements.reached).to.equal('statements');
    const onAnalysis = goTo(answerAll(onStatements), 'analysis');
    expect(onAnalysis.screen).to.equal('analysis');
    expect(onAnalysis.reached).to.equal('analysis');
    expect(onAnalysis.analysisSeen).to.equal(true);
  });

  it('goes back without lowering reached, and forward again', () => {
    const onPlan = walkTo('plan');
    const back = goTo(onPlan, 'video');
    expect(back.screen).to.equal('video');
    expect(back.reached).to.equal('plan');
    expect(goTo(back, 'plan').screen).to.equal('plan');
  });

  it('does not change the state it was given', () => {
    const s = walkTo('video');
    const watched = markVideoWatched(s);
    goTo(watched, 'statements');
    expect(watched.screen).to.equal('video');
    expect(s.videoWatched).to.equal(false);
  });
});

describe('transitions: answers, video, pillar, plan', () => {
  it('records and changes an answer, immutably', () => {
    const s0 = walkTo('statements');
    const s1 = answer(s0, 'willen_2', 'oneens');
    const s2 = answer(s1, 'willen_2', 'helemaal_eens');
    expect(s0.answers).to.deep.equal({});
    expect(s1.answers).to.deep.equal({ willen_2: 'oneens' });
    expect(s2.answers).to.deep.equal({ willen_2: 'helemaal_eens' });
    expect(answer(s2, 'willen_2', 'helemaal_eens')).to.equal(s2);
  });

  it('marks the video watched once', () => {
    const s = markVideoWatched(initialState());
    expect(s.videoWatched).to.equal(true);
    expect(markVideoWatched(s)).to.equal(s);
  });

  it('chooses and clears a pillar', () => {
    const s = choosePillar(initialState(), 'kunnen');
    expect(s.chosenPillar).to.equal('kunnen');
    expect(choosePillar(s, 'kunnen')).to.equal(s);
    expect(choosePillar(s, null).chosenPillar).to.equal(null);
  });

  it('applies a plan update, and returns the same state when the plan is unchanged', () => {
    const s0 = walkTo('plan');
    const s1 = editPlan(s0, (plan) => addAction(plan, 'Bellen'));
    expect(s1.plan.actions).to.deep.equal([{ id: 'a1', text: 'Bellen', date: '' }]);
    expect(s0.plan.actions).to.deep.equal([]);
    expect(editPlan(s1, (plan) => updateAction(plan, 'nope', { text: 'x' }))).to.equal(s1);
  });
});

describe('transitions: finish', () => {
  const refused: Array<{ name: string; from: () => AssessmentState }> = [
    { name: 'at the start', from: initialState },
    { name: 'with one statement unanswered', from: () => answerAll(walkTo('statements'), 'begrijpen_1') },
    { name: 'all answered but the analysis not seen', from: () => answerAll(walkTo('statements')) },
  ];
  for (const row of refused) {
    it(`is refused ${row.name}`, () => {
      const from = row.from();
      expect(finish(from)).to.equal(from);
    });
  }

  it('finishes from the plan and goes to done', () => {
    const done = finish(walkTo('plan'));
    expect(done.finished).to.equal(true);
    expect(done.screen).to.equal('done');
    expect(done.reached).to.equal('done');
  });

  it('keeps every step reachable after finishing, and Afronden again returns to done', () => {
    const done = finish(walkTo('plan'));
    const back = goTo(done, 'statements');
    expect(back.screen).to.equal('statements');
    expect(back.finished).to.equal(true);
    expect(goTo(back, 'done').screen).to.equal('done');
    expect(finish(back).screen).to.equal('done');
    expect(finish(done)).to.equal(done);
  });
});
