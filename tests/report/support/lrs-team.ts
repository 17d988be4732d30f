/**
 * A team's xAPI statements made with the package's own statement builders
 * (src/tracking/xapi/statements.ts), for the LRS tests of the team report:
 * per learner a session with the twelve answers, the pillar scores and
 * `completed`; some learners change an answer, one completes twice, one
 * stops halfway. Returns the statements and each counted learner's answers.
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

export interface TeamStatements {
  statements: Statement[];
  /** The answers (values 1–4) that count: each completed learner's latest completed attempt. */
  counted: number[][];
  learners: number;
  inProgress: number;
}

/** Deterministic answer values for learner i, statement j. */
const valueFor = (i: number, j: number) => ((i * 7 + j * 3 + (i % 3) * j) % 4) + 1;

export function teamStatements(learners: number, start = Date.UTC(2026, 0, 5, 9)): TeamStatements {
  let clock = start;
  const statements: Statement[] = [];
  const counted: number[][] = [];
  let inProgress = 0;
  for (let i = 0; i < learners; i++) {
    const ctx: StatementContext = {
      actor: { objectType: 'Agent', name: `Deelnemer ${i}`, mbox: `mailto:deelnemer${i}@example.org` },
      activityId: config.activityIri,
      registration: uuid(),
      cmi5: false,
      newId: uuid,
      now: () => new Date((clock += 1000)),
    };
    const values = STATEMENT_IDS.map((_, j) => valueFor(i, j));
    const stopsHalfway = i % 10 === 9;
    const completesTwice = i % 10 === 4;
    const changesAnswer = i % 5 === 1;
    if (completesTwice) {
      // A first attempt with other answers: it must not count.
      session(
        statements,
        { ...ctx, registration: uuid() },
        values.map((v) => 5 - v),
        true,
      );
    }
    const answered = stopsHalfway ? 6 : 12;
    session(statements, ctx, values.slice(0, answered), false);
    if (changesAnswer) {
      values[0] = values[0] === 1 ? 4 : 1;
      statements.push(answeredStatement(ctx, STATEMENT_IDS[0], ANSWER_IDS[values[0] - 1]));
    }
    if (stopsHalfway) {
      inProgress++;
      continue;
    }
    statements.push(completedStatement(ctx, 600_000, answersOf(values)));
    counted.push(values);
  }
  return { statements, counted, learners, inProgress };
}

function session(out: Statement[], ctx: StatementContext, values: number[], complete: boolean): void {
  out.push(initializedStatement(ctx));
  values.forEach((value, j) => out.push(answeredStatement(ctx, STATEMENT_IDS[j], ANSWER_IDS[value - 1])));
  const answers = answersOf(values);
  for (const pillar of PILLAR_IDS) {
    const scored = pillarScoredStatement(ctx, pillar, answers);
    if (scored) out.push(scored);
  }
  if (complete) out.push(completedStatement(ctx, 300_000, answers));
}

function answersOf(values: readonly number[]): Answers {
  const answers: Answers = {};
  values.forEach((value, j) => (answers[STATEMENT_IDS[j]] = ANSWER_IDS[value - 1]));
  return answers;
}
