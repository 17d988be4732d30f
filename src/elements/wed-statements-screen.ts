import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { format } from '../content/format.js';
import { texts } from '../content/texts.js';
import type { Pillar, StatementId } from '../content/types.js';
import { STATEMENT_IDS, allAnswered, answeredCount } from '../model/scoring.js';
import { paragraphs } from './rich-text.js';
import { renderQuote, quoteStyles } from './quote.js';
import { GoToErrorEvent } from './events.js';
import { ScreenElement } from './screen-element.js';
import './wed-error-summary.js';
import type { ErrorSummaryItem } from './wed-error-summary.js';
import './wed-statement.js';

/**
 * Step 2: the twelve statements, a fieldset per pillar. Going on with open
 * statements is refused with an error summary above and a message at each open
 * statement; both follow the answers until none is open.
 */
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
    `,
  ];

  /** Set when the learner tried to go on with open statements. */
  @state() private refused = false;

  constructor() {
    super();
    this.addEventListener(GoToErrorEvent.eventName, this.#goToStatement);
  }

  override render() {
    const { assessment, ui } = texts;
    const { statements } = assessment;
    const answered = answeredCount(this.state.answers);
    const errors = this.refused ? this.#openStatements().map((id) => this.#error(id)) : [];
    return html`
      ${
        errors.length
          ? html`<wed-error-summary
              .heading=${ui.statements.errorSummaryHeading}
              .errors=${errors}
              .titlePrefix=${ui.statements.errorPrefix}
            ></wed-error-summary>`
          : nothing
      }
      <p class="label">${statements.label}</p>
      <h1 data-screen-heading tabindex="-1">${statements.heading}</h1>
      ${paragraphs(statements.paragraphs)} ${assessment.pillars.map((pillar) => this.#renderPillar(pillar))}
      ${renderQuote(statements.quote)}
      <p class="counter" aria-live="polite">${format(ui.statements.counter, { answered, total: STATEMENT_IDS.length })}</p>
      <div class="actions">
        <button type="button" @click=${() => this.emit({ type: 'go-to', screen: 'video' })}>${ui.app.previous}</button>
        ${
          this.readOnly && !allAnswered(this.state.answers)
            ? nothing
            : html`<button type="button" class="primary" @click=${this.#continue}>${ui.app.next}</button>`
        }
      </div>
    `;
  }

  #renderPillar(pillar: Pillar) {
    const footnotes = pillar.statements.filter((statement) => statement.footnote);
    return html`<fieldset class="pillar">
      <legend><h2>${pillar.statementsHeading}</h2></legend>
      ${pillar.statements.map((statement) => {
        const answer = this.state.answers[statement.id] ?? null;
        return html`<wed-statement
          .statement=${statement}
          .number=${STATEMENT_IDS.indexOf(statement.id) + 1}
          .answer=${answer}
          .disabled=${this.readOnly}
          .invalid=${this.refused && answer === null}
        ></wed-statement>`;
      })}
      ${footnotes.map(
        (statement) =>
          // Screen readers hear the footnote in the statement's legend.
          html`<p class="footnote" aria-hidden="true">${texts.ui.statements.footnoteMarker}${statement.footnote}</p>`,
      )}
    </fieldset>`;
  }

  #openStatements(): StatementId[] {
    return STATEMENT_IDS.filter((id) => this.state.answers[id] === undefined);
  }

  #error(id: StatementId): ErrorSummaryItem {
    return { id, text: format(texts.ui.statements.chooseAnswer, { number: STATEMENT_IDS.indexOf(id) + 1 }) };
  }

  #continue = async (): Promise<void> => {
    if (allAnswered(this.state.answers)) {
      this.refused = false;
      this.emit({ type: 'go-to', screen: 'analysis' });
      return;
    }
    this.refused = true;
    await this.updateComplete;
    const summary = this.renderRoot.querySelector('wed-error-summary');
    await summary?.updateComplete;
    summary?.focus();
  };

  #goToStatement = (event: GoToErrorEvent): void => {
    event.stopPropagation();
    const target = [...this.renderRoot.querySelectorAll('wed-statement')].find((el) => el.statement.id === event.id);
    target?.focusFirstOption();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'wed-statements-screen': WedStatementsScreen;
  }
}
