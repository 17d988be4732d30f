import { html, svg, type TemplateResult } from 'lit';
import { pillarById } from '../../content/content.js';
import { PILLAR_IDS, type PillarId } from '../../content/types.js';
import type { ComparisonData, MomentFigures } from '../comparison-types.js';
import { assessment, format, formatNumber, percent, texts } from '../texts.js';
import { SCORE_BANDS, type PillarFigures } from '../types.js';
import { signed, signedPoints } from './change-format.js';
import { tableRegion } from './table-region.js';

const c = texts.comparePage;
const t = texts.report;

const figuresOf = (moment: MomentFigures, pillar: PillarId) => moment.pillars.find((p) => p.pillar === pillar);

/**
 * Per pillar the mean, median and share needing attention at both moments
 * with the change (one table), then the two distributions per pillar as
 * paired bars: then outlined, now filled, each with its count.
 */
export function comparisonPillarsSection(data: ComparisonData): TemplateResult {
  const { then, now } = data;
  const both = then.pillars.length > 0 && now.pillars.length > 0;
  return html`<section aria-labelledby="compare-pillars-heading">
    <h2 id="compare-pillars-heading">${c.pillarsHeading}</h2>
    <p>${c.pillarsIntro}</p>
    ${tableRegion(
      'compare-pillars-caption',
      format(c.pillarsCaption, { then: then.label, now: now.label }),
      'changes',
      html`<thead>
          <tr>
            <th scope="col">${c.pillarColumn}</th>
            <th scope="col">${c.figureColumn}</th>
            <th scope="col" class="number">${then.label}</th>
            <th scope="col" class="number">${now.label}</th>
            <th scope="col" class="number">${c.changeColumn}</th>
          </tr>
        </thead>
        ${PILLAR_IDS.map((pillar) => pillarRows(data, pillar))}`,
    )}
    ${
      both
        ? html`<div class="distribution-block">
            <h3>${c.distributionHeading}</h3>
            ${distributionLegend(then.label, now.label)}
            <div class="distributions">${PILLAR_IDS.map((pillar) => distributionChart(data, pillar))}</div>
          </div>`
        : html`<p>${c.nothingToCompare}</p>`
    }
  </section>`;
}

function pillarRows(data: ComparisonData, pillar: PillarId): TemplateResult {
  const before = figuresOf(data.then, pillar);
  const after = figuresOf(data.now, pillar);
  const change = data.pillarChanges.find((p) => p.pillar === pillar);
  const name = pillarById(pillar, assessment).name;
  const cell = (figures: PillarFigures | undefined, value: (f: PillarFigures) => string) =>
    html`<td class="number">${figures ? value(figures) : c.notShown}</td>`;
  const attention = (f: PillarFigures) =>
    format(t.attentionValue, { count: f.attention, total: f.total, percent: percent(f.attention, f.total) });
  const changeCell = (value: number | null | undefined, show: (n: number) => string) =>
    html`<td class="number change">${value === null || value === undefined ? c.notShown : show(value)}</td>`;
  return html`<tbody>
    <tr>
      <th scope="rowgroup" rowspan="3" class="pillar-name">${name}</th>
      <th scope="row">${t.mean}</th>
      ${cell(before, (f) => formatNumber(f.mean))} ${cell(after, (f) => formatNumber(f.mean))} ${changeCell(change?.mean, signed)}
    </tr>
    <tr>
      <th scope="row">${t.median}</th>
      ${cell(before, (f) => formatNumber(f.median))} ${cell(after, (f) => formatNumber(f.median))} ${changeCell(change?.median, signed)}
    </tr>
    <tr>
      <th scope="row">${t.attention}</th>
      ${cell(before, attention)} ${cell(after, attention)} ${changeCell(change?.attentionShare, signedPoints)}
    </tr>
  </tbody>`;
}

function distributionLegend(then: string, now: string): TemplateResult {
  return html`<ul class="legend">
    <li>
      <svg aria-hidden="true" focusable="false" viewBox="0 0 10 10"><rect class="then" x="0.5" y="0.5" width="9" height="9"></rect></svg
      >${then}
    </li>
    <li>
      <svg aria-hidden="true" focusable="false" viewBox="0 0 10 10"><rect class="now" width="10" height="10"></rect></svg>${now}
    </li>
  </ul>`;
}

const BAR = 11;
const BAND = 2 * BAR + 8;
const LABEL_WIDTH = 52;
const BAR_WIDTH = 150;

/** Per score band a bar for each moment with its count; the SVG's title is its text alternative. */
function distributionChart(data: ComparisonData, pillar: PillarId): TemplateResult {
  const before = figuresOf(data.then, pillar)?.distribution ?? [];
  const after = figuresOf(data.now, pillar)?.distribution ?? [];
  const name = pillarById(pillar, assessment).name;
  const bands = (counts: readonly number[]) =>
    SCORE_BANDS.map(([from, to], i) => format(t.band, { from, to, count: counts[i] ?? 0 })).join(', ');
  const alt = format(c.distributionAlt, {
    name,
    then: data.then.label,
    thenBands: bands(before),
    now: data.now.label,
    nowBands: bands(after),
  });
  const max = Math.max(1, ...before, ...after);
  const bar = (count: number, y: number, kind: string) => {
    const width = (count / max) * BAR_WIDTH;
    return svg`<rect class=${kind} x=${LABEL_WIDTH + 0.5} y=${y + 0.5} width=${Math.max(width - 1, 0)} height=${BAR - 1}></rect>
      <text x=${LABEL_WIDTH + width + 4} y=${y + BAR - 1}>${count}</text>`;
  };
  const id = `compare-dist-${pillar}`;
  return html`<figure class="distribution">
    <figcaption>${name}</figcaption>
    <svg role="img" aria-labelledby=${id} viewBox="0 0 ${LABEL_WIDTH + BAR_WIDTH + 24} ${SCORE_BANDS.length * BAND}" width="100%">
      <title id=${id}>${alt}</title>
      ${SCORE_BANDS.map(
        ([from, to], i) => svg`<g transform="translate(0 ${i * BAND})">
          <text x="0" y=${BAR + 4}>${format(t.bandLabel, { from, to })}</text>
          ${bar(before[i] ?? 0, 0, 'then')} ${bar(after[i] ?? 0, BAR + 1, 'now')}
        </g>`,
      )}
    </svg>
  </figure>`;
}
