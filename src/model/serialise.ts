/**
 * The saved form of the whole state (suspend_data, xAPI State, localStorage):
 * compact JSON with a version, read back tolerantly but never trusting it.
 *
 * Reading rules:
 * - Unknown fields, at any level, are ignored; missing fields take the
 *   defaults of `initialState()` (an action without text or date gets '').
 * - A value of the wrong type or outside the vocabulary makes the whole text
 *   'invalid': unknown screen, pillar or answer id, a non-string text, a date
 *   that is neither '' nor a real yyyy-mm-dd day, an action without an id or
 *   with a duplicate id. Unknown keys inside `answers` are invalid too (not
 *   dropped): the statement ids are fixed by the tracking contract, so another
 *   key means foreign or damaged data, and keeping the rest would pass half of
 *   it off as the learner's.
 * - `reached` earlier than `screen` is repaired by raising `reached` to
 *   `screen`: the learner was on that screen, so they did reach it.
 * - Texts are kept exactly as saved (no trimming, no normalisation).
 */
import type { AnswerId, PillarId, StatementId } from '../content/types.js';
import { isIsoDate } from './plan.js';
import { screenIndex } from './progress.js';
import { STATEMENT_IDS, isAnswerId, isPillarId, isStatementId } from './scoring.js';
import { SCREEN_IDS, type AssessmentState, type Plan, type PlanAction, type ScreenId } from './state.js';
import { initialState } from './transitions.js';

export const STATE_VERSION = 1;

export type ParseFailure = 'empty' | 'not-json' | 'foreign' | 'unsupported-version' | 'invalid';
export type ParseResult =
  | { ok: true; state: AssessmentState }
  | { ok: false; reason: ParseFailure };

export function serialiseState(state: AssessmentState): string {
  // Listed field by field so nothing but the state's own fields is written,
  // answers in contract order so equal states give equal text.
  const answers: Partial<Record<StatementId, AnswerId>> = {};
  for (const id of STATEMENT_IDS) {
    const answer = state.answers[id];
    if (answer !== undefined) answers[id] = answer;
  }
  return JSON.stringify({
    v: STATE_VERSION,
    screen: state.screen,
    reached: state.reached,
    videoWatched: state.videoWatched,
    answers,
    analysisSeen: state.analysisSeen,
    chosenPillar: state.chosenPillar,
    plan: {
      improvement: state.plan.improvement,
      actions: state.plan.actions.map(({ id, text, date }) => ({ id, text, date })),
      needs: state.plan.needs,
      timeline: state.plan.timeline,
      planDate: state.plan.planDate,
    },
    finished: state.finished,
  });
}

/** Thrown inside the reader only; parseState turns it into `{ ok: false, reason: 'invalid' }`. */
class InvalidState extends Error {}

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The field's value, the fallback when it is missing, or InvalidState when `check` rejects it. */
function field<T>(source: Json, key: string, check: (value: unknown) => value is T, fallback: T): T {
  if (!Object.hasOwn(source, key)) return fallback;
  const value = source[key];
  if (!check(value)) throw new InvalidState(key);
  return value;
}

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isString = (value: unknown): value is string => typeof value === 'string';
const isDate = (value: unknown): value is string =>
  typeof value === 'string' && (value === '' || isIsoDate(value));
const isScreen = (value: unknown): value is ScreenId =>
  typeof value === 'string' && (SCREEN_IDS as readonly string[]).includes(value);
const isPillarOrNull = (value: unknown): value is PillarId | null =>
  value === null || isPillarId(value);

function readAnswers(value: unknown): Partial<Record<StatementId, AnswerId>> {
  if (!isRecord(value)) throw new InvalidState('answers');
  const answers: Partial<Record<StatementId, AnswerId>> = {};
  for (const [key, answer] of Object.entries(value)) {
    if (!isStatementId(key) || !isAnswerId(answer)) throw new InvalidState(`answers.${key}`);
    answers[key] = answer;
  }
  return answers;
}

function readActions(value: unknown): PlanAction[] {
  if (!Array.isArray(value)) throw new InvalidState('plan.actions');
  const seen = new Set<string>();
  return value.map((item: unknown): PlanAction => {
    if (!isRecord(item)) throw new InvalidState('plan.actions[]');
    const id = item['id'];
    if (typeof id !== 'string' || id === '' || seen.has(id)) throw new InvalidState('plan.actions[].id');
    seen.add(id);
    return { id, text: field(item, 'text', isString, ''), date: field(item, 'date', isDate, '') };
  });
}

function readPlan(value: unknown, defaults: Plan): Plan {
  if (!isRecord(value)) throw new InvalidState('plan');
  return {
    improvement: field(value, 'improvement', isString, defaults.improvement),
    actions: Object.hasOwn(value, 'actions') ? readActions(value['actions']) : defaults.actions,
    needs: field(value, 'needs', isString, defaults.needs),
    timeline: field(value, 'timeline', isString, defaults.timeline),
    planDate: field(value, 'planDate', isDate, defaults.planDate),
  };
}

function readState(source: Json): AssessmentState {
  const defaults = initialState();
  const screen = field(source, 'screen', isScreen, defaults.screen);
  const reached = field(source, 'reached', isScreen, defaults.reached);
  return {
    screen,
    reached: screenIndex(reached) < screenIndex(screen) ? screen : reached,
    videoWatched: field(source, 'videoWatched', isBoolean, defaults.videoWatched),
    answers: Object.hasOwn(source, 'answers') ? readAnswers(source['answers']) : defaults.answers,
    analysisSeen: field(source, 'analysisSeen', isBoolean, defaults.analysisSeen),
    chosenPillar: field(source, 'chosenPillar', isPillarOrNull, defaults.chosenPillar),
    plan: Object.hasOwn(source, 'plan') ? readPlan(source['plan'], defaults.plan) : defaults.plan,
    finished: field(source, 'finished', isBoolean, defaults.finished),
  };
}

/**
 * 'empty': nothing saved (LMSs return '' for a new attempt). 'not-json':
 * damaged text. 'foreign': JSON that is not ours (not an object, or no
 * version). 'unsupported-version': ours, from another version. 'invalid':
 * ours, but a field breaks the rules above.
 */
export function parseState(text: string | null | undefined): ParseResult {
  if (text === null || text === undefined || text.trim() === '') return { ok: false, reason: 'empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (!isRecord(parsed) || !Object.hasOwn(parsed, 'v')) return { ok: false, reason: 'foreign' };
  const version = parsed['v'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'foreign' };
  }
  if (version !== STATE_VERSION) return { ok: false, reason: 'unsupported-version' };
  try {
    return { ok: true, state: readState(parsed) };
  } catch (error) {
    if (error instanceof InvalidState) return { ok: false, reason: 'invalid' };
    throw error;
  }
}
