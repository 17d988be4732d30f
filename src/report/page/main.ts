/**
 * Entry of dist/teamrapport.html. A report made by `npm run report` sits in
 * the page as JSON (<script type="application/json" id="report-data">, never
 * executed); without it the page offers the file picker.
 */
import '../elements/wed-report-page.js';
import type { ReportData } from '../types.js';

const page = document.querySelector('wed-report-page');
const embedded = document.getElementById('report-data')?.textContent?.trim();
if (page && embedded) page.data = JSON.parse(embedded) as ReportData;
