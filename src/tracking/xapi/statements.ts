/**
 * Every xAPI statement the package sends, for plain xAPI and for cmi5, as pure
 * builders. Builders receive answers only: reflections (plan texts) can never
 * end up in a statement.
 *
 * cmi5 (AICC/ADL cmi5 spec): initialized, completed and terminated are "cmi5
 * defined" (object the AU, cmi5 category, completed also moveOn, no score);
 * answered, scored and experienced are "cmi5 allowed" (no cmi5 category,
 * the AU as parent). Both kinds carry the LMS's context template, which is never overwritten.
 */
import type { Activity, Actor, Context, Result, ResultScore, Statement, StatementObject, Verb } from '@xapi/xapi';
import type { AnswerId, PillarId, StatementId } from '../../content/types.js';
import { needsAttention, overallScore, pillarOf, pillarScore, type Answers } from '../../model/scoring.js';
import { isoDuration } from '../iso-duration.js';
import { CONTENT_LANGUAGE, packageActivity, pillarActivity, statementActivity, videoActivity } from './activities.js';
import { CMI5_CATEGORY, MOVEON_CATEGORY, NEEDS_ATTENTION_EXTENSION, VERBS } from './vocabulary.js';

export interface StatementContext {
  actor: Actor;
  /** The package's activity (xAPI launch activity_id, cmi5 AU id, or config.activityIri). */
  activityId: string;
  registration: string | null;
  /** cmi5 only: LaunchData.contextTemplate (includes the session id extension); merged into every statement's context. */
  contextTemplate?: Context;
  cmi5: boolean;
  /** The language the learner works in, as the statements' context.language (e.g. 'en-US'); CONTENT_LANGUAGE when not given. */
  language?: string;
  /** Statement ids (crypto.randomUUID in production; deterministic in tests). */
  newId: () => string;
  now: () => Date;
}

/** The learner answered a statement; result.response is the answer id. */
export function answeredStatement(ctx: StatementContext, statementId: StatementId, answerId: AnswerId): Statement {
  return statement(ctx, VERBS.answered, statementActivity(ctx.activityId, statementId), {
    result: { response: answerId },
    context: contextFor(ctx, 'allowed', {
      parent: [packageOf(ctx)],
      grouping: [pillarActivity(ctx.activityId, pillarOf(statementId))],
    }),
  });
}

/** A pillar's score 0–100 and whether it needs attention; null until its four statements are answered. */
export function pillarScoredStatement(ctx: StatementContext, pillar: PillarId, answers: Answers): Statement | null {
  const raw = pillarScore(answers, pillar);
  if (raw === null) return null;
  return statement(ctx, VERBS.scored, pillarActivity(ctx.activityId, pillar), {
    result: {
      score: percentScore(raw),
      extensions: { [NEEDS_ATTENTION_EXTENSION]: needsAttention(answers, pillar) },
    },
    context: contextFor(ctx, 'allowed', { parent: [packageOf(ctx)] }),
  });
}

/** The overall score 0–100 of the package; null until all twelve statements are answered. */
export function overallScoredStatement(ctx: StatementContext, answers: Answers): Statement | null {
  const raw = overallScore(answers);
  if (raw === null) return null;
  return statement(ctx, VERBS.scored, packageOf(ctx), {
    result: { score: percentScore(raw) },
    context: contextFor(ctx, 'allowed', {}),
  });
}

/** The learner watched the animation of step 1 (videoUrl: where it can be watched). */
export function videoExperiencedStatement(ctx: StatementContext, videoUrl: string): Statement {
  return statement(ctx, VERBS.experienced, videoActivity(ctx.activityId, videoUrl), {
    context: contextFor(ctx, 'allowed', { parent: [packageOf(ctx)] }),
  });
}

/**
 * The package is completed. Plain xAPI adds the overall score (when all are
 * answered); cmi5 forbids a score on completed (9.5.1), so there it never has one.
 */
export function completedStatement(ctx: StatementContext, durationMs: number, answers: Answers): Statement {
  const raw = ctx.cmi5 ? null : overallScore(answers);
  const result: Result = { completion: true, duration: isoDuration(durationMs) };
  return statement(ctx, VERBS.completed, packageOf(ctx), {
    result: raw === null ? result : { score: percentScore(raw), ...result },
    context: contextFor(ctx, 'defined-with-moveon', {}),
  });
}

