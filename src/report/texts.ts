/** The report's Dutch texts (content/nl/report.json) and number formatting. */
import reportJson from '../../content/nl/report.json';
import { format } from '../content/format.js';

export type ReportTexts = typeof reportJson;

export const texts: ReportTexts = reportJson;

const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** 65.43 → "65,4"; 58 → "58". */
export function formatNumber(value: number): string {
  return decimal.format(value);
}

/** Share as a whole percentage: 6 of 7 → "86". */
export function percent(count: number, total: number): string {
  return total === 0 ? '0' : String(Math.round((count * 100) / total));
}

export { format };
