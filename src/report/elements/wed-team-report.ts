import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { pillarById } from '../../content/content.js';
import { bulletList } from '../../elements/rich-text.js';
import { baseStyles } from '../../styles/base.js';
import { NOTE_TEXTS, skipText, summarySentences } from '../summary.js';
import { assessment, format, texts } from '../texts.js';
import type { ReportData } from '../types.js';
import { exclusionNotices } from './exclusion-notices.js';
import { pillarSection } from './pillar-section.js';
import { reportStyles } from './report-styles.js';
import { statementSection } from './statement-section.js';

const t = texts.report;

/**
 * The team report for one ReportData: summary, participation, pillars,
 * statements and the focus pillar's recommendations. Aggregates only: the
 * data it gets holds no person.
 */
@customElement('wed-team-report')
export class WedTeamReport extends LitElement {
  static override styles = [
    baseStyles,
    reportStyles,
    css`
      h2[tabindex] {
        scroll-margin-top: var(--wed-space-3);
      }
    `,
  ];

  @property({ attribute: false }) data: ReportData | null = null;

  /** Moves focus to the report's heading, e.g. after new files were read. */
  override focus(): void {
    this.renderRoot.querySelector<HTMLElement>('#report-heading')?.focus();
  }

  override render() {
    const data = this.data;
    if (!data) return nothing;
    const summary = summarySentences(data);
    return html`<h2 id="report-heading" tabindex="-1">${t.summaryHeading}</h2>
      ${
        summary.length > 0
          ? html`<ul>
              ${summary.map((sentence) => html`<li>${sentence}</li>`)}
            </ul>`
          : nothing
      }
      ${data.notes.map((note) => html`<p class="notice">${NOTE_TEXTS[note]}</p>`)} ${this.#participation(data)}
      ${data.analysed > 0 ? html`${pillarSection(data.pillars, data.focus)} ${statementSection(data)}` : nothing}
      ${this.#recommendations(data)}`;
  }

  #participation(data: ReportData): TemplateResult {
    const p = data.participation;
    const skipped = data.skipped.reduce((sum, s) => sum + s.count, 0);
    return html`<section aria-labelledby="participation-heading">
      <h2 id="participation-heading">${t.participationHeading}</h2>
      <dl class="figures">
        <dt>${t.learners}</dt>
        <dd>${p.learners}</dd>
        <dt>${t.completed}</dt>
        <dd>${p.completed}</dd>
        <dt>${t.inProgress}</dt>
        <dd>${p.inProgress}</dd>
        <dt>${t.notStarted}</dt>
        <dd>${p.notStarted ?? t.unknown}</dd>
        ${
          p.notCompleted > 0
            ? html`<dt>${t.notCompleted}</dt>
                <dd>${p.notCompleted}</dd>`
            : nothing
        }
      </dl>
      <p>${t.noteCompletedMeaning}</p>
      ${exclusionNotices(data.sources, data.excluded)}
      ${data.analysed > 0 ? html`<p>${format(t.analysed, { count: data.analysed })}</p>` : nothing}
      ${
        skipped > 0
          ? html`<p>${format(t.skipped, { count: skipped })}</p>
              <ul>
                ${data.skipped.map((s) => html`<li>${skipText(s.reason, s.count)}</li>`)}
              </ul>`
          : nothing
      }
    </section>`;
  }

  #recommendations(data: ReportData): TemplateResult | typeof nothing {
    if (!data.focus) return nothing;
    const pillar = pillarById(data.focus, assessment);
    return html`<section aria-labelledby="recommendations-heading">
      <h2 id="recommendations-heading">${format(t.recommendationsHeading, { number: pillar.number, question: pillar.question })}</h2>
      ${bulletList(pillar.recommendations)}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wed-team-report': WedTeamReport;
  }
}
