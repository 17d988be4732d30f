/**
 * The compact saved form of the whole state for SCORM 1.2 `cmi.suspend_data`
 * (at most 4,096 characters) and the xAPI State API. Printable ASCII only:
 *
 *   W1 <screen><reached><flags><pillar><12 answers> [r<12 answers>] [l<language>] [a<attempt>n<revision>] [z|b<base64url>] .
 *
 * - `W1`: format and version (`W` and one digit).
 * - screen, reached: index in SCREEN_IDS (0–5); flags: videoWatched 1 +
 *   analysisSeen 2 + finished 4 (0–7); pillar: 0 none, 1–3 in PILLAR_IDS order.
 * - answers: one digit per statement in contract order, 0 unanswered, else
 *   the answer's value 1–4.
 * - `r` + 12 digits: the answers as last reported to the LMS, only when they
 *   differ from the answers.
 * - `l` + 1 digit: the language the learner chose with the switch, 1–9 in
 *   LANGUAGES order (1 nl, 2 en); left out while the learner has not chosen
 *   one (state.language null), so states saved before there was a choice read as "not chosen".
 * - `a` + 6 characters [0-9a-z]: the attempt this state belongs to, and `n` +
 *   the revision in decimal digits (1–12; digits only, so the `z`/`b` that may
 *   follow cannot be read as part of it): how many changes the attempt
 *   has seen. The browser copy carries the same stamp, so a launch can tell
 *   which of the two is newer. Left out by states saved before there was a
 *   stamp; they read as attempt null, revision 0.
 * - The plan's texts, only when the plan is not empty: the UTF-8 JSON array
 *   [improvement, needs, timeline, planDate, [[id, text, date], …]] as
 *   base64url, `z` of its deflate-raw compression or `b` of the bytes
 *   themselves, whichever is shorter.
 * - `.`: the end, so a cut-off value (an LMS truncating it) is never read
 *   as a shorter valid one.
 *
 * Reading is strict and never throws: every field must be in its vocabulary
 * (dates '' or a real yyyy-mm-dd day, action ids non-empty and unique), and
 * the state is returned exactly as written (no repairs).
 */
import type { AnswerId, StatementId } from '../content/types.js';
import { LANGUAGES, PILLAR_IDS } from '../content/types.js';
import { deflateRaw, fromBase64Url, inflateRaw, toBase64Url } from './base64url.js';
import { emptyPlan, isIsoDate } from './plan.js';
import { STATEMENT_IDS, answerFromValue, answerValue } from './scoring.js';
import { SCREEN_IDS, type AssessmentState, type Plan, type PlanAction } from './state.js';

export const SUSPEND_DATA_VERSION = 1;
export const SUSPEND_DATA_LIMIT = 4096;

export type Reported = Partial<Record<StatementId, AnswerId>>;

/** Which attempt a saved state belongs to and how many changes that attempt had seen. */
export interface SaveStamp {
  attempt: string;
  revision: number;
}

export type SuspendDataFailure = 'empty' | 'foreign' | 'unsupported-version' | 'invalid';
export type SuspendDataResult =
  | { ok: true; state: AssessmentState; reported: Reported; attempt: string | null; revision: number }
  | { ok: false; reason: SuspendDataFailure };

const ATTEMPT = /^[0-9a-z]{6}$/;
/** Twelve digits: more changes than any attempt can see. */
const MAX_REVISION = 10 ** 12 - 1;

/** A new attempt's identifier: six random base-36 characters. */
export function newAttemptId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (byte) => (byte % 36).toString(36)).join('');
}

const MARKER = `W${SUSPEND_DATA_VERSION}`;
const FORMAT = new RegExp(
  `^${MARKER}([0-5])([0-5])([0-7])([0-3])([0-4]{12})(?:r([0-4]{12}))?(?:l([1-9]))?(?:a([0-9a-z]{6})n(\\d{1,12}))?(?:([zb])([A-Za-z0-9_-]+))?\\.$`,
);
/** Far above anything 4,096 characters can hold honestly; stops a deflate bomb. */
const INFLATE_LIMIT = 1 << 20;

function answerDigits(answers: Reported): string {
  return STATEMENT_IDS.map((id) => {
    const answer = answers[id];
    return answer === undefined ? '0' : String(answerValue(answer));
  }).join('');
}

function answersFrom(digits: string): Reported {
  const answers: Reported = {};
  STATEMENT_IDS.forEach((id, i) => {
    const answer = answerFromValue(Number(digits[i]));
    if (answer !== null) answers[id] = answer;
  });
  return answers;
}

function isEmptyPlan(plan: Plan): boolean {
  return !plan.improvement && !plan.needs && !plan.timeline && !plan.planDate && plan.actions.length === 0;
}

function textBytes(plan: Plan): Uint8Array {
  const json = JSON.stringify([
    plan.improvement,
    plan.needs,
    plan.timeline,
    plan.planDate,
    plan.actions.map(({ id, text, date }) => [id, text, date]),
  ]);
  return new TextEncoder().encode(json);
}

