/**
 * Moodle's "Started on" cells as local wall time. Moodle writes them in the
 * exporting user's language and time zone, never ISO:
 *   English text download: strftimedaydatetime `Sunday, 29 November 2026, 10:59 PM`
 *   English ODS/Excel: strftimedatetime `29 November 2026, 10:59 PM`
 *   Dutch (langpack nl): `zondag 29 november 2026, 22:59`, and in older packs
 *   `%A, %d %B %Y, %H:%M %p` (a 24-hour time with a meridiem after it).
 * The result has no zone (`2026-11-29T22:59`): a coordinator's date is
 * compared with it in the same wall time.
 */
import { normalise } from './vocabulary.js';

const MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    ['january', 'januari', 'jan'],
    ['february', 'februari', 'feb'],
    ['march', 'maart', 'mar', 'mrt'],
    ['april', 'apr'],
    ['may', 'mei'],
    ['june', 'juni', 'jun'],
    ['july', 'juli', 'jul'],
    ['august', 'augustus', 'aug'],
    ['september', 'sep', 'sept'],
    ['october', 'oktober', 'oct', 'okt'],
    ['november', 'nov'],
    ['december', 'dec'],
  ].flatMap((names, index) => names.map((name) => [name, index + 1])),
);

const DATE = /^(?:[a-z]+\.?,?\s+)?(\d{1,2})\s+([a-z]+)\.?\s+(\d{4}),?\s+(?:om\s+)?(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?m\.?)?$/;

/** "Sunday, 29 November 2026, 10:59 PM" → "2026-11-29T22:59"; anything else (also "-") → undefined. */
export function moodleDateTime(text: string): string | undefined {
  const match = DATE.exec(normalise(text));
  if (!match) return undefined;
  const [, day, monthName, year, hourText, minute, meridiem] = match;
  const month = MONTHS[monthName];
  let hour = Number(hourText);
  if (month === undefined || Number(day) < 1 || Number(day) > 31 || hour > 23) return undefined;
  // A 12-hour clock only when the hour fits one: the old Dutch format puts "PM" after "22:59".
  if (meridiem && hour >= 1 && hour <= 12) hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  return `${year}-${pad(month)}-${pad(Number(day))}T${pad(hour)}:${minute}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
