/**
 * Which Moodle download a table is, and where its columns are. Moodle names
 * columns in the exporting user's language and includes only the columns of
 * the user's saved report preferences, so columns are found by name (English
 * or Dutch), never by position.
 */
import type { InteractionColumns } from './answers.js';
import type { Cell, Table } from './read-table.js';
import { format, texts } from './texts.js';
import { ReportInputError, type SourceKind } from './types.js';
import { COMPLETION_STATUS, GRADE_COLUMN, HEADERS, INDEXED, normalise, OBJECTIVE } from './vocabulary.js';

export interface Layout {
  kind: Exclude<SourceKind, 'lrs'>;
  name?: number;
  email?: number;
  firstName?: number;
  lastName?: number;
  attempt?: number;
  /** "Started on" of the SCORM reports. */
  started?: number;
  score?: number;
  /** One column per SCO: its raw score, or its status. */
  sco: number[];
  interactions: InteractionColumns;
  /** Gradebook: the activity grade; completion report: the activity's status. */
  status?: number;
}

export function layoutOf(table: Table, file: string): Layout | null {
  const header = (table[0] ?? []).map((cell) => normalise(cell === null ? '' : String(cell)));
  const find = (names: readonly string[]) => {
    const at = header.findIndex((h) => names.includes(h));
    return at < 0 ? undefined : at;
  };
  const base = {
    name: find(HEADERS.name),
    email: find(HEADERS.email),
    firstName: find(HEADERS.firstName),
    lastName: find(HEADERS.lastName),
    attempt: find(HEADERS.attempt),
    started: find(HEADERS.started),
    score: find(HEADERS.score),
    sco: [] as number[],
    interactions: indexedColumns(header),
  };
  if (base.interactions.responses.size > 0) return { ...base, kind: 'interactions', sco: scoColumns(header, base.score) };
  if (base.attempt !== undefined && base.score !== undefined) {
    const kind = header.some((h) => OBJECTIVE.test(h)) ? 'objectives' : 'basic';
    return { ...base, kind, sco: scoColumns(header, base.score) };
  }
  const grade = gradeColumn(header, file);
  if (grade !== undefined && (base.lastName !== undefined || base.email !== undefined)) {
    return { ...base, kind: 'gradebook', status: grade };
  }
  const completion = completionColumn(table, header, file);
  if (completion !== undefined) return { ...base, name: base.name ?? 0, kind: 'completion', status: completion };
  return null;
}

function indexedColumns(header: readonly string[]): InteractionColumns {
  const responses = new Map<number, number>();
  const questions = new Map<number, number>();
  header.forEach((h, column) => {
    const response = INDEXED.response.exec(h);
    if (response) responses.set(Number(response[1]), column);
    const question = INDEXED.question.exec(h);
    if (question) questions.set(Number(question[1]), column);
  });
  return { responses, questions };
}

/** Columns after Score that are none of Moodle's named columns: one per SCO, titled after it. */
function scoColumns(header: readonly string[], score: number | undefined): number[] {
  if (score === undefined) return [];
  const known = [...Object.values(HEADERS).flat()] as string[];
  const columns: number[] = [];
  for (let column = score + 1; column < header.length; column++) {
    const h = header[column];
    if (Object.values(INDEXED).some((pattern) => pattern.test(h)) || OBJECTIVE.test(h)) break;
    if (!known.includes(h)) columns.push(column);
  }
  return columns;
}

function gradeColumn(header: readonly string[], file: string): number | undefined {
  const matches = header.flatMap((h, column) => {
    const match = GRADE_COLUMN.exec(h);
    return match ? [{ column, name: match[1] }] : [];
  });
  const names = [...new Set(matches.map((m) => m.name))];
  if (names.length > 1) {
    throw new ReportInputError(format(texts.errors.ambiguousGrades, { file, names: names.join(', ') }), file);
  }
  // "(Real)" (the grade 0–100) when exported, else the first display type.
  return (matches.find((m) => /\((?:real|echt|reëel)\)$/.test(header[m.column])) ?? matches[0])?.column;
}

/** The column whose every filled cell is a completion state (Completed / Not completed …). */
function completionColumn(table: Table, header: readonly string[], file: string): number | undefined {
  const columns: number[] = [];
  for (let column = 0; column < header.length; column++) {
    const cells = table.slice(1).map((row) => cellText(row[column]));
    const filled = cells.filter((c) => c !== '');
    if (filled.length > 0 && filled.every((c) => normalise(c) in COMPLETION_STATUS)) columns.push(column);
  }
  if (columns.length > 1) {
    const names = columns.map((c) => header[c]).join(', ');
    throw new ReportInputError(format(texts.errors.ambiguousCompletion, { file, names }), file);
  }
  return columns[0];
}

export function cellText(cell: Cell | undefined): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}
