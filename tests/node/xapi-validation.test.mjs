// @ts-check
// Every statement the package can send, in plain xAPI and in cmi5, passes
// Learning Locker's xAPI statement validation (xapi-validation).
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { importTs } from './helpers/import-ts.mjs';

const require = createRequire(import.meta.url);
/** @type {(statement: unknown) => Array<{ path: string[], name: string, typeName?: string, data: unknown }>} */
const validateStatement = require('xapi-validation').default;

const STATEMENT_IDS = ['begrijpen', 'willen', 'kunnen'].flatMap((pillar) => [1, 2, 3, 4].map((n) => `${pillar}_${n}`));
const ANSWER_IDS = ['helemaal_oneens', 'oneens', 'eens', 'helemaal_eens'];
const PILLAR_IDS = ['begrijpen', 'willen', 'kunnen'];
const WATCH_URL = 'https://www.youtube.com/watch?v=2sDHTPI44tM';

/** @type {Record<string, Function>} */
let builders = {};

before(async () => {
  builders = /** @type {Record<string, Function>} */ (await importTs('src/tracking/xapi/statements.ts', { external: ['@xapi/xapi'] }));
});

/** @param {boolean} cmi5 @param {string | null} registration */
function makeContext(cmi5, registration) {
  let count = 0;
  return {
    actor: cmi5
      ? { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'learner-1' } }
      : { objectType: 'Agent', name: 'Leerling', mbox: 'mailto:leerling@example.org' },
    activityId: cmi5 ? 'https://lms.example.org/cmi5/au/8f1c' : 'https://lectoraatschuldenincasso.nl/xapi/wed-zelfassessment',
    registration,
    cmi5,
    ...(cmi5
      ? {
          contextTemplate: {
            contextActivities: { grouping: [{ objectType: 'Activity', id: 'https://publisher.example.org/wed/au' }] },
            extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'c0ffee00-1111-4222-8333-444455556666' },
          },
        }
      : {}),
    newId: () => `00000000-0000-4000-8000-${String(++count).padStart(12, '0')}`,
    now: () => new Date(Date.UTC(2025, 0, 2, 3, 4, 5, 6)),
  };
}

/** Twelve answers cycling through the scale, shifted so each statement gets each answer across the shifts. */
function answersShiftedBy(/** @type {number} */ shift) {
  return Object.fromEntries(STATEMENT_IDS.map((id, i) => [id, ANSWER_IDS[(i + shift) % 4]]));
}

/** @param {ReturnType<typeof makeContext>} ctx @returns {Array<[string, unknown]>} */
function everyStatement(ctx) {
  const b = builders;
  /** @type {Array<[string, unknown]>} */
  const statements = [
    ['initialized', b.initializedStatement(ctx)],
    ['experienced video', b.videoExperiencedStatement(ctx, WATCH_URL)],
    ['terminated', b.terminatedStatement(ctx, 3_723_456)],
    ['terminated after 0 ms', b.terminatedStatement(ctx, 0)],
  ];
  for (const id of STATEMENT_IDS) {
    for (const answer of ANSWER_IDS) statements.push([`answered ${id} ${answer}`, b.answeredStatement(ctx, id, answer)]);
  }
  for (let shift = 0; shift < 4; shift++) {
    const answers = answersShiftedBy(shift);
    for (const pillar of PILLAR_IDS) statements.push([`scored ${pillar} (${shift})`, b.pillarScoredStatement(ctx, pillar, answers)]);
    statements.push([`scored overall (${shift})`, b.overallScoredStatement(ctx, answers)]);
    statements.push([`completed (${shift})`, b.completedStatement(ctx, 1_234_567, answers)]);
  }
  statements.push(['completed, not all answered', b.completedStatement(ctx, 60_000, { begrijpen_1: 'eens' })]);
  return statements;
}

/** @param {ReturnType<typeof validateStatement>} warnings */
function describeWarnings(warnings) {
  return warnings
    .map((w) => `${w.path.join('.')}: ${w.name}${w.typeName ? ` (${w.typeName})` : ''}, got ${JSON.stringify(w.data)}`)
    .join('\n');
}

const MODES = [
  { name: 'plain xAPI with registration', cmi5: false, registration: '6a7f0c1e-3b2d-4e5f-8a9b-0c1d2e3f4a5b' },
  { name: 'plain xAPI without registration', cmi5: false, registration: null },
  { name: 'cmi5', cmi5: true, registration: '6a7f0c1e-3b2d-4e5f-8a9b-0c1d2e3f4a5b' },
];

for (const mode of MODES) {
  test(`every statement is valid xAPI (${mode.name})`, () => {
    const statements = everyStatement(makeContext(mode.cmi5, mode.registration));
    assert.equal(statements.length, 4 + 12 * 4 + 4 * 5 + 1);
    for (const [label, statement] of statements) {
      assert.ok(statement, `${label}: no statement built`);
      const warnings = validateStatement(statement);
      assert.equal(warnings.length, 0, `${label} is not valid xAPI:\n${describeWarnings(warnings)}`);
    }
  });
}

test('the validator rejects a broken statement (it really runs)', () => {
  const valid = /** @type {{ verb: { id: string } }} */ (builders.initializedStatement(makeContext(false, null)));
  assert.equal(validateStatement(valid).length, 0);
  const broken = { ...valid, verb: { ...valid.verb, id: 'initialized' } };
  const warnings = validateStatement(broken);
  assert.ok(warnings.length > 0, 'a verb id that is not an IRI passed validation');
  assert.deepEqual(warnings[0].path, ['statement', 'verb', 'id']);
});

test('the validator checks deep inside a statement (interaction type, scale languages)', () => {
  const answered = /** @type {{ object: { definition: { interactionType: string, scale: Array<{ description: object }> } } }} */ (
    builders.answeredStatement(makeContext(true, '6a7f0c1e-3b2d-4e5f-8a9b-0c1d2e3f4a5b'), 'kunnen_1', 'eens')
  );
  const broken = JSON.parse(JSON.stringify(answered));
  broken.object.definition.interactionType = 'agree-scale';
  broken.object.definition.scale[0].description = { 'not a language!': 'helemaal oneens' };
  const paths = validateStatement(broken).map((w) => w.path.join('.'));
  assert.ok(paths.includes('statement.object.definition.interactionType'), paths.join(', '));
  assert.ok(paths.includes('statement.object.definition.scale.0.description'), paths.join(', '));
});
