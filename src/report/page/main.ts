/**
 * Entry of dist/teamrapport.html. A report or a comparison made by
 * `npm run report` sits in the page as JSON (<script type="application/json"
 * id="report-data"> or id="comparison-data", never executed); without either
 * the page offers the file picker.
 */
import '../elements/wed-report-page.js';
import type { ComparisonData } from '../comparison-types.js';
import type { ReportData } from '../types.js';

const page = document.querySelector('wed-report-page');
const embedded = (id: string) => document.getElementById(id)?.textContent?.trim();
const report = embedded('report-data');
const comparison = embedded('comparison-data');
if (page && report) page.data = JSON.parse(report) as ReportData;
if (page && comparison) page.comparison = JSON.parse(comparison) as ComparisonData;
