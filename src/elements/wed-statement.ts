import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { format } from '../content/format.js';
import { texts } from '../content/texts.js';
import type { AnswerId, Statement } from '../content/types.js';
import { baseStyles } from '../styles/base.js';
import { StoreActionEvent } from './events.js';
import { TextsController } from './texts-controller.js';

/**
 * One statement: a native radio group on the seed's four-point scale. The
 * options stand four in a row, two rows of two or in one column, by the room
 * the statement has (an LMS frame can be narrow), never three and one.
 */
@customElement('wed-statement')
export class WedStatement extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        container-type: inline-size;
      }
      fieldset {
        margin: var(--wed-space-3) 0 0;
        padding: var(--wed-space-3);
        border: 1px solid var(--wed-color-border);
        border-radius: var(--wed-radius);
        min-width: 0;
      }
      /* As in GOV.UK: a thick left border in the error colour, besides the message. */
      fieldset.invalid {
        border-color: var(--wed-color-error);
        border-left-width: 5px;
        padding-left: calc(var(--wed-space-3) - 4px);
      }
      /* A floated legend sits inside the border instead of breaking it, which reads better when it wraps. */
      legend {
        float: left;
        width: 100%;
        padding: 0;
      }
      .number {
        display: block;
        font-size: 0.9rem;
        color: var(--wed-color-muted);
      }
      .error-message {
        clear: both;
        margin: 0;
        padding-top: var(--wed-space-2);
        color: var(--wed-color-error);
        font-weight: 700;
      }
      .options {
        clear: both;
        display: grid;
        grid-template-columns: 1fr;
        gap: var(--wed-space-2);
        margin-top: var(--wed-space-2);
      }
      label {
        display: flex;
        align-items: center;
        gap: var(--wed-space-2);
        min-height: 2.75rem;
        padding: var(--wed-space-1) var(--wed-space-2);
        border: 1px solid var(--wed-color-border);
        border-radius: var(--wed-radius);
        cursor: pointer;
      }
      label:has(input:checked) {
        border-width: 2px;
        border-color: var(--wed-color-accent);
        background: var(--wed-color-surface);
        font-weight: 600;
      }
      input {
        width: 1.25rem;
        height: 1.25rem;
        margin: 0;
        accent-color: var(--wed-color-accent);
      }
      /*
       * From these widths on, the longest label ("helemaal oneens", "strongly disagree") fits on one line even in
       * bold, as when chosen (measured with DejaVu Sans, wider than most system fonts), so choosing never reflows.
       */
      @container (min-width: 28.5rem) {
        .options {
          grid-template-columns: repeat(2, 1fr);
        }
      }
      @container (min-width: 48.5rem) {
        .options {
          grid-template-columns: repeat(4, 1fr);
        }
        label {
          flex-direction: column;
          justify-content: center;
          gap: var(--wed-space-1);
          /* Room for the chosen option's thicker border. */
          min-height: 3.75rem;
          text-align: center;
        }
      }
    `,
  ];

  @property({ attribute: false }) statement!: Statement;
  @property({ type: Number }) number = 0;
  @property({ attribute: false }) answer: AnswerId | null = null;
  /** Review mode: the answer is shown, not changed. */
  @property({ type: Boolean }) disabled = false;
  /** Shows the error "choose an answer" (the learner went on without one). */
  @property({ type: Boolean }) invalid = false;

  constructor() {
    super();
    new TextsController(this);
  }

  /** Focuses the first option with the statement above it in view, as GOV.UK's error summary does. */
  focusFirstOption(): void {
    this.renderRoot.querySelector('legend')?.scrollIntoView();
    this.renderRoot.querySelector('input')?.focus({ preventScroll: true });
  }

  override render() {
    const { statement } = this;
    const { assessment, ui } = texts;
    return html`<fieldset class=${this.invalid ? 'invalid' : ''} aria-describedby=${ifDefined(this.invalid ? 'error' : undefined)}>
      <legend>
        <span class="number">${format(ui.statements.statementNumber, { number: this.number })}</span>
        ${statement.text}${
          statement.footnote
            ? html`<span aria-hidden="true">${ui.statements.footnoteMarker}</span
                ><span class="visually-hidden"> (${ui.statements.footnoteLabel}: ${statement.footnote})</span>`
            : nothing
        }
      </legend>
      ${
        this.invalid
          ? html`<p class="error-message" id="error">
              <span class="visually-hidden">${ui.statements.errorPrefix} </span
              >${format(ui.statements.chooseAnswer, { number: this.number })}
            </p>`
          : nothing
      }
      <div class="options">
        ${assessment.scale.map(
          (option) =>
            html`<label>
              <input
                type="radio"
                name=${statement.id}
                value=${option.id}
                .checked=${this.answer === option.id}
                ?disabled=${this.disabled}
                @change=${() => this.#choose(option.id)}
              />
              ${option.label}
            </label>`,
        )}
      </div>
    </fieldset>`;
  }

  #choose(answer: AnswerId): void {
    this.dispatchEvent(new StoreActionEvent({ type: 'answer', statement: this.statement.id, answer }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wed-statement': WedStatement;
  }
}
