import { html, type TemplateResult } from 'lit';
import { scaleOption, statementById } from '../../content/content.js';
import { ANSWER_IDS } from '../../content/types.js';
import type { ComparisonData, StatementShift } from '../comparison-types.js';
import { assessment, format, texts } from '../texts.js';
import { signed, wholePercent } from './change-format.js';

const c = texts.comparePage;
const t = texts.report;

/**
 * Per statement the share of each answer at both moments (two rows) and the
 * change in the share that disagreed, as one compact table.
 */
export function comparisonStatementsSection(data: ComparisonData): TemplateResult {
  return html`<section aria-labelledby="compare-statements-heading">
    <h2 id="compare-statements-heading">${c.statementsHeading}</h2>
    ${data.statementShifts.length === 0 ? html`<p>${c.nothingToCompare}</p>` : shiftTable(data)}
  </section>`;
}

function shiftTable(data: ComparisonData): TemplateResult {
  const scale = ANSWER_IDS.map((id) => scaleOption(id, assessment));
  return html`<p>${c.statementsIntro}</p>
    <div class="table-scroll" role="region" aria-labelledby="compare-statements-caption" tabindex="0">
      <table class="shifts">
        <caption id="compare-statements-caption">
          ${format(c.statementsCaption, { then: data.then.label, now: data.now.label })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.statementColumn}</th>
            <th scope="col">${c.momentColumn}</th>
            ${scale.map((option) => html`<th scope="col" class="number">${option.label}</th>`)}
            <th scope="col" class="number">${c.disagreeChangeColumn}</th>
          </tr>
        </thead>
        ${data.statementShifts.map((shift) => shiftRows(data, shift))}
      </table>
    </div>`;
}

function shiftRows(data: ComparisonData, shift: StatementShift): TemplateResult {
  const { statement } = statementById(shift.statement, assessment);
  const shares = (values: readonly number[]) => values.map((value) => html`<td class="number">${wholePercent(value)}%</td>`);
  return html`<tbody>
    <tr>
      <th scope="rowgroup" rowspan="2">${statement.text}</th>
      <th scope="row">${data.then.label}</th>
      ${shares(shift.then)}
      <td class="number change" rowspan="2">${signed(Math.round(shift.disagree))}</td>
    </tr>
    <tr>
      <th scope="row">${data.now.label}</th>
      ${shares(shift.now)}
    </tr>
  </tbody>`;
}
