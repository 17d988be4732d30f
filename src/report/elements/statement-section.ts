import { html, svg, type TemplateResult } from 'lit';
import { scaleOption, statementById } from '../../content/content.js';
import { ANSWER_IDS, type ScaleOption } from '../../content/types.js';
import { assessment, format, percent, texts } from '../texts.js';
import type { ReportData, StatementFigures } from '../types.js';
import { tableRegion } from './table-region.js';

const t = texts.report;

/** The answer scale in order, in the texts shown (the report's Dutch). */
function scale(): ScaleOption[] {
  return ANSWER_IDS.map((id) => scaleOption(id, assessment));
}

/**
 * Per statement how many learners chose each answer: a stacked bar per
 * statement (its label lists the counts) and the same counts as a table.
 * Below the minimum group size only the explanation is shown.
 */
export function statementSection(data: ReportData): TemplateResult {
  return html`<section aria-labelledby="statements-heading">
    <h2 id="statements-heading">${t.statementsHeading}</h2>
    ${
      data.withheld
        ? html`<p class="notice">${format(t.statementsWithheld, { count: data.analysed, min: data.minGroup })}</p>`
        : html`<p>${t.statementsIntro}</p>
            ${legend()}
            <ol class="statements">
              ${data.statements.map(statementItem)}
            </ol>
            ${statementTable(data.statements)}`
    }
  </section>`;
}

function legend(): TemplateResult {
  return html`<ul class="legend">
    ${scale().map(
      (option) =>
        html`<li>
          <svg aria-hidden="true" focusable="false" viewBox="0 0 10 10">
            <rect class="a${option.value}" width="10" height="10"></rect></svg
          >${option.label}
        </li>`,
    )}
  </ul>`;
}

function statementItem(figures: StatementFigures): TemplateResult {
  const { pillar, statement } = statementById(figures.statement, assessment);
  const answers = scale().map((option, i) => format(t.answerCount, { label: option.label, count: figures.counts[i] ?? 0 }));
  const label = format(t.statementAlt, { statement: statement.text, answers: answers.join(', ') });
  return html`<li>
    <span class="pillar-name">${pillar.name}</span><span class="visually-hidden">: </span>
    ${statement.text}
    <svg class="stack" role="img" aria-label=${label} viewBox="0 0 100 6" preserveAspectRatio="none">${segments(figures)}</svg>
  </li>`;
}

function segments(figures: StatementFigures) {
  let x = 0;
  return figures.counts.map((count, i) => {
    const width = figures.total === 0 ? 0 : (count / figures.total) * 100;
    const segment = svg`<rect class="segment a${i + 1}" x=${x} y="0" width=${width} height="6"></rect>`;
    x += width;
    return segment;
  });
}

function statementTable(statements: readonly StatementFigures[]): TemplateResult {
  return tableRegion(
    'statements-caption',
    t.tableCaption,
    '',
    html`<thead>
        <tr>
          <th scope="col">${t.statementColumn}</th>
          ${scale().map((option) => html`<th scope="col" class="number">${option.label}</th>`)}
          <th scope="col" class="number">${t.disagreeColumn}</th>
        </tr>
      </thead>
      <tbody>
        ${statements.map(
          (figures) =>
            html`<tr>
              <th scope="row">${statementById(figures.statement, assessment).statement.text}</th>
              ${figures.counts.map((count) => html`<td class="number">${count}</td>`)}
              <td class="number">${percent(figures.disagree, figures.total)}%</td>
            </tr>`,
        )}
      </tbody>`,
  );
}
