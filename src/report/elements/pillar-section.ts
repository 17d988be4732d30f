import { html, svg, type TemplateResult } from 'lit';
import { pillarById } from '../../content/content.js';
import { assessment, format, formatNumber, percent, texts } from '../texts.js';
import { SCORE_BANDS, type PillarFigures } from '../types.js';

const t = texts.report;

/** The three pillars: mean, median, share needing attention, and the distribution as an SVG bar chart. */
export function pillarSection(pillars: readonly PillarFigures[], focus: string | null): TemplateResult {
  return html`<section aria-labelledby="pillars-heading">
    <h2 id="pillars-heading">${t.pillarsHeading}</h2>
    <p>${t.pillarsIntro}</p>
    <div class="pillars">${pillars.map((figures) => pillarCard(figures, figures.pillar === focus))}</div>
  </section>`;
}

function pillarCard(figures: PillarFigures, focus: boolean): TemplateResult {
  const pillar = pillarById(figures.pillar, assessment);
  return html`<article class="pillar ${focus ? 'focus' : ''}" aria-labelledby="pillar-${pillar.id}">
    <h3 id="pillar-${pillar.id}">${format(t.pillarHeading, { number: pillar.number, name: pillar.name })}</h3>
    <p>${pillar.question}</p>
    <dl class="figures">
      <dt>${t.mean}</dt>
      <dd>${formatNumber(figures.mean)}</dd>
      <dt>${t.median}</dt>
      <dd>${formatNumber(figures.median)}</dd>
      <dt>${t.attention}</dt>
      <dd>
        ${format(t.attentionValue, {
          count: figures.attention,
          total: figures.total,
          percent: percent(figures.attention, figures.total),
        })}
      </dd>
    </dl>
    <h4>${t.distribution}</h4>
    ${distributionChart(figures, pillar.name)}
  </article>`;
}

const ROW = 22;
const LABEL_WIDTH = 52;
const BAR_WIDTH = 180;

/** One horizontal bar per score band, labelled, with its count; the SVG's title is its text alternative. */
function distributionChart(figures: PillarFigures, name: string): TemplateResult {
  const bands = SCORE_BANDS.map(([from, to], i) => ({ from, to, count: figures.distribution[i] ?? 0 }));
  const alt = format(t.distributionAlt, {
    name,
    bands: bands.map((b) => format(t.band, b)).join(', '),
  });
  const max = Math.max(1, ...bands.map((b) => b.count));
  const id = `dist-${figures.pillar}`;
  return html`<svg role="img" aria-labelledby=${id} viewBox="0 0 ${LABEL_WIDTH + BAR_WIDTH + 30} ${bands.length * ROW}" width="100%">
    <title id=${id}>${alt}</title>
    ${bands.map(
      (band, i) => svg`<g transform="translate(0 ${i * ROW})">
        <text x="0" y="15">${format(t.bandLabel, band)}</text>
        <rect class="track" x=${LABEL_WIDTH} y="4" width=${BAR_WIDTH} height="14"></rect>
        <rect class="bar" x=${LABEL_WIDTH} y="4" width=${(band.count / max) * BAR_WIDTH} height="14"></rect>
        <text x=${LABEL_WIDTH + (band.count / max) * BAR_WIDTH + 4} y="15">${band.count}</text>
      </g>`,
    )}
  </svg>`;
}
