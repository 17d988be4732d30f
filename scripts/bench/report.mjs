// @ts-check
/**
 * Pure helpers of `npm run bench`: the payload definition, statistics,
 * gzip byte counting, the Dutch prose used for suspend_data, and the table. No I/O.
 */
import { gzipSync } from 'node:zlib';

/** 1 KB in the budgets = 1,024 bytes (the build prints KiB too). */
export const KB = 1024;

/**
 * Bytes of `body` after gzip -9 (what a compressing server would send; the bench server
 * sends everything uncompressed).
 * @param {Uint8Array | string} body
 */
export function gzipSize(body) {
  return gzipSync(typeof body === 'string' ? Buffer.from(body, 'utf8') : body, { level: 9 }).length;
}

/** @param {number[]} values */
export function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The index of the median value (for an even count, the lower of the middle two), so
 * that the run it belongs to can be shown whole.
 * @param {number[]} values
 */
export function medianIndex(values) {
  const order = values.map((value, i) => [value, i]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return order.length === 0 ? -1 : order[Math.floor((order.length - 1) / 2)][1];
}

/** JS, CSS or HTML, by the URL's path (the package's files) or the entry kind. */
export function isCode(/** @type {{ url: string, kind: string }} */ entry) {
  return entry.kind === 'document' || /\.(?:m?js|css|html?)$/i.test(new URL(entry.url).pathname);
}

/**
 * @typedef {{ url: string, kind: string, startTime: number, responseEnd: number }} Response
 *   one response of the frame, times in ms in the frame's clock (Resource Timing)
 */

/**
 * The launch payload: the JS, CSS and HTML the frame requested before `moment` (its
 * first screen interactive), with raw and gzip -9 body sizes. Requested rather than
 * fully received, so that a file asked for during the launch counts whether the local
 * bench server delivers it 1 ms before or after that moment.
 * @param {Response[]} received
 * @param {number} moment
 * @param {(url: string) => Uint8Array | string | null} bodyOf the body the server sent for a URL
 */
export function launchPayload(received, moment, bodyOf) {
  return payloadOf(
    received.filter((entry) => isCode(entry) && entry.startTime <= moment),
    bodyOf,
  );
}

/**
 * The JS, CSS and HTML that had fully arrived at `moment` (e.g. when the start button
 * was inserted: what the first screen needed, and whatever else came early).
 * @param {Response[]} received
 * @param {number} moment
 * @param {(url: string) => Uint8Array | string | null} bodyOf
 */
export function receivedPayload(received, moment, bodyOf) {
  return payloadOf(
    received.filter((entry) => isCode(entry) && entry.responseEnd <= moment),
    bodyOf,
  );
}

/**
 * The JS, CSS and HTML the frame requested after `moment` (until the measurement ended).
 * @param {Response[]} received
 * @param {number} moment
 * @param {(url: string) => Uint8Array | string | null} bodyOf
 */
export function requestedAfter(received, moment, bodyOf) {
  return payloadOf(
    received.filter((entry) => isCode(entry) && entry.startTime > moment),
    bodyOf,
  );
}

/**
 * @param {Response[]} entries
 * @param {(url: string) => Uint8Array | string | null} bodyOf
 */
function payloadOf(entries, bodyOf) {
  const files = entries.map((entry) => {
    const body = bodyOf(entry.url);
    if (body === null) throw new Error(`no body known for ${entry.url}`);
    const raw = typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.length;
    return { url: entry.url, raw, gzip: gzipSize(body) };
  });
  return {
    files,
    raw: files.reduce((sum, file) => sum + file.raw, 0),
    gzip: files.reduce((sum, file) => sum + file.gzip, 0),
  };
}

/**
 * Commits and how they relate to the budget: at most one per 2 s while typing, counted in
 * every 2-second window that lies within the typing span (the largest count found).
 * @param {number[]} commitTimes ms
 * @param {number} windowMs
 */
export function maxInWindow(commitTimes, windowMs) {
  const times = [...commitTimes].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i] - times[j] >= windowMs) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

/**
 * Plain text of a rich-text value of the content files (strings, links as { text, href },
 * lists as { text, items }).
 * @param {unknown} value
 * @returns {string}
 */
export function plainText(value) {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(plainText).join('');
  if (value && typeof value === 'object') {
    const record = /** @type {Record<string, unknown>} */ (value);
    const own = record.text === undefined ? '' : plainText(record.text);
    const items = Array.isArray(record.items) ? record.items.map(plainText) : [];
    return [own, ...items].filter(Boolean).join(' ');
  }
  return '';
}

