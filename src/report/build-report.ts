/**
 * The one entry of the core, for the page and the command line alike:
 * sources in, ReportData (aggregates only) out. Below the minimum group size
 * the per-statement figures are left out of the data altogether.
 */
import { focusPillar, pillarFigures, statementFigures } from './figures.js';
import { excludedCounts, exclude } from './exclusions.js';
import { learnersOf, showsNotStarted, tally, wholeView } from './learners.js';
import { readMoodleFile } from './moodle-source.js';
import { DEFAULT_MIN_GROUP, ReportInputError, type ReportData, type SourceNote, type SourceResult } from './types.js';

export interface ReportOptions {
  minGroup?: number;
  /** Names or e-mail addresses of rows to leave out (case-insensitive), e.g. a teacher listed as "Not attempted". */
  leaveOut?: readonly string[];
}

export function buildReport(sources: readonly SourceResult[], options: ReportOptions = {}): ReportData {
  const minGroup = validMinGroup(options.minGroup ?? DEFAULT_MIN_GROUP);
  const exclusion = exclude(learnersOf(sources), sources, options.leaveOut);
  const combined = tally(exclusion.kept.map(wholeView), showsNotStarted(sources));
  const analysed = combined.answers.length;
  const pillars = pillarFigures(combined.answers);
  const withheld = analysed > 0 && analysed < minGroup;
  return {
    sources: sources.map(({ label, kind, rows }) => ({ label, kind, rows })),
    participation: combined.participation,
    analysed,
    skipped: combined.skipped,
    notes: notesOf(sources),
    minGroup,
    pillars,
    statements: withheld ? [] : statementFigures(combined.answers),
    withheld,
    focus: focusPillar(pillars),
    excluded: excludedCounts([exclusion]),
  };
}

export function validMinGroup(value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`minimum group size must be a whole number of at least 1 (got ${value})`);
  return value;
}

export function notesOf(sources: readonly SourceResult[]): SourceNote[] {
  const withAnswers = sources.some((s) => s.hasAnswers);
  const notes = new Set(sources.flatMap((s) => s.notes));
  if (withAnswers) notes.delete('no-answers');
  return (['mapped-by-order', 'objectives-empty', 'no-answers'] as const).filter((note) => notes.has(note));
}

export interface FileInput {
  name: string;
  bytes: Uint8Array;
}

export interface FilesResult {
  sources: SourceResult[];
  errors: ReportInputError[];
}

/** Reads every file; a file that cannot be read gives its error and does not stop the others. */
export function readFiles(files: readonly FileInput[]): FilesResult {
  const sources: SourceResult[] = [];
  const errors: ReportInputError[] = [];
  for (const file of files) {
    try {
      sources.push(readMoodleFile(file.bytes, file.name));
    } catch (error) {
      if (error instanceof ReportInputError) errors.push(error);
      else errors.push(new ReportInputError(`${file.name}: ${error instanceof Error ? error.message : String(error)}`, file.name));
    }
  }
  return { sources, errors };
}
