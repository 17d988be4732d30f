import { expect } from '@open-wc/testing';
import type { Activity, Context, Statement } from '@xapi/xapi';
import englishAssessment from '../../content/en/assessment.json';
import englishIntro from '../../content/en/intro.json';
import { config } from '../../src/content/config.js';
import { pillarById, statementById } from '../../src/content/content.js';
import { PILLAR_IDS, type AnswerId, type AssessmentContent } from '../../src/content/types.js';
import { STATEMENT_IDS, type Answers } from '../../src/model/scoring.js';
import type { AssessmentState } from '../../src/model/state.js';
import {
  answeredStatement,
  completedStatement,
  initializedStatement,
  overallScoredStatement,
  pillarScoredStatement,
  terminatedStatement,
  videoExperiencedStatement,
  type StatementContext,
} from '../../src/tracking/xapi/statements.js';
import { answersFromValues } from '../helpers/answers.js';
import { TEXTS } from '../helpers/texts.js';

const { content: assessment } = TEXTS.nl;

const AU = 'https://lms.example.org/cmi5/au/8f1c';
const PACKAGE = 'https://lms.example.org/xapi/activity/77';
const REGISTRATION = '6a7f0c1e-3b2d-4e5f-8a9b-0c1d2e3f4a5b';
const SESSION_ID = 'c0ffee00-1111-4222-8333-444455556666';
const SESSION_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const PUBLISHER_ID = 'https://publisher.example.org/wed-zelfassessment/au';
const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const NEEDS_ATTENTION = 'https://lectoraatschuldenincasso.nl/xapi/wed-zelfassessment/extensions/needs-attention';
const NOW = new Date(Date.UTC(2025, 0, 2, 3, 4, 5, 6));
const PLAN_MARKER = 'PLAN-MARKER-7d1e-never-reported';

/** The English texts, straight from content/en: every definition carries them next to the Dutch. */
const ENGLISH = { ...englishIntro, ...englishAssessment } as unknown as AssessmentContent;

const ACTOR = { objectType: 'Agent' as const, account: { homePage: 'https://lms.example.org', name: 'learner-1' } };

function cmi5Template(): Context {
  return {
    contextActivities: { grouping: [{ objectType: 'Activity', id: PUBLISHER_ID }] },
    extensions: { [SESSION_EXTENSION]: SESSION_ID },
  };
}

function makeContext(cmi5: boolean, registration: string | null = REGISTRATION): StatementContext {
  let count = 0;
  return {
    actor: ACTOR,
    activityId: cmi5 ? AU : PACKAGE,
    registration,
    cmi5,
    ...(cmi5 ? { contextTemplate: cmi5Template() } : {}),
    newId: () => `00000000-0000-4000-8000-${String(++count).padStart(12, '0')}`,
    now: () => NOW,
  };
}

// begrijpen 3,3,3,3 → 67; willen 4,4,4,3 → 92; kunnen 2,1,3,3 → 42 (needs attention); overall 36 → 67.
const ANSWERS = answersFromValues([3, 3, 3, 3, 4, 4, 4, 3, 2, 1, 3, 3]);
const EXPECTED_PILLARS = [
  { pillar: 'begrijpen', raw: 67, scaled: 0.67, attention: false },
  { pillar: 'willen', raw: 92, scaled: 0.92, attention: false },
  { pillar: 'kunnen', raw: 42, scaled: 0.42, attention: true },
] as const;

const ids = (list: Activity[] | undefined) => (list ?? []).map((activity) => activity.id);
const categories = (statement: Statement) => ids(statement.context?.contextActivities?.category);

/** Every statement the package can send, named by what is cmi5 defined. */
function everyStatement(ctx: StatementContext, answers: Answers): { statement: Statement; cmi5Defined: boolean }[] {
  const allowed = [
    ...STATEMENT_IDS.map((id) => answeredStatement(ctx, id, answers[id] ?? 'eens')),
    ...PILLAR_IDS.map((pillar) => pillarScoredStatement(ctx, pillar, answers)),
    overallScoredStatement(ctx, answers),
    videoExperiencedStatement(ctx, config.video.watchUrl),
  ];
  const defined = [initializedStatement(ctx), completedStatement(ctx, 90_000, answers), terminatedStatement(ctx, 125_500)];
  return [
    ...allowed.map((statement) => ({ statement: statement!, cmi5Defined: false })),
    ...defined.map((statement) => ({ statement, cmi5Defined: true })),
  ];
}

