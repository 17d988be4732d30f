import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { baseStyles } from '../../styles/base.js';
import { comparisonSentences } from '../comparison-summary.js';
import type { ComparisonData, ComparisonMode } from '../comparison-types.js';
import { format, texts } from '../texts.js';
import { comparisonStyles } from './comparison-styles.js';
import { momentsSection } from './comparison-moments.js';
import { pairedSection } from './comparison-paired.js';
import { comparisonPillarsSection } from './comparison-pillars.js';
import { comparisonStatementsSection } from './comparison-statements.js';
import { reportStyles } from './report-styles.js';

const c = texts.comparePage;
const dutchDay = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' });
const day = (iso: string) => dutchDay.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));

/** How the two moments were chosen, in a sentence. */
function modeText(mode: ComparisonMode): string {
  switch (mode.kind) {
    case 'first-latest':
      return c.modeFirstLatestText;
    case 'date':
      return format(c.modeDateText, { date: day(mode.date) });
    case 'sets':
      return c.modeSetsText;
    case 'ranges': {
      const [first, second] = mode.ranges;
      return format(c.modeRangesText, { from1: day(first.from), to1: day(first.to), from2: day(second.from), to2: day(second.to) });
    }
  }
}

/**
 * The comparison of two moments for one ComparisonData: the moments and who
 * took part, the summary, the pillars and statements then and now, and the
 * paired change. Aggregates only: the data holds no person.
 */
@customElement('wed-comparison-report')
export class WedComparisonReport extends LitElement {
  static override styles = [baseStyles, reportStyles, comparisonStyles];

  @property({ attribute: false }) data: ComparisonData | null = null;

  /** Moves focus to the report's heading, e.g. after the comparison was made. */
  override focus(): void {
    this.renderRoot.querySelector<HTMLElement>('#comparison-heading')?.focus();
  }

  override render() {
    const data = this.data;
    if (!data) return nothing;
    const summary = comparisonSentences(data);
    return html`<h2 id="comparison-heading" tabindex="-1">${format(c.heading, { then: data.then.label, now: data.now.label })}</h2>
      <p>${modeText(data.mode)}</p>
      ${
        summary.length > 0
          ? html`<section aria-labelledby="compare-summary-heading">
              <h2 id="compare-summary-heading">${texts.report.summaryHeading}</h2>
              <ul class="summary">
                ${summary.map((sentence) => html`<li>${sentence}</li>`)}
              </ul>
            </section>`
          : nothing
      }
      ${momentsSection(data)} ${comparisonPillarsSection(data)} ${comparisonStatementsSection(data)} ${pairedSection(data)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wed-comparison-report': WedComparisonReport;
  }
}
