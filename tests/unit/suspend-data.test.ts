import { expect } from '@open-wc/testing';
import assessment from '../../content/nl/assessment.json';
import type { AnswerId, ListItem, RichText, StatementId } from '../../src/content/types.js';
import { deflateRaw, fromBase64Url, toBase64Url } from '../../src/model/base64url.js';
import { STATEMENT_IDS } from '../../src/model/scoring.js';
import { SCREEN_IDS, type AssessmentState, type Plan } from '../../src/model/state.js';
import {
  SUSPEND_DATA_LIMIT,
  decodeSuspendData,
  encodeSuspendData,
  encodeSuspendDataNow,
  newAttemptId,
  suspendDataSpace,
  type Reported,
  type SuspendDataResult,
} from '../../src/model/suspend-data.js';
import { initialState } from '../../src/model/transitions.js';

const SCALE = ['helemaal_oneens', 'oneens', 'eens', 'helemaal_eens'] as const;

/** Every statement answered, cycling through the scale from `offset`. */
function allAnswers(offset = 0): Record<StatementId, AnswerId> {
  return Object.fromEntries(STATEMENT_IDS.map((id, i) => [id, SCALE[(i + offset) % 4]])) as Record<StatementId, AnswerId>;
}

function done(changes: Partial<AssessmentState> = {}): AssessmentState {
  return {
    ...initialState(),
    screen: 'done',
    reached: 'done',
    videoWatched: true,
    analysisSeen: true,
    finished: true,
    chosenPillar: 'kunnen',
    answers: allAnswers(),
    ...changes,
  };
}

function withPlan(plan: Partial<Plan>, changes: Partial<AssessmentState> = {}): AssessmentState {
  return done({ screen: 'plan', ...changes, plan: { ...initialState().plan, ...plan } });
}

/** Realistic Dutch prose: the seed's recommendations and tips, bullet after bullet. */
const richText = (text: RichText) => text.map((part) => (typeof part === 'string' ? part : part.text)).join('');
const bullet = (item: ListItem) => [richText(item.text), ...(item.items ?? []).map(richText)].join('\n');
const PROSE = assessment.pillars
  .flatMap((pillar) => [...pillar.recommendations, ...pillar.tips].map((item) => bullet(item as ListItem)))
  .join('\n');

/** The n-th non-overlapping run of `length` characters of PROSE (so four reflections repeat nothing). */
function reflection(n: number, length = 1000): string {
  const text = PROSE.slice(n * length, (n + 1) * length);
  if (text.length !== length) throw new Error(`Seed prose too short for reflection ${n}`);
  return text;
}

