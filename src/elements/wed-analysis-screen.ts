import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { pillarById, scaleOption, statementById } from '../content/content.js';
import { format } from '../content/format.js';
import { texts } from '../content/texts.js';
import type { Pillar, PillarId } from '../content/types.js';
import { analyse, type PillarAnalysis } from '../model/analysis.js';
import type { EarlierProfile } from '../model/history.js';
import { baseStyles } from '../styles/base.js';
import { attentionSentence, compareWithEarlier, earlierDate, scoresSentence } from './earlier-comparison.js';
import { ForgetHistoryEvent } from './history-events.js';
import { bulletList, paragraphs } from './rich-text.js';
import { ScreenElement } from './screen-element.js';
import './wed-confirm-action.js';
import './wed-pillar-profile.js';

/**
 * Step 3: the pillar profile, the advice for every pillar with a (helemaal)
 * oneens, the other pillars' advice folded, and the choice of a pillar when
 * (nearly) all answers agree.
 */
@customElement('wed-analysis-screen')
export class WedAnalysisScreen extends ScreenElement {
  static override styles = [
    baseStyles,
    css`
      section {
        margin-top: var(--wed-space-5);
      }
      .disagreed {
        border-left: 4px solid var(--wed-color-attention);
        padding-left: var(--wed-space-3);
      }
      .answer {
        color: var(--wed-color-muted);
      }
      details {
        border: 1px solid var(--wed-color-border);
        border-radius: var(--wed-radius);
        padding: var(--wed-space-2) var(--wed-space-3);
        margin-bottom: var(--wed-space-3);
      }
      summary {
        cursor: pointer;
        font-weight: 600;
        min-height: 2.75rem;
        padding: var(--wed-space-2) 0;
      }
      fieldset {
        border: 1px solid var(--wed-color-border);
        border-radius: var(--wed-radius);
        padding: var(--wed-space-3);
        margin: 0;
      }
      legend {
        font-weight: 700;
        padding: 0 var(--wed-space-1);
      }
      fieldset label {
        display: flex;
        gap: var(--wed-space-2);
        align-items: flex-start;
        padding: var(--wed-space-2) 0;
      }
      input[type='radio'] {
        flex: none;
        width: 1.25rem;
        height: 1.25rem;
        margin: 0.15rem 0 0;
      }
      ul ul {
        margin-top: var(--wed-space-1);
      }
      dt {
        font-weight: 700;
        margin-top: var(--wed-space-2);
      }
      dd {
        margin: 0;
      }
      .forgotten {
        border-left: 4px solid var(--wed-color-ok);
        padding-left: var(--wed-space-3);
        margin-top: var(--wed-space-4);
      }
    `,
  ];

  /** The learner's latest earlier completed profile, shown beside this one; null: none. */
  @property({ attribute: false }) earlier: EarlierProfile | null = null;

