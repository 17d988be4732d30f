/**
 * Reading one attempt's answers from the Interactions report's cells. A
 * response is the digit the SCORM 1.2 package sent (text or a number cell),
 * or an answer id (SCORM 2004, xAPI) or its Dutch label. The statement is the
 * `Question i` cell when the download has it, else the contract order
 * (interaction i = STATEMENT_IDS[i]). The package appends an interaction for
 * an answer changed later, so a later index overrides an earlier one.
 */
import { assessment as dutch } from '../content/packs/nl-later.js';
import type { StatementId } from '../content/types.js';
import { answerValue, isAnswerId, isStatementId, STATEMENT_IDS, type AnswerValue } from '../model/scoring.js';
import type { Cell } from './read-table.js';
import type { AnswerProblem } from './types.js';
import { normalise } from './vocabulary.js';

const LABELS = new Map(dutch.scale.map((option) => [normalise(option.label), option.value]));

/** The answer value of a cell; undefined for an empty cell, null for anything else. */
export function answerValueOf(cell: Cell): AnswerValue | null | undefined {
  if (cell === null || cell === '') return undefined;
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1 && cell <= 4 ? (cell as AnswerValue) : null;
  if (typeof cell !== 'string') return null;
  const text = normalise(cell);
  const digit = /^([1-4])(?:[.,]0+)?$/.exec(text);
  if (digit) return Number(digit[1]) as AnswerValue;
  if (isAnswerId(text)) return answerValue(text);
  return LABELS.get(text) ?? null;
}

/** Column numbers of `Response i` and `Question i`, by interaction index i. */
export interface InteractionColumns {
  responses: ReadonlyMap<number, number>;
  questions: ReadonlyMap<number, number>;
}

export interface RowAnswers {
  /** All twelve, when readable. */
  answers?: Record<StatementId, AnswerValue>;
  problem?: AnswerProblem;
  /** The row has at least one response. */
  responded: boolean;
  /** Question ids that are not the contract's, and response values that are not answers (for the file's message). */
  foreignIds: string[];
  invalidValues: string[];
}

export function answersOfRow(row: readonly Cell[], columns: InteractionColumns): RowAnswers {
  const found: Partial<Record<StatementId, AnswerValue>> = {};
  const result: RowAnswers = { responded: false, foreignIds: [], invalidValues: [] };
  const indices = [...columns.responses.keys()].sort((a, b) => a - b);
  for (const index of indices) {
    const cell = row[columns.responses.get(index) ?? -1] ?? null;
    const value = answerValueOf(cell);
    if (value === undefined) continue;
    result.responded = true;
    const id = statementAt(row, columns, index, result);
    if (id === null) continue;
    if (value === null) {
      result.invalidValues.push(String(cell));
      result.problem = 'unreadable';
      continue;
    }
    found[id] = value;
  }
  if (result.problem === undefined && STATEMENT_IDS.every((id) => found[id] !== undefined)) {
    result.answers = found as Record<StatementId, AnswerValue>;
  }
  return result;
}

function statementAt(row: readonly Cell[], columns: InteractionColumns, index: number, result: RowAnswers): StatementId | null {
  const questionColumn = columns.questions.get(index);
  if (questionColumn === undefined) {
    if (columns.questions.size === 0 && index < STATEMENT_IDS.length) return STATEMENT_IDS[index];
    result.problem ??= 'unmapped';
    return null;
  }
  const question = row[questionColumn];
  const id = typeof question === 'string' ? question.trim() : '';
  if (isStatementId(id)) return id;
  if (id === '') result.problem ??= 'unmapped';
  else {
    result.foreignIds.push(id);
    result.problem ??= 'unreadable';
  }
  return null;
}
