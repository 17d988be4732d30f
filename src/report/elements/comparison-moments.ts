import { html, nothing, type TemplateResult } from 'lit';
import type { ComparisonData, MomentFigures, PairedFigures } from '../comparison-types.js';
import { format, texts } from '../texts.js';
import { exclusionNotices } from './exclusion-notices.js';
import { tableRegion } from './table-region.js';

const c = texts.comparePage;
const t = texts.report;

/** Where each moment's figures come from and who took part, side by side. */
export function momentsSection(data: ComparisonData): TemplateResult {
  const { then, now } = data;
  const row = (label: string, value: (moment: MomentFigures) => unknown) =>
    html`<tr>
      <th scope="row">${label}</th>
      <td>${value(then)}</td>
      <td>${value(now)}</td>
    </tr>`;
  const skipped = (moment: MomentFigures) => moment.skipped.reduce((sum, s) => sum + s.count, 0);
  return html`<section aria-labelledby="moments-heading">
    <h2 id="moments-heading">${c.momentsHeading}</h2>
    ${tableRegion(
      'moments-caption',
      c.momentsCaption,
      'moments',
      html`<thead>
          <tr>
            <th scope="col">${c.figureColumn}</th>
            <th scope="col">${then.label}</th>
            <th scope="col">${now.label}</th>
          </tr>
        </thead>
        <tbody>
          ${row(c.sourcesRow, sourceList)} ${row(t.learners, (m) => m.participation.learners)}
          ${row(t.completed, (m) => m.participation.completed)} ${row(t.inProgress, (m) => m.participation.inProgress)}
          ${row(t.notStarted, (m) => m.participation.notStarted ?? t.unknown)} ${row(c.analysedRow, (m) => m.analysed)}
          ${row(c.skippedRow, skipped)}
        </tbody>`,
    )}
    ${momentWithheld(then, data.minGroup)} ${momentWithheld(now, data.minGroup)}
    ${exclusionNotices([...then.sources, ...now.sources], data.excluded)}
  </section>`;
}

function sourceList(moment: MomentFigures): TemplateResult {
  return html`<ul class="plain">
    ${moment.sources.map((s) => html`<li>${s.kind === 'lrs' ? s.label : format(texts.page.fileRead, { file: s.label, kind: texts.kinds[s.kind], rows: s.rows })}</li>`)}
  </ul>`;
}

/** Why a moment's figures are not shown, or nothing. */
function momentWithheld(moment: MomentFigures, minGroup: number): TemplateResult | typeof nothing {
  if (!moment.withheld) return nothing;
  const text =
    moment.withheld === 'below-min-group'
      ? format(c.withheldBelowMin, { label: moment.label, min: minGroup, count: moment.analysed })
      : format(c.withheldNoAnswers, { label: moment.label });
  return html`<p class="notice">${text}</p>`;
}

/** Why the paired change is not shown, or nothing. */
export function pairedWithheld(paired: PairedFigures, minGroup: number): string | null {
  if (!paired.withheld) return null;
  return paired.withheld === 'below-min-group'
    ? format(c.pairedWithheldBelowMin, { min: minGroup, count: paired.learners })
    : c.pairedWithheldNoAnswers;
}
