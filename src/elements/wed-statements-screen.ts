import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { assessment } from '../content/content.js';
import { format } from '../content/format.js';
import type { Pillar } from '../content/types.js';
import { ui } from '../content/ui.js';
import { STATEMENT_IDS, answeredCount, firstUnanswered } from '../model/scoring.js';
import { paragraphs } from './rich-text.js';
import { renderQuote, quoteStyles } from './quote.js';
import { ScreenElement } from './screen-element.js';
import './wed-statement.js';

/** Step 2: the twelve statements, a fieldset per pillar, and the refusal to go on with open ones. */
@customElement('wed-statements-screen')
export class WedStatementsScreen extends ScreenElement {
  static override styles = [
    ...ScreenElement.styles,
    quoteStyles,
    css`
      .pillar {
        border: 0;
        margin: var(--wed-space-4) 0 0;
        padding: 0;
        min-width: 0;
      }
      .pillar > legend {
        padding: 0;
      }
      .pillar > legend h2 {
        margin-top: 0;
      }
      .counter {
        font-weight: 600;
      }
      .footnote {
        font-size: 0.95rem;
        color: var(--wed-color-muted);
      }
      .message {
        color: var(--wed-color-error);
        font-weight: 600;
      }
    `,
  ];

  /** Set when the learner tried to go on with open statements. */
  @state() private refused = false;

  override render() {
    const { statements } = assessment;
    const answered = answeredCount(this.state.answers);
    const missing = STATEMENT_IDS.length - answered;
    return html`
      <p class="label">${statements.label}</p>
      <h1 data-screen-heading tabindex="-1">${statements.heading}</h1>
      ${paragraphs(statements.paragraphs)}
      ${assessment.pillars.map((pillar) => this.#renderPillar(pillar))}
      ${renderQuote(statements.quote)}
      <p class="counter" aria-live="polite">
        ${format(ui.statements.counter, { answered, total: STATEMENT_IDS.length })}
      </p>
      <div role="status">
        ${this.refused && missing > 0
          ? html`<p class="message">${format(ui.statements.unanswered, { missing })}</p>`
          : nothing}
      </div>
      <div class="actions">
        <button type="button" @click=${() => this.emit({ type: 'go-to', screen: 'video' })}>${ui.app.previous}</button>
        <button type="button" class="primary" @click=${this.#continue}>${ui.app.next}</button>
      </div>
    `;
  }

  #renderPillar(pillar: Pillar) {
    const footnotes = pillar.statements.filter((statement) => statement.footnote);
    return html`<fieldset class="pillar">
      <legend><h2>${pillar.statementsHeading}</h2></legend>
      ${pillar.statements.map(
        (statement) =>
          html`<wed-statement
            .statement=${statement}
            .number=${STATEMENT_IDS.indexOf(statement.id) + 1}
            .answer=${this.state.answers[statement.id] ?? null}
            .disabled=${this.readOnly}
          ></wed-statement>`,
      )}
      ${footnotes.map(
        (statement) =>
          // Screen readers hear the footnote in the statement's legend.
          html`<p class="footnote" aria-hidden="true">${ui.statements.footnoteMarker}${statement.footnote}</p>`,
      )}
    </fieldset>`;
  }

  #continue = async (): Promise<void> => {
    const open = firstUnanswered(this.state.answers);
    if (!open) {
      this.refused = false;
      this.emit({ type: 'go-to', screen: 'analysis' });
      return;
    }
    this.refused = true;
    await this.updateComplete;
    const target = [...this.renderRoot.querySelectorAll('wed-statement')].find((el) => el.statement.id === open);
    target?.focusFirstOption();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'wed-statements-screen': WedStatementsScreen;
  }
}