async function encodeTexts(plan: Plan): Promise<string> {
  const raw = textBytes(plan);
  const deflated = toBase64Url(await deflateRaw(raw));
  const plain = toBase64Url(raw);
  return deflated.length < plain.length ? `z${deflated}` : `b${plain}`;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isDate = (value: unknown): value is string => isString(value) && (value === '' || isIsoDate(value));

function readActions(value: unknown): PlanAction[] | null {
  if (!Array.isArray(value)) return null;
  const ids = new Set<string>();
  const actions: PlanAction[] = [];
  for (const item of value as unknown[]) {
    if (!Array.isArray(item) || item.length !== 3) return null;
    const [id, text, date] = item as unknown[];
    if (!isString(id) || id === '' || ids.has(id) || !isString(text) || !isDate(date)) return null;
    ids.add(id);
    actions.push({ id, text, date });
  }
  return actions;
}

async function decodeTexts(kind: string, base64: string): Promise<Plan | null> {
  const bytes = fromBase64Url(base64);
  if (bytes === null) return null;
  try {
    const json = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
      kind === 'z' ? await inflateRaw(bytes, INFLATE_LIMIT) : bytes,
    );
    const parsed: unknown = JSON.parse(json);
    if (!Array.isArray(parsed) || parsed.length !== 5) return null;
    const [improvement, needs, timeline, planDate, rawActions] = parsed as unknown[];
    const actions = readActions(rawActions);
    if (!isString(improvement) || !isString(needs) || !isString(timeline) || !isDate(planDate) || !actions) {
      return null;
    }
    return { improvement, actions, needs, timeline, planDate };
  } catch {
    return null; // Damaged or truncated deflate data, bad UTF-8 or bad JSON.
  }
}

export async function encodeSuspendData(state: AssessmentState, reported: Reported, stamp?: SaveStamp): Promise<string> {
  return `${header(state, reported, stamp)}${isEmptyPlan(state.plan) ? '' : await encodeTexts(state.plan)}.`;
}

/**
 * The same state without compression, at once: for the moment a page is
 * being left and the compressed form of the latest change is not ready yet.
 */
export function encodeSuspendDataNow(state: AssessmentState, reported: Reported, stamp?: SaveStamp): string {
  return `${header(state, reported, stamp)}${isEmptyPlan(state.plan) ? '' : `b${toBase64Url(textBytes(state.plan))}`}.`;
}

function header(state: AssessmentState, reported: Reported, stamp: SaveStamp | undefined): string {
  const screen = SCREEN_IDS.indexOf(state.screen);
  const reached = SCREEN_IDS.indexOf(state.reached);
  if (screen < 0 || reached < 0) throw new RangeError(`Unknown screen: ${state.screen} / ${state.reached}`);
  const flags = (state.videoWatched ? 1 : 0) + (state.analysisSeen ? 2 : 0) + (state.finished ? 4 : 0);
  const pillar = state.chosenPillar === null ? 0 : PILLAR_IDS.indexOf(state.chosenPillar) + 1;
  const answers = answerDigits(state.answers);
  const reportedDigits = answerDigits(reported);
  const language = state.language === null ? '' : `l${LANGUAGES.indexOf(state.language) + 1}`;
  return `${MARKER}${screen}${reached}${flags}${pillar}${answers}${reportedDigits === answers ? '' : `r${reportedDigits}`}${language}${stampText(stamp)}`;
}

function stampText(stamp: SaveStamp | undefined): string {
  if (!stamp) return '';
  const { attempt, revision } = stamp;
  if (!ATTEMPT.test(attempt) || !Number.isSafeInteger(revision) || revision < 0 || revision > MAX_REVISION) {
    throw new RangeError(`Invalid save stamp: ${attempt} / ${revision}`);
  }
  return `a${attempt}n${revision}`;
}

/**
 * 'empty': nothing saved (LMSs return '' for a new attempt). 'foreign': not
 * this format (e.g. JSON from elsewhere). 'unsupported-version':
 * this format, another version. 'invalid': this version, but damaged.
 */
export async function decodeSuspendData(text: string | null | undefined): Promise<SuspendDataResult> {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, reason: 'empty' };
  if (!/^W[0-9]/.test(text)) return { ok: false, reason: 'foreign' };
  if (!text.startsWith(MARKER)) return { ok: false, reason: 'unsupported-version' };
  const match = FORMAT.exec(text);
  if (!match) return { ok: false, reason: 'invalid' };
  const [, screen, reached, flags, pillar, answerText, reportedText, languageDigit, attempt, revision, kind, base64] = match;
  const language = languageDigit === undefined ? null : LANGUAGES[Number(languageDigit) - 1];
  if (language === undefined) return { ok: false, reason: 'invalid' };
  const plan = kind === undefined ? emptyPlan() : await decodeTexts(kind, base64);
  if (plan === null) return { ok: false, reason: 'invalid' };
  const answers = answersFrom(answerText);
  const state: AssessmentState = {
    screen: SCREEN_IDS[Number(screen)],
    reached: SCREEN_IDS[Number(reached)],
    videoWatched: (Number(flags) & 1) !== 0,
    answers,
    analysisSeen: (Number(flags) & 2) !== 0,
    chosenPillar: pillar === '0' ? null : PILLAR_IDS[Number(pillar) - 1],
    plan,
    finished: (Number(flags) & 4) !== 0,
    language,
  };
  return {
    ok: true,
    state,
    reported: reportedText === undefined ? { ...answers } : answersFrom(reportedText),
    attempt: attempt ?? null,
    revision: revision === undefined ? 0 : Number(revision),
  };
}

/** The encoded length and what is left of the 4,096 characters (negative when over). */
export async function suspendDataSpace(state: AssessmentState, reported: Reported): Promise<{ length: number; remaining: number }> {
  const { length } = await encodeSuspendData(state, reported);
  return { length, remaining: SUSPEND_DATA_LIMIT - length };
}