for (const cmi5 of [false, true]) {
  const mode = cmi5 ? 'cmi5' : 'xAPI';
  const activityId = cmi5 ? AU : PACKAGE;

  describe(`xAPI statements (${mode})`, () => {
    it('gives every statement an id from newId, a UTC timestamp with ms, the actor, a verb in en-US and nl-NL, registration and nl-NL', () => {
      everyStatement(makeContext(cmi5), ANSWERS).forEach(({ statement }, i) => {
        expect(statement.id).to.equal(`00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`);
        expect(statement.timestamp).to.equal('2025-01-02T03:04:05.006Z');
        expect(statement.actor).to.deep.equal(ACTOR);
        expect(statement.verb.id).to.match(/^http:\/\/adlnet\.gov\/expapi\/verbs\/[a-z]+$/);
        expect(Object.keys(statement.verb.display ?? {})).to.have.members(['en-US', 'nl-NL']);
        expect(statement.context?.registration).to.equal(REGISTRATION);
        expect(statement.context?.language).to.equal('nl-NL');
      });
    });

    it('answered: the statement as a likert interaction under the package, grouped by its pillar', () => {
      const statement = answeredStatement(makeContext(cmi5), 'kunnen_2', 'helemaal_oneens');
      expect(statement.verb.id).to.equal('http://adlnet.gov/expapi/verbs/answered');
      expect(statement.object).to.deep.equal({
        objectType: 'Activity',
        id: `${activityId}/statement/kunnen_2`,
        definition: {
          type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
          interactionType: 'likert',
          name: {
            'nl-NL': statementById('kunnen_2', TEXTS.nl.content).statement.text,
            'en-US': statementById('kunnen_2', ENGLISH).statement.text,
          },
          description: {
            'nl-NL': statementById('kunnen_2', TEXTS.nl.content).statement.text,
            'en-US': statementById('kunnen_2', ENGLISH).statement.text,
          },
          scale: [
            { id: 'helemaal_oneens', description: { 'en-US': 'strongly disagree', 'nl-NL': 'helemaal oneens' } },
            { id: 'oneens', description: { 'en-US': 'disagree', 'nl-NL': 'oneens' } },
            { id: 'eens', description: { 'en-US': 'agree', 'nl-NL': 'eens' } },
            { id: 'helemaal_eens', description: { 'en-US': 'strongly agree', 'nl-NL': 'helemaal eens' } },
          ],
        },
      });
      expect(statement.result).to.deep.equal({ response: 'helemaal_oneens' });
      expect(ids(statement.context?.contextActivities?.parent)).to.deep.equal([activityId]);
      expect(ids(statement.context?.contextActivities?.grouping)).to.include(`${activityId}/pillar/kunnen`);
    });

    it('answered: the response is the answer id for every statement and answer', () => {
      for (const id of STATEMENT_IDS) {
        for (const answer of ['helemaal_oneens', 'oneens', 'eens', 'helemaal_eens'] as AnswerId[]) {
          const statement = answeredStatement(makeContext(cmi5), id, answer);
          expect(statement.object).to.include({ id: `${activityId}/statement/${id}` });
          expect(statement.result?.response).to.equal(answer);
        }
      }
    });

    for (const { pillar, raw, scaled, attention } of EXPECTED_PILLARS) {
      it(`scored: pillar ${pillar} → ${raw}, scaled ${scaled}, needs attention ${attention}`, () => {
        const statement = pillarScoredStatement(makeContext(cmi5), pillar, ANSWERS)!;
        expect(statement.verb.id).to.equal('http://adlnet.gov/expapi/verbs/scored');
        expect(statement.object).to.deep.equal({
          objectType: 'Activity',
          id: `${activityId}/pillar/${pillar}`,
          definition: {
            type: 'http://adlnet.gov/expapi/activities/objective',
            name: { 'nl-NL': pillarById(pillar, TEXTS.nl.content).name, 'en-US': pillarById(pillar, ENGLISH).name },
            description: { 'nl-NL': pillarById(pillar, TEXTS.nl.content).question, 'en-US': pillarById(pillar, ENGLISH).question },
          },
        });
        expect(statement.result).to.deep.equal({
          score: { scaled, raw, min: 0, max: 100 },
          extensions: { [NEEDS_ATTENTION]: attention },
        });
        expect(ids(statement.context?.contextActivities?.parent)).to.deep.equal([activityId]);
      });
    }

    it('scored: no pillar statement until its four are answered, no overall until all twelve are', () => {
      const partial = answersFromValues([3, 3, 3, 3, 4, 4, 4, 3, 2, 1, 3, 0]);
      expect(pillarScoredStatement(makeContext(cmi5), 'kunnen', partial)).to.equal(null);
      expect(pillarScoredStatement(makeContext(cmi5), 'willen', partial)).not.to.equal(null);
      expect(overallScoredStatement(makeContext(cmi5), partial)).to.equal(null);
    });

    it('scored: the overall score about the package itself', () => {
      const statement = overallScoredStatement(makeContext(cmi5), ANSWERS)!;
      expect(statement.object).to.include({ id: activityId });
      expect(statement.result).to.deep.equal({ score: { scaled: 0.67, raw: 67, min: 0, max: 100 } });
      // cmi5 wants every allowed statement under the AU; plain xAPI needs no parent for the package itself.
      expect(ids(statement.context?.contextActivities?.parent)).to.deep.equal(cmi5 ? [AU] : []);
    });

    it('experienced: the video of step 1 with its watch URL', () => {
      const statement = videoExperiencedStatement(makeContext(cmi5), config.video.watchUrl);
      expect(statement.verb.id).to.equal('http://adlnet.gov/expapi/verbs/experienced');
      expect(statement.object).to.deep.equal({
        objectType: 'Activity',
        id: `${activityId}/video`,
        definition: {
          type: 'https://w3id.org/xapi/video/activity-type/video',
          name: { 'nl-NL': assessment.video.heading, 'en-US': ENGLISH.video.heading },
          moreInfo: config.video.watchUrl,
        },
      });
      expect(ids(statement.context?.contextActivities?.parent)).to.deep.equal([activityId]);
    });

    it('initialized and terminated: about the package, terminated with the session duration', () => {
      const initialized = initializedStatement(makeContext(cmi5));
      const terminated = terminatedStatement(makeContext(cmi5), 125_500);
      expect(initialized.verb.id).to.equal('http://adlnet.gov/expapi/verbs/initialized');
      expect(terminated.verb.id).to.equal('http://adlnet.gov/expapi/verbs/terminated');
      expect(initialized.object).to.include({ id: activityId });
      expect(terminated.object).to.include({ id: activityId });
      expect(initialized.result).to.equal(undefined);
      expect(terminated.result).to.deep.equal({ duration: 'PT2M5.5S' });
    });

    it('leaves out the plan texts, even when handed the whole state', () => {
      const state: AssessmentState = {
        screen: 'done',
        reached: 'done',
        videoWatched: true,
        answers: ANSWERS,
        analysisSeen: true,
        chosenPillar: 'kunnen',
        finished: true,
        language: null,
        plan: {
          improvement: PLAN_MARKER,
          needs: PLAN_MARKER,
          timeline: PLAN_MARKER,
          planDate: '2025-06-01',
          actions: [{ id: 'a1', text: PLAN_MARKER, date: '2025-06-01' }],
        },
      };
      const careless = { ...state, ...state.answers } as unknown as Answers;
      for (const answers of [state.answers, careless]) {
        for (const { statement } of everyStatement(makeContext(cmi5), answers)) {
          expect(JSON.stringify(statement)).not.to.include(PLAN_MARKER);
        }
      }
    });
  });
}

