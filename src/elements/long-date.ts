import { texts } from '../content/texts.js';
import type { Language } from '../content/types.js';

/** Dates as written in each language: "1 maart 2025", "1 March 2025". */
const DATE_FORMATS: Readonly<Record<Language, Intl.DateTimeFormat>> = {
  nl: new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }),
};

/** A moment as its local calendar day in the language shown ("1 maart 2025"). */
export function formatLongDate(date: Date): string {
  return DATE_FORMATS[texts.language].format(date);
}

/** yyyy-mm-dd as a date in the language shown ("1 maart 2025"), read as a local calendar day. */
export function formatIsoDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return formatLongDate(new Date(year, month - 1, day));
}