/** The session started; in cmi5 the first statement of a session. */
export function initializedStatement(ctx: StatementContext): Statement {
  return statement(ctx, VERBS.initialized, packageOf(ctx), { context: contextFor(ctx, 'defined', {}) });
}

/** The session ended; in cmi5 the last statement of a session, with its duration. */
export function terminatedStatement(ctx: StatementContext, durationMs: number): Statement {
  return statement(ctx, VERBS.terminated, packageOf(ctx), {
    result: { duration: isoDuration(durationMs) },
    context: contextFor(ctx, 'defined', {}),
  });
}

function statement(ctx: StatementContext, verb: Verb, object: StatementObject, parts: { result?: Result; context: Context }): Statement {
  return {
    id: ctx.newId(),
    // toISOString is always UTC with milliseconds, as cmi5 (9.7) requires.
    timestamp: ctx.now().toISOString(),
    actor: ctx.actor,
    verb,
    object,
    ...(parts.result && { result: parts.result }),
    context: parts.context,
  };
}

function packageOf(ctx: StatementContext): Activity {
  return packageActivity(ctx.activityId, ctx.cmi5);
}

function percentScore(raw: number): ResultScore {
  return { scaled: raw / 100, raw, min: 0, max: 100 };
}

/**
 * How a statement counts in cmi5 (7.1.3): "allowed" (any verb, no cmi5
 * category), "defined" (cmi5 category), "defined-with-moveon" (also the moveOn
 * category, for a result with completion or success). Plain xAPI ignores it.
 */
type Cmi5Kind = 'allowed' | 'defined' | 'defined-with-moveon';

type ActivityList = 'parent' | 'grouping' | 'category' | 'other';
const ACTIVITY_LISTS: readonly ActivityList[] = ['parent', 'grouping', 'category', 'other'];

const CATEGORIES_OF: Readonly<Record<Cmi5Kind, readonly Activity[]>> = {
  allowed: [],
  defined: [CMI5_CATEGORY],
  'defined-with-moveon': [CMI5_CATEGORY, MOVEON_CATEGORY],
};

function contextFor(ctx: StatementContext, kind: Cmi5Kind, own: Partial<Record<'parent' | 'grouping', Activity[]>>): Context {
  const categories = ctx.cmi5 ? CATEGORIES_OF[kind] : [];
  // In cmi5 every statement that is not cmi5 defined sits under the AU, even one about the AU itself.
  const parent = own.parent ?? (ctx.cmi5 && kind === 'allowed' ? [packageOf(ctx)] : []);
  // cmi5 10.0: the AU may add to the context template but must not overwrite any of its values.
  const template: Context = ctx.contextTemplate ? structuredClone(ctx.contextTemplate) : {};
  const merged: Context = {
    ...(ctx.registration !== null && { registration: ctx.registration }),
    language: ctx.language ?? CONTENT_LANGUAGE,
    ...template,
  };
  const ours: Partial<Record<ActivityList, readonly Activity[]>> = { ...own, parent, category: categories };
  const activities: NonNullable<Context['contextActivities']> = {};
  for (const list of ACTIVITY_LISTS) {
    const entries = uniqueById([...asList(template.contextActivities?.[list]), ...(ours[list] ?? [])]);
    const kept = list === 'category' ? entries.filter((activity) => allowedCategory(activity, categories)) : entries;
    if (kept.length > 0) activities[list] = kept;
  }
  if (Object.keys(activities).length > 0) merged.contextActivities = activities;
  else delete merged.contextActivities;
  return merged;
}

/** The cmi5 categories may only appear where cmi5 says so, even if a template carried them. */
function allowedCategory(activity: Activity, categories: readonly Activity[]): boolean {
  const isCmi5Category = activity.id === CMI5_CATEGORY.id || activity.id === MOVEON_CATEGORY.id;
  return !isCmi5Category || categories.some((category) => category.id === activity.id);
}

function uniqueById(activities: readonly Activity[]): Activity[] {
  const seen = new Set<string>();
  return activities.filter((activity) => {
    if (seen.has(activity.id)) return false;
    seen.add(activity.id);
    return true;
  });
}

/** xAPI lets a contextActivities list be a single Activity instead of an array; LMS templates may hold either. */
function asList(value: Activity | readonly Activity[] | undefined): readonly Activity[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value as Activity];
}