const TRICKY = 'Zó “écht” \'n "quote" \\ back\\slash\n\r\n\ttab 👩🏽‍💼 🇳🇱 — ½ € \u0000 \u2028 lone \ud83d end';
const manyActions = Array.from({ length: 40 }, (_, i) => ({
  id: `a${i + 1}`,
  text: `Actie ${i + 1}: bel cliënt ${i % 7}`,
  date: i % 3 === 0 ? '' : `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
}));

const roundTrips: Array<[string, AssessmentState, Reported]> = [
  ['fresh state', initialState(), {}],
  ['all answered, all reported', done(), allAnswers()],
  ['all answered, none reported yet', done({ reached: 'statements', screen: 'statements' }), {}],
  [
    'some answered',
    { ...initialState(), screen: 'statements', reached: 'statements', answers: { willen_3: 'oneens', kunnen_4: 'helemaal_eens' } },
    {},
  ],
  ...SCREEN_IDS.map((screen): [string, AssessmentState, Reported] => [
    `screen ${screen}`,
    { ...initialState(), screen, reached: 'done' },
    {},
  ]),
  ...SCREEN_IDS.map((reached): [string, AssessmentState, Reported] => [`reached ${reached}`, { ...initialState(), reached }, {}]),
  ['reached before screen is kept as written', { ...initialState(), screen: 'plan', reached: 'video' }, {}],
  ...[0, 1, 2, 3, 4, 5, 6, 7].map((bits): [string, AssessmentState, Reported] => [
    `flags ${bits}`,
    done({ videoWatched: (bits & 1) !== 0, analysisSeen: (bits & 2) !== 0, finished: (bits & 4) !== 0 }),
    allAnswers(),
  ]),
  ...(['begrijpen', 'willen', 'kunnen', null] as const).map((chosenPillar): [string, AssessmentState, Reported] => [
    `chosen pillar ${chosenPillar}`,
    done({ chosenPillar }),
    allAnswers(),
  ]),
  ['reported differs from the answers', done(), allAnswers(1)],
  [
    'reported has an answer since cleared',
    { ...initialState(), answers: { begrijpen_1: 'eens' } },
    { begrijpen_1: 'eens', willen_2: 'oneens' },
  ],
  [
    'tricky texts in every field',
    withPlan({
      improvement: TRICKY,
      needs: `${TRICKY}!`,
      timeline: TRICKY.repeat(3),
      planDate: '2024-02-29',
      actions: [{ id: 'x 🙂', text: TRICKY, date: '2028-12-31' }],
    }),
    allAnswers(),
  ],
  ['whitespace-only texts', withPlan({ improvement: ' ', needs: '\n', timeline: '\t' }), allAnswers()],
  ['an empty action', withPlan({ actions: [{ id: 'a1', text: '', date: '' }] }), allAnswers()],
  ['only a plan date', withPlan({ planDate: '2026-01-31' }), allAnswers()],
  ['many actions with dates', withPlan({ actions: manyActions }), allAnswers(2)],
  [
    'four reflections of 1,000 characters',
    withPlan({
      improvement: reflection(0),
      needs: reflection(1),
      timeline: reflection(2),
      planDate: '2026-06-30',
      actions: [{ id: 'a1', text: reflection(3), date: '2026-03-15' }],
    }),
    allAnswers(),
  ],
  ['English chosen', done({ language: 'en' }), allAnswers()],
  ['Dutch chosen, reported differs, with texts', withPlan({ needs: TRICKY }, { language: 'nl' }), allAnswers(1)],
  ['English chosen on a fresh start', { ...initialState(), language: 'en' }, {}],
];

describe('suspend-data: round trips', () => {
  for (const [name, state, reported] of roundTrips) {
    it(`${name}: decodes to the same state and reported answers, in printable ASCII`, async () => {
      const text = await encodeSuspendData(state, reported);
      expect(text).to.match(/^W1[\x20-\x7e]*$/);
      const result = await decodeSuspendData(text);
      expect(result).to.deep.equal({ ok: true, state, reported, attempt: null, revision: 0 });
      expect(await encodeSuspendData(state, reported)).to.equal(text, 'deterministic');
    });
  }

  it('keeps the save stamp (attempt and revision) after the language and before the texts', async () => {
    const state = withPlan({ needs: 'Kort.' }, { language: 'en' });
    for (const revision of [0, 1, 35, 36, 123_456, 10 ** 12 - 1]) {
      const stamp = { attempt: 'k3x9a0', revision };
      const text = await encodeSuspendData(state, allAnswers(), stamp);
      expect(text).to.match(new RegExp(`^W1\\d{16}l2ak3x9a0n${revision}[zb][\\w-]+\\.$`));
      expect(await decodeSuspendData(text)).to.deep.equal({ ok: true, state, reported: allAnswers(), ...stamp });
      expect(await decodeSuspendData(encodeSuspendDataNow(state, allAnswers(), stamp))).to.deep.include(stamp);
    }
  });

  it('refuses to write a stamp it could not read back', async () => {
    for (const stamp of [
      { attempt: 'short', revision: 1 },
      { attempt: 'ABCDEF', revision: 1 },
      { attempt: 'abcdef', revision: -1 },
      { attempt: 'abcdef', revision: 1.5 },
      { attempt: 'abcdef', revision: 10 ** 12 },
    ]) {
      expect(() => encodeSuspendDataNow(initialState(), {}, stamp), JSON.stringify(stamp)).to.throw(RangeError);
    }
  });

  it('makes attempt ids of six base-36 characters that differ', () => {
    const ids = new Set(Array.from({ length: 50 }, newAttemptId));
    expect(ids.size).to.be.at.least(49);
    for (const id of ids) expect(id).to.match(/^[0-9a-z]{6}$/);
  });

  it('keeps the chosen language as l and its digit (1 nl, 2 en) after the answers, and nothing while none is chosen', async () => {
    expect(await encodeSuspendData(done({ language: 'en' }), allAnswers(1))).to.match(/^W1\d{16}r\d{12}l2\.$/);
    expect(await encodeSuspendData({ ...initialState(), language: 'nl' }, {})).to.equal('W10000000000000000l1.');
    expect(await encodeSuspendData(initialState(), {})).to.equal('W10000000000000000.');
    expect(encodeSuspendDataNow(withPlan({ needs: 'x' }, { language: 'en' }), allAnswers())).to.match(/^W1\d{16}l2b[\w-]+\.$/);
  });

  it('reads a state saved before the language was kept as "not chosen"', async () => {
    const saved = 'W15573123412341234.';
    const result = await decodeSuspendData(saved);
    expect(result.ok && result.state.language).to.equal(null);
    expect(result.ok && result.state.answers.begrijpen_1).to.equal('helemaal_oneens');
  });

  it('omits the reported answers when they equal the answers, and the texts when the plan is empty', async () => {
    const same = await encodeSuspendData(done(), allAnswers());
    const differ = await encodeSuspendData(done(), allAnswers(1));
    expect(differ.length - same.length).to.equal(13);
    expect(same).not.to.match(/[rzb]/);
  });

  it('keeps texts as the shorter of deflated and plain base64url', async () => {
    for (const plan of [{ needs: 'Kort.' }, { needs: reflection(0) }, { needs: TRICKY }]) {
      const text = await encodeSuspendData(withPlan(plan), allAnswers());
      const json = JSON.stringify(['', plan.needs, '', '', []]);
      const raw = new TextEncoder().encode(json);
      const shorter = Math.min(toBase64Url(raw).length, toBase64Url(await deflateRaw(raw)).length);
      expect(text.length).to.equal(2 + 16 + 1 + shorter + 1);
      expect(text[18]).to.equal(toBase64Url(raw).length <= shorter ? 'b' : 'z');
    }
  });
});

describe('suspend-data: sizes (npm run bench prints them)', () => {
  it('12 answers and the position take at most 40 characters', async () => {
    const rows: Array<[string, AssessmentState, Reported]> = [
      ['fresh', initialState(), {}],
      ['12 answers + position', done(), allAnswers()],
      ['12 answers + position, reported differs', done(), allAnswers(3)],
      ['12 answers + position + language', done({ language: 'en' }), allAnswers()],
      ['12 answers + position + language, reported differs', done({ language: 'en' }), allAnswers(3)],
    ];
    for (const [name, state, reported] of rows) {
      const text = await encodeSuspendData(state, reported);
      expect(text.length, name).to.be.at.most(40);
    }
  });

  it('four 1,000-character Dutch reflections (Q1, Q2 action, Q3, Q4) fit in 4,096', async () => {
    const state = roundTrips.find(([name]) => name.startsWith('four reflections'))![1];
    const texts = [state.plan.improvement, state.plan.needs, state.plan.timeline, state.plan.actions[0].text];
    expect(texts.map((t) => t.length)).to.deep.equal([1000, 1000, 1000, 1000]);
    const text = await encodeSuspendData(state, allAnswers());
    expect(text.length).to.be.at.most(SUSPEND_DATA_LIMIT);
  });
});

describe('suspend-data: suspendDataSpace', () => {
  it('goes down as text grows, and below zero past the limit', async () => {
    let previous = await suspendDataSpace(initialState(), {});
    expect(previous.length + previous.remaining).to.equal(SUSPEND_DATA_LIMIT);
    for (let length = 250; length <= 4000; length += 250) {
      const space = await suspendDataSpace(withPlan({ improvement: PROSE.slice(0, length) }), allAnswers());
      expect(space.remaining, `at ${length} characters`).to.be.below(previous.remaining);
      expect(space.length).to.equal((await encodeSuspendData(withPlan({ improvement: PROSE.slice(0, length) }), allAnswers())).length);
      previous = space;
    }
    // Text that does not compress: a pseudo-random run of letters.
    let seed = 1;
    const noise = Array.from({ length: 5000 }, () => String.fromCharCode(33 + ((seed = (seed * 48271) % 2147483647) % 94))).join('');
    expect((await suspendDataSpace(withPlan({ needs: noise }), allAnswers())).remaining).to.be.below(0);
  });
});

const bytesOf = (json: unknown) => new TextEncoder().encode(typeof json === 'string' ? json : JSON.stringify(json));
/** Marker, screen 5, reached 5, flags 7, pillar 1, twelve answers. */
const HEAD = 'W15571' + '1234'.repeat(3);
const plainTexts = (json: unknown) => `${HEAD}b${toBase64Url(bytesOf(json))}.`;
const deflatedTexts = async (json: unknown) => `${HEAD}z${toBase64Url(await deflateRaw(bytesOf(json)))}.`;
const validTexts = ['a', 'b', 'c', '2026-01-01', [['a1', 'd', '']]];

function reason(result: SuspendDataResult): string {
  return result.ok ? 'ok' : result.reason;
}

describe('suspend-data: decoding failures', () => {
  const cases: Array<[string, string | null | undefined | (() => Promise<string>), string]> = [
    ['empty string', '', 'empty'],
    ['whitespace', '  \n', 'empty'],
    ['null', null, 'empty'],
    ['undefined', undefined, 'empty'],
    ['plain text', 'hallo wereld', 'foreign'],
    ['JSON of the whole state', JSON.stringify({ v: 1, ...done() }), 'foreign'],
    ['a JSON array', '[1,2,3]', 'foreign'],
    ['lower-case marker', `w1${HEAD.slice(2)}.`, 'foreign'],
    ['W without version', 'Wat?', 'foreign'],
    ['leading space', ` ${HEAD}.`, 'foreign'],
    ['version 2', `W2${HEAD.slice(2)}.`, 'unsupported-version'],
    ['version 0', `W0${HEAD.slice(2)}.`, 'unsupported-version'],
    ['version 9, other layout', 'W9xyz', 'unsupported-version'],
    ['marker only', 'W1', 'invalid'],
    ['header without end', HEAD, 'invalid'],
    ['valid header, control', `${HEAD}.`, 'ok'],
    ['screen 6', `W16${HEAD.slice(3)}.`, 'invalid'],
    ['flags 8', `${HEAD.slice(0, 4)}8${HEAD.slice(5)}.`, 'invalid'],
    ['pillar 4', `${HEAD.slice(0, 5)}4${HEAD.slice(6)}.`, 'invalid'],
    ['answer 5', `${HEAD.slice(0, -1)}5.`, 'invalid'],
    ['11 answers', `${HEAD.slice(0, -1)}.`, 'invalid'],
    ['13 answers', `${HEAD}1.`, 'invalid'],
    ['reported with 11 digits', `${HEAD}r12341234123.`, 'invalid'],
    ['reported after texts', `${plainTexts(validTexts).slice(0, -1)}r123412341234.`, 'invalid'],
    ['unknown section', `${HEAD}xAAAA.`, 'invalid'],
    ['trailing junk', `${HEAD}.x`, 'invalid'],
    ['trailing space', `${HEAD}. `, 'invalid'],
    ['language nl, control', `${HEAD}l1.`, 'ok'],
    ['language en, control', `${HEAD}r123412341234l2.`, 'ok'],
    ['language 0', `${HEAD}l0.`, 'invalid'],
    ['language 3, not offered', `${HEAD}l3.`, 'invalid'],
    ['language without digit', `${HEAD}l.`, 'invalid'],
    ['language with two digits', `${HEAD}l12.`, 'invalid'],
    ['language before reported', `${HEAD}l1r123412341234.`, 'invalid'],
    ['language after texts', `${plainTexts(validTexts).slice(0, -1)}l1.`, 'invalid'],
    ['language twice', `${HEAD}l1l1.`, 'invalid'],
    ['language as a letter', `${HEAD}len.`, 'invalid'],
    ['stamp, control', `${HEAD}l1aabc123n19.`, 'ok'],
    ['stamp before deflated texts, control', async () => `${HEAD}aabc123n18${(await deflatedTexts(validTexts)).slice(HEAD.length)}`, 'ok'],
    ['stamp without language, control', `${HEAD}aabc123n0.`, 'ok'],
    ['stamp with a short attempt', `${HEAD}aabc12n1.`, 'invalid'],
    ['stamp without revision', `${HEAD}aabc123.`, 'invalid'],
    ['revision without attempt', `${HEAD}n5.`, 'invalid'],
    ['revision of thirteen digits', `${HEAD}aabc123n1234567890123.`, 'invalid'],
    ['revision in letters', `${HEAD}aabc123nff.`, 'invalid'],
    ['stamp in capitals', `${HEAD}aABC123n1.`, 'invalid'],
    ['stamp before language', `${HEAD}aabc123n1l1.`, 'invalid'],
    ['stamp after texts', `${plainTexts(validTexts).slice(0, -1)}aabc123n1.`, 'invalid'],
    ['texts marker without data', `${HEAD}b.`, 'invalid'],
    ['base64 with padding', `${HEAD}bWw==.`, 'invalid'],
    ['base64 of impossible length', `${HEAD}bWWWWW.`, 'invalid'],
    ['base64 with non-zero unused bits', `${HEAD}bWx.`, 'invalid'],
    ['standard base64 letters', `${HEAD}bW+/W.`, 'invalid'],
    ['plain texts, control', plainTexts(validTexts), 'ok'],
    ['plain texts not JSON', plainTexts('not json'), 'invalid'],
    ['plain texts bad UTF-8', `${HEAD}b${toBase64Url(new Uint8Array([0x5b, 0x22, 0xff, 0x22, 0x5d]))}.`, 'invalid'],
    ['plain texts an object', plainTexts({ improvement: 'a' }), 'invalid'],
    ['four texts', plainTexts(validTexts.slice(0, 4)), 'invalid'],
    ['a number for a text', plainTexts([1, 'b', 'c', '', []]), 'invalid'],
    ['not a real day', plainTexts(['a', 'b', 'c', '2025-02-29', []]), 'invalid'],
    ['an action without date', plainTexts(['', '', '', '', [['a1', 'x']]]), 'invalid'],
    ['an action with an empty id', plainTexts(['', '', '', '', [['', 'x', '']]]), 'invalid'],
    [
      'duplicate action ids',
      plainTexts([
        '',
        '',
        '',
        '',
        [
          ['a1', 'x', ''],
          ['a1', 'y', ''],
        ],
      ]),
      'invalid',
    ],
    ['an action with a bad date', plainTexts(['', '', '', '', [['a1', 'x', '1-1-2026']]]), 'invalid'],
    ['deflated texts, control', () => deflatedTexts(validTexts), 'ok'],
    ['deflated garbage', `${HEAD}z${toBase64Url(new Uint8Array([0xff, 0xfe, 0xfd, 0x01, 0x02]))}.`, 'invalid'],
    ['plain bytes marked deflated', `${HEAD}z${toBase64Url(bytesOf(validTexts))}.`, 'invalid'],
    [
      'deflated bytes marked plain',
      async () => {
        const text = await deflatedTexts(validTexts);
        return `${text.slice(0, HEAD.length)}b${text.slice(HEAD.length + 1)}`;
      },
      'invalid',
    ],
    [
      'deflated with trailing bytes',
      async () => {
        const bytes = await deflateRaw(bytesOf(validTexts));
        return `${HEAD}z${toBase64Url(new Uint8Array([...bytes, 0, 0, 0]))}.`;
      },
      'invalid',
    ],
    [
      'deflated, truncated by bytes',
      async () => {
        const bytes = await deflateRaw(bytesOf(validTexts));
        return `${HEAD}z${toBase64Url(bytes.slice(0, -2))}.`;
      },
      'invalid',
    ],
    ['deflate bomb', async () => `${HEAD}z${toBase64Url(await deflateRaw(new Uint8Array(4 << 20)))}.`, 'invalid'],
  ];

  for (const [name, input, expected] of cases) {
    it(`${name} → ${expected}`, async () => {
      const text = typeof input === 'function' ? await input() : input;
      expect(reason(await decodeSuspendData(text))).to.equal(expected);
    });
  }

  it('reads every cut-off prefix of real values as a failure, never throwing', async () => {
    for (const [name, state, reported] of roundTrips.filter((_, i) => i % 3 === 0 || i === roundTrips.length - 1)) {
      const text = await encodeSuspendData(state, reported);
      for (let length = 0; length < text.length; length++) {
        const expected = length === 0 ? 'empty' : length === 1 ? 'foreign' : 'invalid';
        expect(reason(await decodeSuspendData(text.slice(0, length))), `${name} cut at ${length}`).to.equal(expected);
      }
    }
  });

  it('never throws on damaged values: every single-character change', async () => {
    const text = await encodeSuspendData(withPlan({ needs: reflection(0, 200), actions: manyActions.slice(0, 3) }), allAnswers(1));
    for (let i = 0; i < text.length; i++) {
      for (const letter of ['0', '9', 'A', '_', '.', '~']) {
        const damaged = text.slice(0, i) + letter + text.slice(i + 1);
        const result = await decodeSuspendData(damaged);
        if (result.ok) expect(await encodeSuspendData(result.state, result.reported)).to.be.a('string');
      }
    }
  });
});

describe('suspend-data: base64url', () => {
  it('matches the standard alphabet and reads back every length', () => {
    for (let length = 0; length <= 10; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 97 + 250) % 256);
      const standard = btoa(String.fromCharCode(...bytes))
        .replace(/=+$/, '')
        .replace(/\+/g, '-')
        .replace(/\//g, '_');
      expect(toBase64Url(bytes)).to.equal(standard);
      expect(fromBase64Url(standard)).to.deep.equal(bytes);
    }
  });
});

describe('suspend-data: the uncompressed form for a page being left', () => {
  it('reads back exactly and is never shorter than the compressed form', async () => {
    const state: AssessmentState = {
      ...initialState(),
      screen: 'plan',
      reached: 'plan',
      plan: { ...initialState().plan, improvement: 'Eerst luisteren,\n“dan” pas uitleggen – é', planDate: '2027-01-31' },
    };
    const now = encodeSuspendDataNow(state, {});
    const decoded = await decodeSuspendData(now);
    expect(decoded.ok && decoded.state).to.deep.equal(state);
    expect(now.length).to.be.at.least((await encodeSuspendData(state, {})).length);
    expect(encodeSuspendDataNow(initialState(), {})).to.equal(await encodeSuspendData(initialState(), {}));
  });
});
