/**
 * A Moodle download to attempt records: one row per attempt in the SCORM
 * reports (a learner without an attempt has one row with Attempt "-"), one
 * row per learner in the gradebook and completion exports.
 */
import { answersOfRow } from './answers.js';
import { cellText, layoutOf, type Layout } from './columns.js';
import { moodleDateTime } from './moodle-date.js';
import { readTable, type Cell, type Table } from './read-table.js';
import { format, texts } from './texts.js';
import {
  ReportInputError,
  type AttemptRecord,
  type AttemptStatus,
  type LearnerIdentity,
  type SourceNote,
  type SourceResult,
} from './types.js';
import { COMPLETION_STATUS, isDash, normalise, SCO_STATUS } from './vocabulary.js';

/** Reads one downloaded file; throws ReportInputError with a message naming the file. */
export function readMoodleFile(bytes: Uint8Array, file: string): SourceResult {
  const table = readTable(bytes, file);
  const layout = layoutOf(table, file);
  if (!layout) throw new ReportInputError(format(texts.errors.notExport, { file }), file);
  if (table.length < 2) throw new ReportInputError(format(texts.errors.headerOnly, { file }), file);
  return moodleSource(table, layout, file);
}

export function moodleSource(table: Table, layout: Layout, file: string): SourceResult {
  const rows = table.slice(1);
  const records = layout.kind === 'interactions' ? interactionRecords(rows, layout, file) : rows.map((row) => plainRecord(row, layout));
  const notes: SourceNote[] = [];
  if (layout.kind === 'interactions' && layout.interactions.questions.size === 0) notes.push('mapped-by-order');
  if (layout.kind === 'objectives') notes.push('objectives-empty');
  if (layout.kind !== 'interactions') notes.push('no-answers');
  return {
    label: file,
    kind: layout.kind,
    rows: rows.length,
    hasAnswers: layout.kind === 'interactions',
    showsNotStarted: layout.attempt !== undefined,
    notes,
    records,
  };
}

function interactionRecords(rows: Table, layout: Layout, file: string): AttemptRecord[] {
  const foreignIds = new Set<string>();
  const invalidValues = new Set<string>();
  let readable = 0;
  const records = rows.map((row) => {
    const record = plainRecord(row, layout);
    const found = answersOfRow(row, layout.interactions);
    found.foreignIds.forEach((id) => foreignIds.add(id));
    found.invalidValues.forEach((value) => invalidValues.add(value));
    if (found.answers) {
      readable++;
      return { ...record, status: 'completed' as const, answers: found.answers };
    }
    if (found.problem) return { ...record, status: found.responded ? ('completed' as const) : record.status, problem: found.problem };
    return record;
  });
  if (readable === 0 && foreignIds.size > 0) {
    throw new ReportInputError(format(texts.errors.foreignQuestions, { file, ids: sample(foreignIds) }), file);
  }
  if (readable === 0 && invalidValues.size > 0) {
    throw new ReportInputError(format(texts.errors.foreignResponses, { file, values: sample(invalidValues) }), file);
  }
  return records;
}

function sample(values: Set<string>): string {
  const list = [...values].slice(0, 4).map((v) => `‘${v}’`);
  return values.size > 4 ? `${list.join(', ')} …` : list.join(', ');
}

function plainRecord(row: readonly Cell[], layout: Layout): AttemptRecord {
  const attempt = numberOf(cell(row, layout.attempt));
  const startedAt = moodleDateTime(cell(row, layout.started));
  return {
    identity: identityOf(row, layout),
    status: statusOf(row, layout, attempt),
    order: attempt ?? 0,
    ...(startedAt && { startedAt }),
  };
}

function statusOf(row: readonly Cell[], layout: Layout, attempt: number | null): AttemptStatus {
  if (layout.kind === 'gradebook') return numberOf(cell(row, layout.status)) === null ? 'not-completed' : 'completed';
  if (layout.kind === 'completion') return COMPLETION_STATUS[normalise(cell(row, layout.status))] ?? 'not-completed';
  if (attempt === null) return 'not-started';
  for (const column of layout.sco) {
    const value = normalise(cell(row, column));
    // A raw score (58, or 58/100 in the Basic report): this package writes it with the twelve answers.
    if (/^\d+(?:[.,]\d+)?(?:\s*\/\s*\d+)?$/.test(value)) return 'completed';
    const status = SCO_STATUS[value];
    if (status === 'completed') return 'completed';
  }
  // Moodle writes Score 0 for an attempt without a raw score: not a result.
  const score = numberOf(cell(row, layout.score));
  return score !== null && score > 0 ? 'completed' : 'in-progress';
}

function identityOf(row: readonly Cell[], layout: Layout): LearnerIdentity {
  const email = cell(row, layout.email).toLowerCase();
  const full = cell(row, layout.name);
  const split = [cell(row, layout.firstName), cell(row, layout.lastName)].filter((p) => p !== '').join(' ');
  const name = normalise(full || split);
  return { ...(email && !isDash(email) && { email }), ...(name && { name }) };
}

function cell(row: readonly Cell[], column: number | undefined): string {
  return column === undefined ? '' : cellText(row[column]);
}

/** 58, "58", "58.00", "58,00 %" → 58; "-" or text → null. */
function numberOf(text: string): number | null {
  const match = /^(\d+(?:[.,]\d+)?)\s*%?$/.exec(text.trim());
  return match ? Number(match[1].replace(',', '.')) : null;
}