describe('xAPI statements: the learner’s language', () => {
  it('says in context.language which language the learner works in; names stay in every language', () => {
    const english = answeredStatement({ ...makeContext(false), language: 'en-US' }, 'kunnen_2', 'eens');
    const dutch = answeredStatement(makeContext(false), 'kunnen_2', 'eens');
    expect(english.context?.language).to.equal('en-US');
    expect(dutch.context?.language).to.equal('nl-NL');
    expect(english.object).to.deep.equal(dutch.object);
    expect(english.result).to.deep.equal(dutch.result);
  });

  it('takes the English answer labels from content/en', () => {
    const statement = answeredStatement(makeContext(false), 'kunnen_2', 'eens');
    const scale = (statement.object as { definition: { scale: Array<{ description: Record<string, string> }> } }).definition.scale;
    expect(scale.map((option) => option.description['en-US'])).to.deep.equal(ENGLISH.scale.map((option) => option.label));
  });
});

describe('xAPI statements: plain xAPI', () => {
  it('completed: the course, with completion, duration and the overall score', () => {
    const statement = completedStatement(makeContext(false), 90_000, ANSWERS);
    expect(statement.verb.id).to.equal('http://adlnet.gov/expapi/verbs/completed');
    expect(statement.object).to.deep.equal({
      objectType: 'Activity',
      id: PACKAGE,
      definition: { type: 'http://adlnet.gov/expapi/activities/course', name: { 'nl-NL': assessment.title, 'en-US': ENGLISH.title } },
    });
    expect(statement.result).to.deep.equal({
      score: { scaled: 0.67, raw: 67, min: 0, max: 100 },
      completion: true,
      duration: 'PT1M30S',
    });
  });

  it('completed: no score while answers are missing', () => {
    const statement = completedStatement(makeContext(false), 3_723_000, answersFromValues([3, 3, 3, 3, 4, 4, 4, 3, 2, 1, 3, 0]));
    expect(statement.result).to.deep.equal({ completion: true, duration: 'PT1H2M3S' });
  });

  it('has no cmi5 category, template or session id anywhere', () => {
    for (const { statement } of everyStatement(makeContext(false), ANSWERS)) {
      expect(categories(statement)).to.deep.equal([]);
      expect(statement.context?.extensions).to.equal(undefined);
    }
  });

  it('leaves out registration when the launch had none', () => {
    for (const { statement } of everyStatement(makeContext(false, null), ANSWERS)) {
      expect(statement.context).not.to.have.property('registration');
    }
  });
});

