/**
 * What `npm run report` (scripts/report.mjs) uses of the core: the same
 * reading and aggregation as the page, the LRS reader, the text summary, and
 * putting a report into the built page as data.
 */
export { buildReport, readFiles, validMinGroup } from './build-report.js';
export { readLrs, isoSince } from './lrs-source.js';
export { textSummary } from './summary.js';
export { buildComparison, defaultLabels, filterRegistrations } from './compare.js';
export { comparisonTextSummary } from './comparison-summary.js';
export { ReportInputError } from './types.js';
import type { ComparisonData } from './comparison-types.js';
import type { ReportData } from './types.js';

export const DATA_MARKER = '<!--report-data-->';

/**
 * The page with the report as a JSON data block, which the page shows
 * instead of its file picker. "<" is escaped so the data cannot end the
 * element; a data block is never executed, so the page's CSP still holds.
 */
export function injectReport(pageHtml: string, data: ReportData): string {
  return inject(pageHtml, 'report-data', data);
}

/** The page with a comparison of two moments as a JSON data block (id comparison-data), as injectReport. */
export function injectComparison(pageHtml: string, data: ComparisonData): string {
  return inject(pageHtml, 'comparison-data', data);
}

function inject(pageHtml: string, id: string, data: ReportData | ComparisonData): string {
  if (!pageHtml.includes(DATA_MARKER)) throw new Error(`the report page has no ${DATA_MARKER} marker`);
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return pageHtml.replace(DATA_MARKER, () => `<script type="application/json" id="${id}">${json}</script>`);
}
