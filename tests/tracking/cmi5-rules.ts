import type { Context, Statement } from '@xapi/xapi';

/**
 * The cmi5 (Quartz) rules for one AU session's statements, as the AU sends
 * them, in order. Section numbers refer to the cmi5 specification.
 */
export interface Cmi5SessionFacts {
  sessionId: string;
  /** The AU's activityId from the launch URL. */
  auId: string;
  registration: string;
  /** The AU id of cmi5.xml, which the LMS puts in the contextTemplate's grouping (9.6.2.3). */
  publisherId?: string;
  /** When given, every contextActivities entry of it must be in every statement (10.0). */
  contextTemplate?: Context;
  /** Browse and Review forbid every cmi5 defined statement but initialized and terminated (10.0). */
  launchMode?: 'Normal' | 'Browse' | 'Review';
}

const VERB = 'http://adlnet.gov/expapi/verbs/';
const INITIALIZED = `${VERB}initialized`;
const COMPLETED = `${VERB}completed`;
const PASSED = `${VERB}passed`;
const FAILED = `${VERB}failed`;
const TERMINATED = `${VERB}terminated`;
const DEFINED = [INITIALIZED, COMPLETED, PASSED, FAILED, TERMINATED];
const JUDGING = [COMPLETED, PASSED, FAILED];
export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
export const SESSION_ID_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]00:?00)$/;

type ListName = 'parent' | 'grouping' | 'category' | 'other';

/** Every way the statements break cmi5's rules; empty when a cmi5 LMS would accept them all. */
export function cmi5Violations(statements: readonly Statement[], facts: Cmi5SessionFacts): string[] {
  const problems: string[] = [];
  if (statements.length === 0) return ['the session has no statements (7.1.1: initialized first)'];
  if (verbOf(statements[0]) !== INITIALIZED)
    problems.push(`the first statement is "${short(statements[0])}", not initialized (7.1.1, 9.3)`);

  const last = statements.length - 1;
  const terminatedAt = statements.findIndex((s) => verbOf(s) === TERMINATED);
  if (terminatedAt === -1) problems.push('the session has no terminated statement (7.1.2)');
  else if (terminatedAt !== last) {
    for (const s of statements.slice(terminatedAt + 1)) problems.push(`"${short(s)}" is sent after terminated (7.1.2, 9.3.8)`);
  }

  for (const verb of DEFINED) {
    const count = statements.filter((s) => verbOf(s) === verb).length;
    if (count > 1) problems.push(`${name(verb)} is sent ${count} times; cmi5 defined verbs must not repeat (9.3)`);
  }
  if (statements.some((s) => verbOf(s) === PASSED) && statements.some((s) => verbOf(s) === FAILED)) {
    problems.push('both passed and failed are sent in one session (9.3)');
  }
  if (facts.launchMode && facts.launchMode !== 'Normal') {
    for (const s of statements.filter((s) => JUDGING.includes(verbOf(s)))) {
      problems.push(`${short(s)} is sent in ${facts.launchMode} mode (10.0 launchMode)`);
    }
  }

  let previous = '';
  statements.forEach((statement, index) => {
    const where = `statement ${index} (${short(statement)})`;
    for (const problem of statementProblems(statement, facts)) problems.push(`${where}: ${problem}`);
    const timestamp = statement.timestamp;
    if (typeof timestamp !== 'string') return;
    if (previous && Date.parse(timestamp) < Date.parse(previous))
      problems.push(`${where}: timestamp ${timestamp} is before ${previous} (9.3, 9.7)`);
    previous = timestamp;
  });
  return problems;
}

