import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { pillarById, scaleOption } from '../content/content.js';
import { format } from '../content/format.js';
import { texts } from '../content/texts.js';
import type { Pillar } from '../content/types.js';
import { analyse } from '../model/analysis.js';
import type { EarlierProfile } from '../model/history.js';
import type { AssessmentState } from '../model/state.js';
import { baseStyles } from '../styles/base.js';
import { formatIsoDate, formatLongDate } from './long-date.js';
import { printPlan } from './print-plan.js';
import { bulletList, paragraphs } from './rich-text.js';
import { TextsController } from './texts-controller.js';
import './wed-pillar-profile.js';

/**
 * The printed document (also "save as PDF"): answers, analysis and plan as
 * plain text. The app shows it only in print; learner text is bound as text.
 */
@customElement('wed-print-report')
export class WedPrintReport extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        font-size: 11pt;
        line-height: 1.4;
        color: #000;
      }
      h1 {
        font-size: 18pt;
        margin-top: 0;
      }
      h2 {
        font-size: 14pt;
        margin-top: 1.5em;
        border-bottom: 1px solid #000;
      }
      h3 {
        font-size: 12pt;
      }
      h2,
      h3,
      dt {
        break-after: avoid;
      }
      .block,
      dt,
      dd,
      li {
        break-inside: avoid;
      }
      p,
      li {
        max-width: none;
      }
      dl {
        margin: 0;
      }
      dt {
        margin-top: var(--wed-space-2);
      }
      dd {
        margin: 0 0 0 var(--wed-space-3);
        font-weight: 700;
      }
      .learner {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        margin: 0;
      }
      .empty {
        font-style: italic;
      }
      li > p {
        margin: 0 0 var(--wed-space-1);
      }
      @media print {
        a {
          color: inherit;
        }
        /* The printed URL replaces the on-screen "opens in a new tab" arrow. */
        .external-mark {
          display: none;
        }
        a[href]::after {
          content: ' (' attr(href) ')';
          overflow-wrap: anywhere;
        }
      }
    `,
  ];

  @property({ attribute: false }) state!: AssessmentState;

  /** The learner's latest earlier completed profile, shown beside this one; null: none. */
  @property({ attribute: false }) earlier: EarlierProfile | null = null;

  constructor() {
    super();
    new TextsController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.#refresh);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.#refresh);
  }

  /** The page may have been open since yesterday: print today's date. */
  #refresh = (): void => this.requestUpdate();

  override render() {
    if (!this.state) return nothing;
    const { assessment, ui } = texts;
    return html`<article>
      <h1>${ui.print.title}</h1>
      <p>${format(ui.print.printedOn, { date: formatLongDate(new Date()) })}</p>
      <section>
        <h2>${ui.print.answersHeading}</h2>
        ${assessment.pillars.map((pillar) => this.#renderAnswers(pillar))}
      </section>
      <section>
        <h2>${ui.print.analysisHeading}</h2>
        ${this.#renderAnalysis()}
      </section>
      <section>
        <h2>${ui.print.planHeading}</h2>
        ${printPlan(this.state.plan, formatIsoDate)}
      </section>
    </article>`;
  }

  #renderAnswers(pillar: Pillar) {
    return html`<div class="block">
      <h3>${pillar.statementsHeading}</h3>
      <dl>
        ${pillar.statements.map((statement) => {
          const answer = this.state.answers[statement.id];
          const label = answer ? scaleOption(answer, texts.assessment).label : undefined;
          return html`<dt>${statement.text}</dt>
            <dd class=${label ? '' : 'empty'}>${label ?? texts.ui.print.notAnswered}</dd>`;
        })}
      </dl>
    </div>`;
  }

  #renderAnalysis() {
    const { pillars } = analyse(this.state.answers);
    const chosen = this.state.chosenPillar ? pillarById(this.state.chosenPillar, texts.assessment) : undefined;
    const { assessment, ui } = texts;
    const shown = assessment.pillars.filter((pillar) => pillar === chosen || pillars.some((p) => p.id === pillar.id && p.needsAttention));
    return html`
      <wed-pillar-profile heading-level="3" .answers=${this.state.answers} .earlier=${this.earlier?.profile ?? null}></wed-pillar-profile>
      ${chosen ? html`<p>${format(ui.print.chosenPillar, { pillar: pillarName(chosen) })}</p>` : nothing}
      ${shown.map((pillar) => {
        const disagreed = pillars.find((p) => p.id === pillar.id)?.disagreed ?? [];
        return html`
          <h3>${pillarName(pillar)}</h3>
          ${
            disagreed.length > 0
              ? html`<p>${ui.analysis.disagreedIntro}</p>
                  <ul>
                    ${pillar.statements
                      .filter((statement) => disagreed.includes(statement.id))
                      .map((statement) => html`<li>${statement.text}</li>`)}
                  </ul>`
              : nothing
          }
          <h4>${pillar.recommendationsHeading}</h4>
          ${paragraphs(pillar.recommendationsIntro)} ${bulletList(pillar.recommendations)}
          <h4>${pillar.tipsHeading}</h4>
          ${bulletList(pillar.tips)}
        `;
      })}
    `;
  }
}

function pillarName(pillar: Pillar): string {
  return format(texts.ui.print.pillar, { number: pillar.number, name: pillar.name, question: pillar.question });
}

declare global {
  interface HTMLElementTagNameMap {
    'wed-print-report': WedPrintReport;
  }
}
