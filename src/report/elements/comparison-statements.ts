import { html, type TemplateResult } from 'lit';
import { scaleOption, statementById } from '../../content/content.js';
import { ANSWER_IDS } from '../../content/types.js';
import type { ComparisonData, StatementShift } from '../comparison-types.js';
import { assessment, format, texts } from '../texts.js';
import { signed, wholePercent } from './change-format.js';
import { tableRegion } from './table-region.js';

const c = texts.comparePage;
const t = texts.report;

/**
 * Per statement the share of each answer at both moments (then → now) and
 * the change in the share that disagreed, as one compact table.
 */
export function comparisonStatementsSection(data: ComparisonData): TemplateResult {
  return html`<section aria-labelledby="compare-statements-heading">
    <h2 id="compare-statements-heading">${c.statementsHeading}</h2>
    ${data.statementShifts.length === 0 ? html`<p>${c.nothingToCompare}</p>` : shiftTable(data)}
  </section>`;
}

function shiftTable(data: ComparisonData): TemplateResult {
  const scale = ANSWER_IDS.map((id) => scaleOption(id, assessment));
  return html`<p>${format(c.statementsIntro, { then: data.then.label, now: data.now.label })}</p>
    ${tableRegion(
      'compare-statements-caption',
      format(c.statementsCaption, { then: data.then.label, now: data.now.label }),
      'shifts',
      html`<thead>
          <tr>
            <th scope="col">${t.statementColumn}</th>
            ${scale.map((option) => html`<th scope="col" class="number">${option.label}</th>`)}
            <th scope="col" class="number">${c.disagreeChangeColumn}</th>
          </tr>
        </thead>
        <tbody>
          ${data.statementShifts.map((shift) => shiftRow(data, shift))}
        </tbody>`,
    )}`;
}

/** One row per statement: each answer's share then → now, and the change in disagreement. */
function shiftRow(data: ComparisonData, shift: StatementShift): TemplateResult {
  const { statement } = statementById(shift.statement, assessment);
  return html`<tr>
    <th scope="row">${statement.text}</th>
    ${shift.then.map(
      (before, i) =>
        html`<td class="number">
          <span class="visually-hidden">${data.then.label}: </span>${wholePercent(before)}<span aria-hidden="true"> → </span
          ><span class="visually-hidden">, ${data.now.label}: </span>${wholePercent(shift.now[i] ?? 0)}
        </td>`,
    )}
    <td class="number change">${signed(Math.round(shift.disagree))}</td>
  </tr>`;
}
