/**
 * Delimited text (Moodle's "text format" TAB files, CSV with comma or
 * semicolon) to rows of strings. Quoting as PHP's fputcsv and RFC 4180 write
 * it: a field in double quotes may hold the delimiter, line breaks and
 * doubled quotes. Line ends LF or CRLF; the delimiter is found in the header.
 */
const CANDIDATES = ['\t', ';', ',', '|'] as const;

/** The candidate that occurs most often outside quotes in the first line; TAB wins a tie. */
export function sniffDelimiter(text: string): string {
  const counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: string = CANDIDATES[0];
  for (const candidate of CANDIDATES) {
    if ((counts.get(candidate) ?? 0) > (counts.get(best) ?? 0)) best = candidate;
  }
  return best;
}

/** Rows of cells; a final line end does not make an empty row. */
export function parseDelimited(text: string, delimiter = sniffDelimiter(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
      i++;
      continue;
    }
    if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) endField();
    else if (char === '\r' && text[i + 1] === '\n') {
      endRow();
      i++;
    } else if (char === '\n' || char === '\r') endRow();
    else field += char;
    i++;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
