/** The report's Dutch texts (content/nl/report.json), the assessment's Dutch texts, and number formatting. */
import reportJson from '../../content/nl/report.json';
import { format } from '../content/format.js';
import { intro } from '../content/packs/nl-launch.js';
import { assessment as laterAssessment } from '../content/packs/nl-later.js';
import type { AssessmentContent } from '../content/types.js';

export type ReportTexts = typeof reportJson;

export const texts: ReportTexts = reportJson;

/** The statements, pillars and scale as the learners read them in Dutch, for the report's names and labels. */
export const assessment: AssessmentContent = { ...intro, ...laterAssessment };

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