  /** The learner confirmed removing the browser's history; the app has yet to take the earlier profile away. */
  #forgetting = false;
  /** The earlier profile went after the learner removed it: the status says so. */
  @state() private historyForgotten = false;
  @query('[data-history-status]') private historyStatus?: HTMLElement;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('earlier')) return;
    this.historyForgotten = this.earlier === null && this.#forgetting;
    this.#forgetting = false;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('historyForgotten') && this.historyForgotten) void this.#focusHistoryStatus();
  }

  /**
   * The section with the focused button is gone: focus goes to what took its
   * place, once the profile above it has lost its "then" rows, or the page
   * would shift it out of view after it was scrolled to.
   */
  async #focusHistoryStatus(): Promise<void> {
    await this.renderRoot.querySelector('wed-pillar-profile')?.updateComplete;
    this.historyStatus?.focus();
  }

  override render() {
    const analysis = analyse(this.state.answers);
    const attention = analysis.pillars.filter((pillar) => pillar.needsAttention);
    const folded = analysis.pillars.filter((pillar) => !pillar.needsAttention);
    const { ui } = texts;
    const intro = texts.assessment.analysis;
    return html`<p class="label">${intro.label}</p>
      <h1 data-screen-heading tabindex="-1">${intro.heading}</h1>
      ${paragraphs(intro.paragraphs)}
      <wed-pillar-profile .answers=${this.state.answers} .earlier=${this.earlier?.profile ?? null}></wed-pillar-profile>
      ${this.#renderEarlier()}
      <div role="status" data-history-status tabindex="-1" class=${this.historyForgotten ? 'forgotten' : ''}>
        ${this.historyForgotten ? html`<p>${ui.analysis.historyForgotten}</p>` : nothing}
      </div>
      ${attention.map((result) => this.#renderAttentionPillar(result))} ${analysis.suggestChoosePillar ? this.#renderChoice() : nothing}
      ${
        folded.length > 0
          ? html`<section>
              <h2>${ui.analysis.foldedPillarsHeading}</h2>
              ${folded.map((result) => this.#renderFoldedPillar(pillarById(result.id, texts.assessment)))}
            </section>`
          : nothing
      }
      <div class="actions">
        <button type="button" @click=${() => this.emit({ type: 'go-to', screen: 'statements' })}>${ui.app.previous}</button>
        <button type="button" class="primary" @click=${() => this.emit({ type: 'go-to', screen: 'plan' })}>${ui.app.next}</button>
      </div>`;
  }

  /**
   * Then and now as text, and where "then" comes from. Removing the browser's
   * history is offered in review mode too: it changes nothing of the attempt.
   */
  #renderEarlier() {
    if (!this.earlier) return nothing;
    const { profile, source } = this.earlier;
    const { analysis } = texts.ui;
    return html`<section data-earlier>
      <h2>${analysis.earlierHeading}</h2>
      <p>${format(analysis.earlierDate, { date: earlierDate(profile) })}</p>
      <dl>
        ${compareWithEarlier(this.state.answers, profile).map(
          (comparison) =>
            html`<dt>${comparison.pillar.name}</dt>
              <dd data-pillar-change=${comparison.pillar.id}>${scoresSentence(comparison)} ${attentionSentence(comparison)}</dd>`,
        )}
      </dl>
      <p>${source === 'browser' ? analysis.earlierFromBrowser : analysis.earlierFromLrs}</p>
      ${
        source === 'browser'
          ? html`<wed-confirm-action
              label=${analysis.forgetHistory}
              question=${analysis.forgetQuestion}
              confirm-label=${analysis.forgetConfirm}
              cancel-label=${analysis.forgetCancel}
              .onConfirm=${() => this.#forgetHistory()}
            ></wed-confirm-action>`
          : nothing
      }
    </section>`;
  }

  #forgetHistory(): void {
    this.#forgetting = true;
    this.dispatchEvent(new ForgetHistoryEvent());
  }

  #renderAttentionPillar(result: PillarAnalysis) {
    const pillar = pillarById(result.id, texts.assessment);
    const { ui } = texts;
    return html`<section data-pillar=${pillar.id}>
      ${pillar.analysisHeading ? html`<p class="label">${pillar.analysisHeading}</p>` : nothing}
      <h2>${format(ui.analysis.pillarHeading, { number: pillar.number, question: pillar.question })}</h2>
      <div class="disagreed">
        <p>${ui.analysis.disagreedIntro}</p>
        <ul>
          ${result.disagreed.map((id) => {
            const answer = this.state.answers[id];
            return html`<li data-statement=${id}>
              ${statementById(id, texts.assessment).statement.text}
              ${
                answer
                  ? html`<span class="answer"
                      >(${format(ui.analysis.yourAnswer, { answer: scaleOption(answer, texts.assessment).label })})</span
                    >`
                  : nothing
              }
            </li>`;
          })}
        </ul>
      </div>
      ${this.#renderAdvice(pillar)}
    </section>`;
  }

  #renderFoldedPillar(pillar: Pillar) {
    return html`<details data-pillar=${pillar.id}>
      <summary>${format(texts.ui.analysis.showAdvice, { number: pillar.number, question: pillar.question })}</summary>
      ${pillar.analysisHeading ? html`<p class="label">${pillar.analysisHeading}</p>` : nothing} ${this.#renderAdvice(pillar)}
    </details>`;
  }

  /** The same advice, whether the pillar is shown open or folded. */
  #renderAdvice(pillar: Pillar) {
    return html`<h3>${pillar.recommendationsHeading}</h3>
      ${paragraphs(pillar.recommendationsIntro)} ${bulletList(pillar.recommendations)}
      <h3>${pillar.tipsHeading}</h3>
      ${bulletList(pillar.tips)}`;
  }

  #renderChoice() {
    const chosen = this.state.chosenPillar;
    const { assessment, ui } = texts;
    const option = (value: PillarId | null, label: string) =>
      html`<label>
        <input
          type="radio"
          name="chosen-pillar"
          value=${value ?? 'none'}
          .checked=${chosen === value}
          ?disabled=${this.readOnly}
          @change=${() => this.emit({ type: 'choose-pillar', pillar: value })}
        />
        <span>${label}</span>
      </label>`;
    return html`<section class="choice">
      <p>${assessment.analysis.allAgreePrompt}</p>
      <fieldset>
        <legend>${ui.analysis.choosePillarLegend}</legend>
        ${assessment.pillars.map((pillar) =>
          option(pillar.id, format(ui.analysis.pillarOption, { name: pillar.name, question: pillar.question })),
        )}
        ${option(null, ui.analysis.choosePillarNone)}
      </fieldset>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wed-analysis-screen': WedAnalysisScreen;
  }
}
