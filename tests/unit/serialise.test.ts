import { expect } from '@open-wc/testing';
import { STATE_VERSION, parseState, serialiseState, type ParseResult } from '../../src/model/serialise.js';
import { STATEMENT_IDS } from '../../src/model/scoring.js';
import type { AssessmentState } from '../../src/model/state.js';
import { initialState } from '../../src/model/transitions.js';

const fullState: AssessmentState = {
  screen: 'plan',
  reached: 'done',
  videoWatched: true,
  answers: Object.fromEntries(
    STATEMENT_IDS.map((id, i) => [id, (['helemaal_oneens', 'oneens', 'eens', 'helemaal_eens'] as const)[i % 4]]),
  ),
  analysisSeen: true,
  chosenPillar: 'willen',
  plan: {
    improvement: '  Beter uitleggen wat een beschikking is.\nZonder jargon; “écht” simpel! ',
    actions: [
      { id: 'a1', text: 'Bellen met de cliënt\r\nen \\ "terugbellen"', date: '2025-03-01' },
      { id: 'a3', text: 'Ëmoji 👩🏽‍💼 en tab\t', date: '' },
    ],
    needs: '</textarea><script>alert(1)</script>',
    timeline: 'Vóór de zomer\n\n',
    planDate: '2024-02-29',
  },
  finished: true,
};

/** The serialised full state with some fields changed, as text. */
function variant(changes: (json: Record<string, unknown>) => void): string {
  const json = JSON.parse(serialiseState(fullState)) as Record<string, unknown>;
  changes(json);
  return JSON.stringify(json);
}

function plan(json: Record<string, unknown>): Record<string, unknown> {
  return json['plan'] as Record<string, unknown>;
}

function failure(result: ParseResult): string {
  return result.ok ? 'ok' : result.reason;
}

describe('serialise: round trip', () => {
  it('writes a version and reads every field back exactly, unicode and newlines included', () => {
    const text = serialiseState(fullState);
    expect((JSON.parse(text) as { v: number }).v).to.equal(STATE_VERSION);
    const result = parseState(text);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.state).to.deep.equal(fullState);
  });

  it('round-trips the initial state', () => {
    const result = parseState(serialiseState(initialState()));
    expect(result).to.deep.equal({ ok: true, state: initialState() });
  });

  it('writes only the state fields, answers in contract order', () => {
    const withExtra = { ...fullState, answers: { kunnen_1: 'eens', begrijpen_2: 'oneens' }, extra: 'x' } as AssessmentState;
    const json = JSON.parse(serialiseState(withExtra)) as Record<string, unknown>;
    expect(Object.keys(json)).to.deep.equal([
      'v', 'screen', 'reached', 'videoWatched', 'answers', 'analysisSeen', 'chosenPillar', 'plan', 'finished',
    ]);
    expect(Object.keys(json['answers'] as object)).to.deep.equal(['begrijpen_2', 'kunnen_1']);
  });
});

describe('serialise: tolerance', () => {
  it('ignores unknown fields at every level', () => {
    const text = variant((json) => {
      json['later'] = { nested: true };
      plan(json)['colour'] = 'blue';
      (plan(json)['actions'] as Array<Record<string, unknown>>)[0]!['done'] = true;
    });
    const result = parseState(text);
    expect(result.ok && result.state).to.deep.equal(fullState);
  });

  it('gives missing fields their defaults', () => {
    const result = parseState('{"v":1}');
    expect(result).to.deep.equal({ ok: true, state: initialState() });
  });

  it('fills in a partly missing plan and actions', () => {
    const result = parseState(
      JSON.stringify({ v: 1, screen: 'plan', reached: 'plan', plan: { needs: 'x', actions: [{ id: 'a1' }] } }),
    );
    expect(result.ok && result.state.plan).to.deep.equal({
      improvement: '',
      actions: [{ id: 'a1', text: '', date: '' }],
      needs: 'x',
      timeline: '',
      planDate: '',
    });
  });

  it('repairs reached earlier than screen by raising reached', () => {
    const result = parseState(variant((json) => {
      json['screen'] = 'analysis';
      json['reached'] = 'video';
    }));
    expect(result.ok && [result.state.screen, result.state.reached]).to.deep.equal(['analysis', 'analysis']);
    const missingReached = parseState('{"v":1,"screen":"statements"}');
    expect(missingReached.ok && missingReached.state.reached).to.equal('statements');
  });
});

