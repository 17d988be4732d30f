import { expect } from '@open-wc/testing';
import { addAction, emptyPlan, isIsoDate, planDates, removeAction, updateAction, updatePlan } from '../../src/model/plan.js';
import type { Plan } from '../../src/model/state.js';

function withActions(...texts: string[]): Plan {
  return texts.reduce((plan, text) => addAction(plan, text), emptyPlan());
}

describe('plan: emptyPlan', () => {
  it('has empty texts, no actions, no date', () => {
    expect(emptyPlan()).to.deep.equal({
      improvement: '',
      actions: [],
      needs: '',
      timeline: '',
      planDate: '',
    });
  });

  it('gives a new object every time', () => {
    const a = emptyPlan();
    expect(emptyPlan()).not.to.equal(a);
    expect(emptyPlan().actions).not.to.equal(a.actions);
  });
});

describe('plan: actions', () => {
  it('adds actions with ids a1, a2, a3 and leaves the old plan alone', () => {
    const empty = emptyPlan();
    const one = addAction(empty, 'Bellen');
    const three = addAction(addAction(one), 'Mailen');
    expect(empty.actions).to.deep.equal([]);
    expect(one.actions).to.deep.equal([{ id: 'a1', text: 'Bellen', date: '' }]);
    expect(three.actions.map((a) => a.id)).to.deep.equal(['a1', 'a2', 'a3']);
    expect(three.actions.map((a) => a.text)).to.deep.equal(['Bellen', '', 'Mailen']);
  });

  const idTable: Array<{ name: string; remove: string[]; next: string }> = [
    { name: 'after removing the first', remove: ['a1'], next: 'a4' },
    { name: 'after removing a middle one', remove: ['a2'], next: 'a4' },
    { name: 'after removing all', remove: ['a1', 'a2', 'a3'], next: 'a1' },
  ];
  for (const row of idTable) {
    it(`never reuses an id still present (${row.name})`, () => {
      let plan = withActions('x', 'y', 'z');
      for (const id of row.remove) plan = removeAction(plan, id);
      const next = addAction(plan);
      expect(next.actions.at(-1)!.id).to.equal(row.next);
      const ids = next.actions.map((a) => a.id);
      expect(new Set(ids).size).to.equal(ids.length);
    });
  }

  it('counts on from ids that came back from storage, and ignores foreign ones', () => {
    const plan: Plan = {
      ...emptyPlan(),
      actions: [
        { id: 'a7', text: '', date: '' },
        { id: 'x99', text: '', date: '' },
        { id: 'a2', text: '', date: '' },
      ],
    };
    expect(addAction(plan).actions.at(-1)!.id).to.equal('a8');
  });

  it('updates the text and date of one action only, immutably', () => {
    const plan = withActions('een', 'twee');
    const updated = updateAction(plan, 'a2', { text: 'twee!', date: '2025-03-01' });
    expect(updated.actions).to.deep.equal([
      { id: 'a1', text: 'een', date: '' },
      { id: 'a2', text: 'twee!', date: '2025-03-01' },
    ]);
    expect(plan.actions[1]).to.deep.equal({ id: 'a2', text: 'twee', date: '' });
    expect(updated.actions[0]).to.equal(plan.actions[0]);
  });

  it('keeps the date when only the text changes and the text when only the date changes', () => {
    let plan = updateAction(withActions('een'), 'a1', { date: '2025-12-31' });
    plan = updateAction(plan, 'a1', { text: ' een\n twee ' });
    expect(plan.actions[0]).to.deep.equal({ id: 'a1', text: ' een\n twee ', date: '2025-12-31' });
    plan = updateAction(plan, 'a1', { date: '' });
    expect(plan.actions[0]).to.deep.equal({ id: 'a1', text: ' een\n twee ', date: '' });
  });

  it('returns the same plan for an unknown id or no change', () => {
    const plan = withActions('een');
    expect(updateAction(plan, 'a9', { text: 'x' })).to.equal(plan);
    expect(updateAction(plan, 'a1', { text: 'een' })).to.equal(plan);
    expect(updateAction(plan, 'a1', {})).to.equal(plan);
    expect(removeAction(plan, 'a9')).to.equal(plan);
  });

  it('removes one action', () => {
    const plan = withActions('een', 'twee', 'drie');
    expect(removeAction(plan, 'a2').actions.map((a) => a.text)).to.deep.equal(['een', 'drie']);
    expect(plan.actions).to.have.length(3);
  });
});

describe('plan: dates', () => {
  const table: Array<[string, boolean]> = [
    ['2025-03-01', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-04-31', false],
    ['2025-3-1', false],
    ['01-03-2025', false],
    ['2025-03-01T00:00', false],
    [' 2025-03-01', false],
    ['', false],
  ];
  for (const [value, valid] of table) {
    it(`isIsoDate(${JSON.stringify(value)}) is ${valid}`, () => {
      expect(isIsoDate(value)).to.equal(valid);
    });
  }

  it('stores an invalid date as empty, so the plan always reads back', () => {
    const plan = updateAction(withActions('een'), 'a1', { date: '31-12-2025' });
    expect(plan.actions[0]!.date).to.equal('');
    expect(updatePlan(emptyPlan(), { planDate: '2025-02-30' }).planDate).to.equal('');
    expect(updatePlan(emptyPlan(), { planDate: '2025-02-28' }).planDate).to.equal('2025-02-28');
  });

  it('lists the plan date and every dated action, sorted by date', () => {
    let plan = withActions('bellen', 'zonder datum', 'mailen', 'overleg');
    plan = updateAction(plan, 'a1', { date: '2025-05-01' });
    plan = updateAction(plan, 'a3', { date: '2025-03-15' });
    plan = updateAction(plan, 'a4', { date: '2025-04-01' });
    plan = updatePlan(plan, { planDate: '2025-04-01', improvement: 'Beter uitleggen' });
    expect(planDates(plan)).to.deep.equal([
      { kind: 'action', date: '2025-03-15', text: 'mailen', actionId: 'a3' },
      { kind: 'plan', date: '2025-04-01', text: 'Beter uitleggen' },
      { kind: 'action', date: '2025-04-01', text: 'overleg', actionId: 'a4' },
      { kind: 'action', date: '2025-05-01', text: 'bellen', actionId: 'a1' },
    ]);
  });

  it('skips dates that are not valid ISO days even if they got into the plan', () => {
    const plan: Plan = {
      ...emptyPlan(),
      planDate: '2025-02-30',
      actions: [
        { id: 'a1', text: 'x', date: 'morgen' },
        { id: 'a2', text: 'y', date: '2025-06-01' },
      ],
    };
    expect(planDates(plan).map((d) => d.date)).to.deep.equal(['2025-06-01']);
    expect(planDates(emptyPlan())).to.deep.equal([]);
  });
});

describe('plan: updatePlan', () => {
  it('updates only the given fields and keeps texts exactly', () => {
    const plan = updatePlan(emptyPlan(), { improvement: '  Meer tijd\r\nnemen ', needs: 'Mijn team' });
    expect(plan).to.deep.equal({
      improvement: '  Meer tijd\r\nnemen ',
      actions: [],
      needs: 'Mijn team',
      timeline: '',
      planDate: '',
    });
    expect(updatePlan(plan, { timeline: 'Q2' }).needs).to.equal('Mijn team');
  });

  it('returns the same plan when nothing changes', () => {
    const plan = updatePlan(emptyPlan(), { needs: 'x' });
    expect(updatePlan(plan, { needs: 'x' })).to.equal(plan);
    expect(updatePlan(plan, {})).to.equal(plan);
  });
});
