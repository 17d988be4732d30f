/**
 * Any download to a table of cells. Spreadsheets (.xlsx, .ods, legacy .xls)
 * are read with SheetJS; text (.txt, .csv) is decoded here and split by
 * parseDelimited, because SheetJS guesses a text file's format from its first
 * bytes (a file starting with "ID" becomes SYLK, "<" HTML) and reads UTF-8
 * without a BOM as Latin-1.
 */
import { read, utils, type WorkSheet } from '@e965/xlsx';
import { decodeText } from './decode-text.js';
import { parseDelimited } from './delimited-text.js';
import { format, texts } from './texts.js';
import { ReportInputError } from './types.js';

export type Cell = string | number | boolean | null;
export type Table = Cell[][];

/** The sheet Moodle names "Report" (any language), else the first. */
const REPORT_SHEETS = ['report', 'rapport'];

export function readTable(bytes: Uint8Array, file: string): Table {
  if (bytes.length === 0) throw new ReportInputError(format(texts.errors.empty, { file }), file);
  const rows = isSpreadsheet(bytes) ? readSpreadsheet(bytes, file) : readText(bytes, file);
  return trimRows(rows);
}

function isSpreadsheet(bytes: Uint8Array): boolean {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const cfb = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  return zip || cfb;
}

function readSpreadsheet(bytes: Uint8Array, file: string): Table {
  let sheet: WorkSheet | undefined;
  try {
    const workbook = read(bytes, {
      type: 'array',
      dense: true,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      cellDates: false,
    });
    const name = workbook.SheetNames.find((n) => REPORT_SHEETS.includes(n.trim().toLowerCase())) ?? workbook.SheetNames[0];
    sheet = name === undefined ? undefined : workbook.Sheets[name];
  } catch {
    sheet = undefined;
  }
  if (!sheet) throw new ReportInputError(format(texts.errors.unreadable, { file }), file);
  return utils.sheet_to_json<Cell[]>(sheet, { header: 1, raw: true, defval: null, blankrows: false });
}

function readText(bytes: Uint8Array, file: string): Table {
  const text = decodeText(bytes);
  // Control characters other than TAB and line ends: a binary file, not text.
  const controls = [...text.slice(0, 4096)].filter((c) => c < '\t' || (c > '\r' && c < ' ')).length;
  if (controls > 0 || text.includes('\ufffd')) {
    throw new ReportInputError(format(texts.errors.unreadable, { file }), file);
  }
  return parseDelimited(text);
}

/** Removes rows whose cells are all empty, and trims strings. */
function trimRows(rows: Table): Table {
  return rows
    .map((row) => row.map((cell) => (typeof cell === 'string' ? cell.trim() : cell)))
    .filter((row) => row.some((cell) => cell !== null && cell !== ''));
}