describe('serialise: rejects', () => {
  const table: Array<{ name: string; text: string | null | undefined; reason: string }> = [
    { name: 'empty string', text: '', reason: 'empty' },
    { name: 'whitespace', text: '  \n', reason: 'empty' },
    { name: 'null', text: null, reason: 'empty' },
    { name: 'undefined', text: undefined, reason: 'empty' },
    { name: 'corrupt text', text: '{"v":1,"screen":"pl', reason: 'not-json' },
    { name: 'not JSON at all', text: 'screen=plan', reason: 'not-json' },
    { name: 'an object of someone else', text: '{"foo":1}', reason: 'foreign' },
    { name: 'an array', text: '[]', reason: 'foreign' },
    { name: 'a JSON string', text: '"x"', reason: 'foreign' },
    { name: 'JSON null', text: 'null', reason: 'foreign' },
    { name: 'a number', text: '42', reason: 'foreign' },
    { name: 'a version that is not a number', text: '{"v":"1"}', reason: 'foreign' },
    { name: 'version 2', text: '{"v":2}', reason: 'unsupported-version' },
    { name: 'version 0', text: '{"v":0}', reason: 'foreign' },
    { name: 'unknown screen', text: variant((j) => { j['screen'] = 'quiz'; }), reason: 'invalid' },
    { name: 'unknown reached', text: variant((j) => { j['reached'] = 7; }), reason: 'invalid' },
    { name: 'string for a boolean', text: variant((j) => { j['finished'] = 'true'; }), reason: 'invalid' },
    { name: 'answers as an array', text: variant((j) => { j['answers'] = ['eens']; }), reason: 'invalid' },
    { name: 'unknown statement id', text: variant((j) => { (j['answers'] as Record<string, unknown>)['begrijpen_5'] = 'eens'; }), reason: 'invalid' },
    { name: '__proto__ in answers', text: variant((j) => { j['answers'] = JSON.parse('{"__proto__":"eens"}'); }), reason: 'invalid' },
    { name: 'unknown answer id', text: variant((j) => { (j['answers'] as Record<string, unknown>)['willen_1'] = 'neutraal'; }), reason: 'invalid' },
    { name: 'answer as a number', text: variant((j) => { (j['answers'] as Record<string, unknown>)['willen_1'] = 3; }), reason: 'invalid' },
    { name: 'unknown pillar', text: variant((j) => { j['chosenPillar'] = 'durven'; }), reason: 'invalid' },
    { name: 'plan as a string', text: variant((j) => { j['plan'] = 'x'; }), reason: 'invalid' },
    { name: 'non-string plan text', text: variant((j) => { plan(j)['improvement'] = 12; }), reason: 'invalid' },
    { name: 'null plan text', text: variant((j) => { plan(j)['needs'] = null; }), reason: 'invalid' },
    { name: 'bad plan date format', text: variant((j) => { plan(j)['planDate'] = '01-03-2025'; }), reason: 'invalid' },
    { name: 'impossible plan date', text: variant((j) => { plan(j)['planDate'] = '2025-02-29'; }), reason: 'invalid' },
    { name: 'actions not a list', text: variant((j) => { plan(j)['actions'] = {}; }), reason: 'invalid' },
    { name: 'action without id', text: variant((j) => { plan(j)['actions'] = [{ text: 'x' }]; }), reason: 'invalid' },
    { name: 'duplicate action ids', text: variant((j) => { plan(j)['actions'] = [{ id: 'a1' }, { id: 'a1' }]; }), reason: 'invalid' },
    { name: 'non-string action text', text: variant((j) => { plan(j)['actions'] = [{ id: 'a1', text: ['x'] }]; }), reason: 'invalid' },
    { name: 'bad action date', text: variant((j) => { plan(j)['actions'] = [{ id: 'a1', date: '2025-3-1' }]; }), reason: 'invalid' },
  ];
  for (const row of table) {
    it(`${row.name} → ${row.reason}`, () => {
      expect(failure(parseState(row.text))).to.equal(row.reason);
    });
  }
});
