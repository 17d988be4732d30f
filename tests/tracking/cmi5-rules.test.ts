import { expect } from '@open-wc/testing';
import type { Context, Statement } from '@xapi/xapi';
import { CMI5_CATEGORY, MOVEON_CATEGORY, SESSION_ID_EXTENSION, cmi5Violations, type Cmi5SessionFacts } from './cmi5-rules.js';

const AU = 'https://lms.example.com/au/4711';
const PUBLISHER = 'https://example.org/wed-zelfassessment/au';
const facts: Cmi5SessionFacts = {
  sessionId: 'session-1',
  auId: AU,
  registration: '760e3480-ba55-4991-94b0-01820dbd23a2',
  publisherId: PUBLISHER,
};
const template: Context = {
  extensions: { [SESSION_ID_EXTENSION]: facts.sessionId },
  contextActivities: { grouping: [{ id: PUBLISHER }] },
};
const verb = (name: string) => ({ id: `http://adlnet.gov/expapi/verbs/${name}` });
let counter = 0;

function statement(name: string, extra: Partial<Statement> = {}, categories: string[] = []): Statement {
  counter += 1;
  const defined = ['initialized', 'completed', 'passed', 'failed', 'terminated'].includes(name);
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.com', name: 'learner-1' } },
    verb: verb(name),
    object: { objectType: 'Activity', id: defined ? AU : `${AU}/begrijpen_1` },
    timestamp: new Date(Date.UTC(2025, 0, 1, 9, 0, counter)).toISOString(),
    context: {
      ...template,
      registration: facts.registration,
      contextActivities: {
        grouping: [{ id: PUBLISHER }],
        ...(defined ? { category: [{ id: CMI5_CATEGORY }, ...categories.map((id) => ({ id }))] } : { parent: [{ id: AU }] }),
      },
    },
    ...extra,
  };
}

/** initialized, answered, scored, completed, terminated: a session a cmi5 LMS accepts. */
function session(): Statement[] {
  counter = 0;
  return [
    statement('initialized'),
    statement('answered', { result: { response: 'eens' } }),
    statement('scored', { result: { score: { scaled: 0.75, raw: 75, min: 0, max: 100 } } }),
    statement('completed', { result: { completion: true, duration: 'PT20M' } }, [MOVEON_CATEGORY]),
    statement('terminated', { result: { duration: 'PT21M' } }),
  ];
}

/** The violations after changing a fresh valid session; `expected` must be among them. */
function expectViolation(
  change: (s: Statement[]) => Statement[] | undefined,
  expected: RegExp,
  extraFacts: Partial<Cmi5SessionFacts> = {},
) {
  const statements = session();
  const changed = change(statements) ?? statements;
  const problems = cmi5Violations(changed, { ...facts, ...extraFacts });
  expect(
    problems.some((p) => expected.test(p)),
    `expected ${expected} in ${JSON.stringify(problems)}`,
  ).to.be.true;
}

