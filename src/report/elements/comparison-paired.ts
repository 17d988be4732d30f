import { html, type TemplateResult } from 'lit';
import { pillarById } from '../../content/content.js';
import type { ComparisonData } from '../comparison-types.js';
import { assessment, format, texts } from '../texts.js';
import { pairedWithheld } from './comparison-moments.js';
import { tableRegion } from './table-region.js';

const c = texts.comparePage;

/** For learners at both moments, per pillar how many scored higher, the same and lower; counts only. */
export function pairedSection(data: ComparisonData): TemplateResult {
  const { paired } = data;
  const withheld = pairedWithheld(paired, data.minGroup);
  return html`<section aria-labelledby="paired-heading">
    <h2 id="paired-heading">${c.pairedHeading}</h2>
    ${
      withheld
        ? html`<p class="notice">${withheld}</p>`
        : html`<p>${format(c.pairedIntro, { count: paired.learners })}</p>
            ${tableRegion(
              'paired-caption',
              c.pairedCaption,
              'paired',
              html`<thead>
                  <tr>
                    <th scope="col">${c.pillarColumn}</th>
                    <th scope="col" class="number">${c.improved}</th>
                    <th scope="col" class="number">${c.stayed}</th>
                    <th scope="col" class="number">${c.declined}</th>
                  </tr>
                </thead>
                <tbody>
                  ${paired.pillars.map(
                    (p) =>
                      html`<tr>
                        <th scope="row">${pillarById(p.pillar, assessment).name}</th>
                        <td class="number">${p.improved}</td>
                        <td class="number">${p.stayed}</td>
                        <td class="number">${p.declined}</td>
                      </tr>`,
                  )}
                </tbody>`,
            )}`
    }
  </section>`;
}