function statementProblems(statement: Statement, facts: Cmi5SessionFacts): string[] {
  const problems: string[] = [];
  const verb = verbOf(statement);
  const context = statement.context ?? {};
  const result = statement.result ?? {};
  const categories = ids(context, 'category');
  if (!statement.id || !UUID.test(statement.id)) problems.push('has no UUID id (9.1)');
  if (typeof statement.timestamp !== 'string') problems.push('has no timestamp (9.7)');
  else if (!UTC.test(statement.timestamp)) problems.push(`timestamp ${statement.timestamp} is not in UTC (9.7)`);
  if (context.registration !== facts.registration)
    problems.push(`registration is ${String(context.registration)}, not ${facts.registration} (9.6.1)`);
  if (context.extensions?.[SESSION_ID_EXTENSION] !== facts.sessionId)
    problems.push('lacks the session id extension of this session (9.6.3.1)');
  if (facts.publisherId && !ids(context, 'grouping').includes(facts.publisherId))
    problems.push('lacks the publisher id in contextActivities.grouping (9.6.2.3)');
  for (const [list, activities] of Object.entries(facts.contextTemplate?.contextActivities ?? {}) as [
    ListName,
    { id: string }[] | undefined,
  ][]) {
    for (const activity of activities ?? []) {
      if (!ids(context, list).includes(activity.id))
        problems.push(`lacks the contextTemplate's ${list} activity ${activity.id} (10.0 contextTemplate)`);
    }
  }

  if (DEFINED.includes(verb)) {
    if (!categories.includes(CMI5_CATEGORY)) problems.push('lacks the cmi5 category (9.6.2.1)');
    if (objectId(statement) !== facts.auId) problems.push(`object is ${String(objectId(statement))}, not the AU ${facts.auId} (9.4)`);
    const judged = JUDGING.includes(verb);
    if (judged && !categories.includes(MOVEON_CATEGORY)) problems.push('lacks the moveon category (9.6.2.2)');
    if (!judged && categories.includes(MOVEON_CATEGORY)) problems.push('has the moveon category without success or completion (9.6.2.2)');
    if (result.score !== undefined && verb !== PASSED && verb !== FAILED)
      problems.push('carries result.score; only passed and failed may (9.5.1)');
    if (verb === COMPLETED && result.completion !== true) problems.push('lacks result.completion true (9.5.3)');
    if (verb !== COMPLETED && result.completion !== undefined) problems.push('carries result.completion (9.5.3)');
    if (verb === PASSED && result.success !== true) problems.push('lacks result.success true (9.5.2)');
    if (verb === FAILED && result.success !== false) problems.push('lacks result.success false (9.5.2)');
    if ((verb === INITIALIZED || verb === TERMINATED || verb === COMPLETED) && result.success !== undefined)
      problems.push('carries result.success (9.5.2)');
    if (verb !== INITIALIZED && typeof result.duration !== 'string') problems.push('lacks result.duration (9.5.4.1)');
  } else {
    // "cmi5 allowed" (7.1.3): the contextTemplate, but neither cmi5 nor moveon category.
    if (categories.includes(CMI5_CATEGORY)) problems.push('carries the cmi5 category but is not a cmi5 defined statement (7.1.3)');
    if (categories.includes(MOVEON_CATEGORY)) problems.push('carries the moveon category but is not a cmi5 defined statement (9.6.2.2)');
    if (!ids(context, 'parent').includes(facts.auId)) problems.push('lacks the AU as contextActivities.parent');
  }
  return problems;
}

function verbOf(statement: Statement): string {
  return statement.verb?.id ?? '';
}

function ids(context: Context, list: ListName): string[] {
  const activities = context.contextActivities?.[list];
  return (Array.isArray(activities) ? activities : []).map((activity) => activity.id);
}

function objectId(statement: Statement): string | undefined {
  const object = statement.object as { id?: unknown } | undefined;
  return typeof object?.id === 'string' ? object.id : undefined;
}

function name(verbId: string): string {
  return verbId.slice(verbId.lastIndexOf('/') + 1);
}

function short(statement: Statement): string {
  const object = objectId(statement);
  return object ? `${name(verbOf(statement))} ${object.slice(object.lastIndexOf('/') + 1)}` : name(verbOf(statement));
}