describe('cmi5 rules checker', () => {
  it('accepts a well-formed session, with or without the context template given', () => {
    expect(cmi5Violations(session(), facts)).to.deep.equal([]);
    expect(cmi5Violations(session(), { ...facts, contextTemplate: template, launchMode: 'Normal' })).to.deep.equal([]);
    const browse = session().filter((s) => !s.verb.id.endsWith('completed'));
    expect(cmi5Violations(browse, { ...facts, launchMode: 'Browse' })).to.deep.equal([]);
  });

  it('wants initialized first, once', () => {
    expect(cmi5Violations([], facts)).to.have.length(1);
    expectViolation((s) => [s[1], s[0], ...s.slice(2)], /first statement is "answered.*not initialized/);
    expectViolation((s) => [s[0], { ...s[0], id: '00000000-0000-4000-8000-0000000000aa' }, ...s.slice(1)], /initialized is sent 2 times/);
  });

  it('wants completed at most once, without a score, with the cmi5 and moveon categories, completion and duration', () => {
    expectViolation((s) => [...s.slice(0, 4), { ...s[3], id: '00000000-0000-4000-8000-0000000000bb' }, s[4]], /completed is sent 2 times/);
    expectViolation(
      (s) => void (s[3].result = { completion: true, duration: 'PT1M', score: { scaled: 0.6 } }),
      /completed.*carries result.score/,
    );
    expectViolation((s) => void (s[3].context!.contextActivities!.category = [{ id: CMI5_CATEGORY }]), /lacks the moveon category/);
    expectViolation(
      (s) => void (s[3].context!.contextActivities!.category = [{ id: MOVEON_CATEGORY }]),
      /completed.*lacks the cmi5 category/,
    );
    expectViolation((s) => void (s[3].result = { duration: 'PT1M' }), /lacks result.completion true/);
    expectViolation((s) => void (s[3].result = { completion: true }), /completed.*lacks result.duration/);
    expectViolation((s) => void (s[3].result = { completion: true, success: true, duration: 'PT1M' }), /carries result.success/);
  });

  it('wants terminated last, once, with a duration, and nothing after it', () => {
    expectViolation((s) => s.slice(0, 4), /no terminated statement/);
    expectViolation((s) => [...s, statement('answered')], /"answered begrijpen_1" is sent after terminated/);
    expectViolation((s) => [...s, { ...s[4], id: '00000000-0000-4000-8000-0000000000cc' }], /terminated is sent 2 times/);
    expectViolation((s) => void delete s[4].result, /terminated.*lacks result.duration/);
  });

  it('wants the registration, the session id and the context template in every statement', () => {
    expectViolation((s) => void (s[1].context!.registration = '00000000-0000-4000-8000-000000000000'), /statement 1 .*registration is/);
    expectViolation((s) => void delete s[2].context!.extensions, /statement 2 .*lacks the session id/);
    expectViolation((s) => void (s[0].context!.extensions = { [SESSION_ID_EXTENSION]: 'session-0' }), /statement 0 .*lacks the session id/);
    expectViolation((s) => void (s[4].context!.contextActivities!.grouping = []), /statement 4 .*lacks the publisher id/);
    const withOther: Context = {
      ...template,
      contextActivities: { ...template.contextActivities, other: [{ id: 'https://lms.example.com/course/1' }] },
    };
    expectViolation(() => undefined, /lacks the contextTemplate's other activity/, { contextTemplate: withOther });
  });

  it('wants cmi5 defined statements about the AU, with the cmi5 category', () => {
    expectViolation((s) => void (s[0].object = { objectType: 'Activity', id: `${AU}/other` }), /initialized.*not the AU/);
    expectViolation((s) => void (s[4].context!.contextActivities!.category = []), /terminated.*lacks the cmi5 category/);
    expectViolation(
      (s) => void s[0].context!.contextActivities!.category!.push({ id: MOVEON_CATEGORY }),
      /initialized.*moveon category without success/,
    );
    expectViolation((s) => void (s[0].result = { score: { scaled: 1 } }), /initialized.*carries result.score/);
  });

  it('wants other statements without the cmi5 category and with the AU as parent', () => {
    expectViolation((s) => void (s[2].context!.contextActivities!.category = [{ id: CMI5_CATEGORY }]), /scored.*carries the cmi5 category/);
    expectViolation(
      (s) => void (s[1].context!.contextActivities!.category = [{ id: MOVEON_CATEGORY }]),
      /answered.*carries the moveon category/,
    );
    expectViolation((s) => void delete s[1].context!.contextActivities!.parent, /answered.*lacks the AU as contextActivities.parent/);
  });

  it('wants UUIDs and UTC timestamps that never go back', () => {
    expectViolation((s) => void (s[1].id = 'answer-1'), /statement 1 .*no UUID id/);
    expectViolation((s) => void delete s[2].timestamp, /statement 2 .*no timestamp/);
    expectViolation((s) => void (s[2].timestamp = '2025-01-01T10:00:03+01:00'), /not in UTC/);
    expectViolation((s) => void (s[3].timestamp = '2025-01-01T08:59:00.000Z'), /statement 3 .*timestamp .* is before/);
  });

  it('refuses completed, passed and failed in Browse and Review, and passed with failed', () => {
    expectViolation(() => undefined, /completed .* is sent in Browse mode/, { launchMode: 'Browse' });
    expectViolation(() => undefined, /completed .* is sent in Review mode/, { launchMode: 'Review' });
    const judged = (name: string, success: boolean) => statement(name, { result: { success, duration: 'PT1M' } }, [MOVEON_CATEGORY]);
    expectViolation((s) => [s[0], judged('failed', false), judged('passed', true), s[4]], /both passed and failed/);
    expectViolation((s) => [s[0], judged('passed', false), s[4]], /passed.*lacks result.success true/);
  });
});
