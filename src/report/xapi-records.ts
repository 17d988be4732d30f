/**
 * xAPI statements (as the package sends them, src/tracking/xapi/statements.ts)
 * to attempt records, one statement at a time so that pages of an LRS can be
 * dropped once read: memory grows with learners, not with statements. An
 * attempt is a registration; its answers are the latest `answered` statement
 * per statement activity (`<activity>/statement/<id>`, response = answer id);
 * it is completed with a `completed` statement about the package.
 */
import type { Statement } from '@xapi/xapi';
import type { StatementId } from '../content/types.js';
import { STATEMENT_IDS, type AnswerValue } from '../model/scoring.js';
import { answerValueOf } from './answers.js';
import type { AnswerProblem, AttemptRecord } from './types.js';

const ANSWERED = 'http://adlnet.gov/expapi/verbs/answered';
const COMPLETED = 'http://adlnet.gov/expapi/verbs/completed';
const STATEMENT_OBJECT = /\/statement\/((?:begrijpen|willen|kunnen)_[1-4])$/;

interface AttemptState {
  actor: string;
  registration: string;
  answers: Partial<Record<StatementId, { value: AnswerValue; at: number }>>;
  problem?: AnswerProblem;
  completedAt: number | null;
  firstAt: number;
}

export class XapiAttempts {
  readonly #attempts = new Map<string, AttemptState>();
  /** Statements seen (for the report's row count). */
  statements = 0;

  /** @param activityId the package's activity id, the object of its `completed` statements */
  constructor(readonly activityId: string) {}

  add(statement: Statement): void {
    this.statements++;
    const actor = actorKey(statement.actor);
    if (actor === null) return;
    const at = Date.parse(statement.timestamp ?? statement.stored ?? '') || 0;
    const registration = statement.context?.registration ?? '';
    const key = `${actor}\u0000${registration}`;
    let attempt = this.#attempts.get(key);
    if (!attempt) {
      attempt = { actor, registration, answers: {}, completedAt: null, firstAt: at };
      this.#attempts.set(key, attempt);
    }
    attempt.firstAt = Math.min(attempt.firstAt, at);
    const verb = statement.verb.id;
    const objectId = 'id' in statement.object && typeof statement.object.id === 'string' ? statement.object.id : '';
    if (verb === COMPLETED && objectId === this.activityId) {
      attempt.completedAt = Math.max(attempt.completedAt ?? 0, at);
    }
    const statementId = STATEMENT_OBJECT.exec(objectId)?.[1] as StatementId | undefined;
    if (verb === ANSWERED && statementId) {
      const value = answerValueOf(statement.result?.response ?? null);
      if (value === null || value === undefined) attempt.problem = 'unreadable';
      else if ((attempt.answers[statementId]?.at ?? -Infinity) <= at) attempt.answers[statementId] = { value, at };
    }
  }

  records(): AttemptRecord[] {
    return [...this.#attempts.values()].map((attempt) => {
      const complete = STATEMENT_IDS.every((id) => attempt.answers[id] !== undefined);
      const answers = complete
        ? (Object.fromEntries(STATEMENT_IDS.map((id) => [id, attempt.answers[id]?.value])) as Record<StatementId, AnswerValue>)
        : undefined;
      const completed = attempt.completedAt !== null;
      return {
        identity: { actor: attempt.actor },
        status: completed ? 'completed' : 'in-progress',
        order: attempt.completedAt ?? attempt.firstAt,
        ...(attempt.firstAt > 0 && { startedAt: new Date(attempt.firstAt).toISOString() }),
        ...(attempt.completedAt && { completedAt: new Date(attempt.completedAt).toISOString() }),
        ...(attempt.registration && { registration: attempt.registration }),
        ...(completed && answers && !attempt.problem && { answers }),
        ...(completed && attempt.problem && { problem: attempt.problem }),
      };
    });
  }
}

/** A stable key for an Agent's inverse functional identifier; null for a Group or none. */
function actorKey(actor: Statement['actor']): string | null {
  if (actor.objectType === 'Group') return null;
  if (actor.mbox) return `mbox:${actor.mbox.toLowerCase()}`;
  if (actor.mbox_sha1sum) return `sha1:${actor.mbox_sha1sum}`;
  if (actor.openid) return `openid:${actor.openid}`;
  if (actor.account) return `account:${actor.account.homePage} ${actor.account.name}`;
  return null;
}
