import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { assessment } from '../content/content.js';
import { format } from '../content/format.js';
import type { AnswerId, Statement } from '../content/types.js';
import { ui } from '../content/ui.js';
import { StoreActionEvent } from '../store/actions.js';
import { baseStyles } from '../styles/base.js';

/** One statement: a native radio group on the seed's four-point scale. */
@customElement('wed-statement')
export class WedStatement extends LitElement {
  static override styles = [
    baseStyles,
    css`
      fieldset {
        margin: var(--wed-space-3) 0 0;
        padding: var(--wed-space-3);
        border: 1px solid var(--wed-color-border);
        border-radius: var(--wed-radius);
        min-width: 0;
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
      .options {
        clear: both;
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
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
    `,
  ];

  @property({ attribute: false }) statement!: Statement;
  @property({ type: Number }) number = 0;
  @property({ attribute: false }) answer: AnswerId | null = null;
  /** Review mode: the answer is shown, not changed. */
  @property({ type: Boolean }) disabled = false;

  focusFirstOption(): void {
    this.renderRoot.querySelector('input')?.focus();
  }

  override render() {
    const { statement } = this;
    return html`<fieldset>
      <legend>
        <span class="number">${format(ui.statements.statementNumber, { number: this.number })}</span>
        ${statement.text}${statement.footnote
          ? html`<span aria-hidden="true">${ui.statements.footnoteMarker}</span
              ><span class="visually-hidden"> (${ui.statements.footnoteLabel}: ${statement.footnote})</span>`
          : nothing}
      </legend>
      <div class="options">
        ${assessment.scale.map(
          (option) => html`<label>
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