/**
 * Realistic Dutch prose for the plan texts: the recommendations and tips of every pillar
 * (content/nl/assessment.json), in order; then, where more is needed, the statements,
 * the other paragraphs of that file (video, statements, analysis, plan and its questions'
 * help) and the introduction's paragraphs (content/nl/intro.json); joined by single spaces.
 * @param {any} assessment content/nl/assessment.json
 * @param {any} intro content/nl/intro.json
 */
export function dutchProse(assessment, intro) {
  /** @type {string[]} */
  const parts = [];
  for (const pillar of assessment.pillars) {
    for (const item of pillar.recommendations) parts.push(plainText(item));
    for (const item of pillar.tips) parts.push(plainText(item));
  }
  const recommendationsAndTips = parts.join(' ').length;
  for (const pillar of assessment.pillars) {
    for (const statement of pillar.statements) parts.push(plainText(statement.text));
  }
  for (const key of ['video', 'statements', 'analysis', 'plan']) {
    for (const paragraph of assessment[key]?.paragraphs ?? []) parts.push(plainText(paragraph));
  }
  for (const question of assessment.plan?.questions ?? []) {
    for (const paragraph of question.help ?? []) parts.push(plainText(paragraph));
  }
  for (const paragraph of intro?.intro?.paragraphs ?? []) parts.push(plainText(paragraph));
  return { text: parts.join(' '), recommendationsAndTips };
}

/**
 * `count` consecutive slices of `length` characters of `text`.
 * @param {string} text
 * @param {number} count
 * @param {number} length
 */
export function slices(text, count, length) {
  if (text.length < count * length) throw new Error(`${count} × ${length} characters asked, the prose has ${text.length}`);
  return Array.from({ length: count }, (_, i) => text.slice(i * length, (i + 1) * length));
}

/**
 * The first `total` characters of `text`, cut into `count` consecutive parts (lengths
 * differing by at most one).
 * @param {string} text
 * @param {number} total
 * @param {number} count
 */
export function split(text, total, count) {
  if (text.length < total) throw new Error(`${total} characters asked, the prose has ${text.length}`);
  const parts = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const length = Math.floor(total / count) + (i < total % count ? 1 : 0);
    parts.push(text.slice(at, at + length));
    at += length;
  }
  return parts;
}

/** @param {number} n */
export const int = (n) => Math.round(n).toLocaleString('en-US');
/** @param {number} bytes */
export const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
/** @param {number} bytes */
export const bytesAndKb = (bytes) => `${int(bytes)} B (${kb(bytes)})`;

/**
 * @typedef {object} Row
 * @property {string} group section of the table
 * @property {string} figure what was measured
 * @property {string} value the measured value, formatted
 * @property {string} [budget] the budget, formatted; none: an informative row
 * @property {boolean} [ok] whether the budget was met
 * @property {string} [miss] how far off, when not met
 */

/** @param {string} text */
const width = (text) => [...text].length;
/** @param {string} text @param {number} n */
const pad = (text, n) => text + ' '.repeat(Math.max(0, n - width(text)));

/**
 * One table with aligned columns (figure, measured, budget, ✓/✗), each group of rows
 * under its own heading line.
 * @param {Row[]} rows
 */
export function formatTable(rows) {
  const head = ['figure', 'measured', 'budget', ''];
  const cells = rows.map((row) => [`  ${row.figure}`, row.value, row.budget ?? '', row.budget === undefined ? '' : row.ok ? '✓' : '✗']);
  const widths = head.map((h, c) => Math.max(width(h), ...cells.map((line) => width(line[c]))));
  const line = (/** @type {string[]} */ values) =>
    values
      .map((v, c) => pad(v, widths[c]))
      .join('  ')
      .trimEnd();
  /** @type {string[]} */
  const out = [line(head), widths.map((w) => '─'.repeat(w)).join('  ')];
  cells.forEach((values, i) => {
    if (i === 0 || rows[i - 1].group !== rows[i].group) {
      if (i > 0) out.push('');
      out.push(rows[i].group);
    }
    out.push(line(values));
  });
  return out.join('\n');
}

/**
 * The budget misses, one line each.
 * @param {Row[]} rows
 */
export function misses(rows) {
  return rows
    .filter((row) => row.budget !== undefined && !row.ok)
    .map((row) => `✗ ${row.group} · ${row.figure}: ${row.value}, budget ${row.budget}${row.miss ? ` (${row.miss})` : ''}`);
}
