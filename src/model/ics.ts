/**
 * An iCalendar file (RFC 5545) with one all-day event per plan date, for
 * "Zet in je agenda". Learner text is escaped and folded so that whatever it
 * holds stays inside its own property value.
 */
import { isIsoDate } from './plan.js';

export interface IcsEvent {
  /** yyyy-mm-dd: the event's day. */
  date: string;
  summary: string;
  description?: string;
}

export interface IcsOptions {
  /** Right-hand side of every UID, e.g. the package's domain. */
  uidDomain: string;
  /** DTSTAMP: when the file was made. */
  now: Date;
  /** PRODID, e.g. "-//Hogeschool Utrecht//WED zelfassessment//NL". */
  productId: string;
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/**
 * TEXT escaping (RFC 5545 3.3.11): backslash first, then ; and , and every
 * line break as \n. Other control characters are not allowed in TEXT and are
 * dropped (tab is allowed and kept).
 */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/(?!\t)\p{Cc}/gu, '');
}

/** UTF-8 length of one code point; a lone surrogate counts as U+FFFD (3), as TextEncoder writes it. */
function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds a content line (RFC 5545 3.1) so that no physical line is longer than
 * 75 octets without its CRLF. Continuation lines start with a space, which
 * counts towards the 75. Splits only between code points, so a multi-byte
 * character (é, ë, an emoji) is never cut.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** yyyy-mm-dd → yyyymmdd for DATE values. */
function icsDate(date: string): string {
  return date.replace(/-/g, '');
}

/** The day after an ISO date, across month and year ends. */
function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/** UTC DATE-TIME, e.g. 20250301T091500Z. */
function icsTimestamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The whole calendar, every line ended by CRLF. Throws RangeError for no
 * events (a VCALENDAR needs at least one component) or a date that is not a
 * real yyyy-mm-dd day: callers pass planDates(), which only holds valid ones.
 * UIDs are date + position + uidDomain, so downloading the same plan again
 * updates the events in the learner's calendar instead of doubling them.
 */
export function buildIcs(events: readonly IcsEvent[], options: IcsOptions): string {
  if (events.length === 0) throw new RangeError('buildIcs needs at least one event');
  const stamp = icsTimestamp(options.now);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${escapeText(options.productId)}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  events.forEach((event, index) => {
    if (!isIsoDate(event.date)) throw new RangeError(`Not a yyyy-mm-dd date: ${event.date}`);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(`${icsDate(event.date)}-${index + 1}@${options.uidDomain}`)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(event.date)}`,
      `DTEND;VALUE=DATE:${icsDate(nextDay(event.date))}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description !== undefined && event.description !== '') {
      lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    }
    // An all-day reminder should not show the learner as busy.
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  });
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