describe('xAPI statements: cmi5', () => {
  it('completed: the AU with completion and duration, never a score, with the cmi5 and moveOn categories', () => {
    const statement = completedStatement(makeContext(true), 90_000, ANSWERS);
    expect(statement.object).to.deep.equal({
      objectType: 'Activity',
      id: AU,
      definition: { name: { 'nl-NL': assessment.title, 'en-US': ENGLISH.title } },
    });
    expect(statement.result).to.deep.equal({ completion: true, duration: 'PT1M30S' });
    expect(categories(statement)).to.have.members([CMI5, MOVEON]);
  });

  it('puts the cmi5 category on initialized, completed and terminated only, moveOn on completed only, the AU as parent of the rest', () => {
    for (const { statement, cmi5Defined } of everyStatement(makeContext(true), ANSWERS)) {
      const verb = statement.verb.id.split('/').pop();
      const expected = !cmi5Defined ? [] : verb === 'completed' ? [CMI5, MOVEON] : [CMI5];
      expect(categories(statement), verb).to.have.members(expected);
      if (cmi5Defined) expect(statement.object).to.include({ id: AU });
      else expect(ids(statement.context?.contextActivities?.parent), verb).to.deep.equal([AU]);
    }
  });

  it('merges the context template into every statement: session id, publisher grouping, registration', () => {
    for (const { statement } of everyStatement(makeContext(true), ANSWERS)) {
      expect(statement.context?.extensions).to.deep.equal({ [SESSION_EXTENSION]: SESSION_ID });
      expect(ids(statement.context?.contextActivities?.grouping)).to.include(PUBLISHER_ID);
      expect(statement.context?.registration).to.equal(REGISTRATION);
    }
  });

  it('never overwrites a template value and never changes the template', () => {
    const template: Context = {
      ...cmi5Template(),
      registration: REGISTRATION,
      contextActivities: {
        grouping: [{ objectType: 'Activity', id: PUBLISHER_ID }],
        other: [{ objectType: 'Activity', id: 'https://lms.example.org/course/1' }],
      },
      extensions: { [SESSION_EXTENSION]: SESSION_ID, 'https://lms.example.org/ext/tenant': 'a' },
    };
    const before = JSON.stringify(template);
    const ctx = { ...makeContext(true), contextTemplate: template };
    const statement = answeredStatement(ctx, 'begrijpen_1', 'eens');
    expect(statement.context?.extensions).to.deep.equal(template.extensions);
    expect(ids(statement.context?.contextActivities?.grouping)).to.deep.equal([PUBLISHER_ID, `${AU}/pillar/begrijpen`]);
    expect(ids(statement.context?.contextActivities?.other)).to.deep.equal(['https://lms.example.org/course/1']);
    expect(JSON.stringify(template)).to.equal(before);
  });

  it('reads a template list given as a single activity, as xAPI allows', () => {
    const template = { ...cmi5Template(), contextActivities: { grouping: { objectType: 'Activity', id: PUBLISHER_ID } } };
    const ctx = { ...makeContext(true), contextTemplate: template as unknown as Context };
    const statement = initializedStatement(ctx);
    expect(ids(statement.context?.contextActivities?.grouping)).to.deep.equal([PUBLISHER_ID]);
  });
});
