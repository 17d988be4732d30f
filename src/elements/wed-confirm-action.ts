import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { baseStyles } from '../styles/base.js';

/**
 * A secondary button for something that cannot be undone, confirmed in place:
 * the button gives way to a question with "yes" and "no", so one stray click
 * loses nothing. "Yes" calls `onConfirm` once; "no" brings the button back,
 * focused. The host passes the texts, in the language shown.
 */
@customElement('wed-confirm-action')
export class WedConfirmAction extends LitElement {
  static override styles = [
    baseStyles,
    css`
      .confirm {
        border-left: 4px solid var(--wed-color-attention);
        padding-left: var(--wed-space-3);
      }
      .confirm p {
        margin-top: 0;
        font-weight: 600;
      }
      .confirm .actions {
        margin-top: var(--wed-space-2);
      }
    `,
  ];

  @property() label = '';
  @property() question = '';
  @property({ attribute: 'confirm-label' }) confirmLabel = '';
  @property({ attribute: 'cancel-label' }) cancelLabel = '';
  @property({ attribute: false }) onConfirm: () => void = () => {};

  @state() private asking = false;
  @query('[data-question]') private questionElement?: HTMLElement;
  @query('[data-start]') private startButton?: HTMLButtonElement;

  override render() {
    if (!this.asking) return html`<button type="button" data-start @click=${() => this.#ask()}>${this.label}</button>`;
    return html`<div class="confirm">
      <p data-question tabindex="-1">${this.question}</p>
      <div class="actions">
        <button type="button" data-confirm @click=${() => this.#confirm()}>${this.confirmLabel}</button>
        <button type="button" data-cancel @click=${() => this.#cancel()}>${this.cancelLabel}</button>
      </div>
    </div>`;
  }

  async #ask(): Promise<void> {
    this.asking = true;
    await this.updateComplete;
    this.questionElement?.focus();
  }

  #confirm(): void {
    // A second click before the question is gone must not confirm twice.
    if (!this.asking) return;
    this.asking = false;
    this.onConfirm();
  }

  async #cancel(): Promise<void> {
    this.asking = false;
    await this.updateComplete;
    this.startButton?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wed-confirm-action': WedConfirmAction;
  }
}
