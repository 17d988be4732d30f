/**
 * A team's xAPI statements over two moments, made with the package's own
 * statement builders (src/tracking/xapi/statements.ts), for the LRS tests of
 * the report's comparison: six learners complete a registration in February
 * 2026 and another in May 2026; a seventh completes only in May; an eighth
 * starts in May and stops halfway. Returns the statements, each moment's
 * registrations and the answers (values 1–4) that should count.
 */
import type { Statement } from '@xapi/xapi';
import { config } from '../../../src/content/config.js';
import { ANSWER_IDS, PILLAR_IDS } from '../../../src/content/types.js';
import { STATEMENT_IDS, type Answers } from '../../../src/model/scoring.js';
import {
  answeredStatement,
  completedStatement,
  initializedStatement,
  pillarScoredStatement,
  type StatementContext,
} from '../../../src/tracking/xapi/statements.js';
import { uuid } from '../../../src/tracking/xapi/uuid.js';

export interface TwoMoments {
  statements: Statement[];
  registrations: { then: string[]; now: string[] };
  /** Per learner (index) the answers of February and of May; null: none that count. */
  answers: Array<{ then: number[] | null; now: number[] | null }>;
}

const valueFor = (i: number, j: number) => ((i * 5 + j * 3 + (i % 2) * j) % 3) + 1;
/** After the training: one step up on kunnen (the last four), the rest as before, except learner 2 on willen. */
const laterValue = (i: number, j: number, v: number) => (j >= 8 ? Math.min(4, v + 1) : i === 2 && j >= 4 ? Math.max(1, v - 1) : v);

export function twoMoments(): TwoMoments {
  const statements: Statement[] = [];
  const result: TwoMoments = { statements, registrations: { then: [], now: [] }, answers: [] };
  for (let i = 0; i < 8; i++) {
    const actor = { objectType: 'Agent' as const, name: `Deelnemer ${i}`, mbox: `mailto:deelnemer${i}@example.org` };
    const before = STATEMENT_IDS.map((_, j) => valueFor(i, j));
    const after = before.map((v, j) => laterValue(i, j, v));
    const entry: TwoMoments['answers'][number] = { then: null, now: null };
    if (i < 6) {
      result.registrations.then.push(session(statements, actor, Date.UTC(2026, 1, 2 + i, 9), before, true));
      entry.then = before;
    }
    const completes = i < 7;
    result.registrations.now.push(
      session(statements, actor, Date.UTC(2026, 4, 4 + i, 13), completes ? after : after.slice(0, 6), completes),
    );
    if (completes) entry.now = after;
    result.answers.push(entry);
  }
  return result;
}

function session(out: Statement[], actor: StatementContext['actor'], start: number, values: number[], complete: boolean): string {
  let clock = start;
  const ctx: StatementContext = {
    actor,
    activityId: config.activityIri,
    registration: uuid(),
    cmi5: false,
    newId: uuid,
    now: () => new Date((clock += 1000)),
  };
  out.push(initializedStatement(ctx));
  values.forEach((value, j) => out.push(answeredStatement(ctx, STATEMENT_IDS[j], ANSWER_IDS[value - 1])));
  if (!complete) return ctx.registration;
  const answers: Answers = {};
  values.forEach((value, j) => (answers[STATEMENT_IDS[j]] = ANSWER_IDS[value - 1]));
  for (const pillar of PILLAR_IDS) {
    const scored = pillarScoredStatement(ctx, pillar, answers);
    if (scored) out.push(scored);
  }
  out.push(completedStatement(ctx, 300_000, answers));
  return ctx.registration;
}
