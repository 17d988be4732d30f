import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { format } from '../content/format.js';
import { texts } from '../content/texts.js';
import { SUSPEND_DATA_LIMIT } from '../model/suspend-data.js';
import { baseStyles } from '../styles/base.js';
import { TextsController } from './texts-controller.js';

/**
 * How much of SCORM 1.2's 4,096 characters of saved state the texts use.
 * The warning is a status message, so it is announced when it appears.
 */
@customElement('wed-text-space')
export class WedTextSpace extends LitElement {
  static override styles = [
    baseStyles,
    css`
      .full {
        color: var(--wed-color-error);
        font-weight: 600;
      }
    `,
  ];

  @property({ type: Number }) remaining = SUSPEND_DATA_LIMIT;

  constructor() {
    super();
    new TextsController(this);
  }

  override render() {
    const { ui } = texts;
    const used = Math.min(100, Math.round(((SUSPEND_DATA_LIMIT - this.remaining) / SUSPEND_DATA_LIMIT) * 100));
    return html`<p>${format(ui.plan.spaceUsed, { percent: used })}</p>
      <div role="status">${this.remaining < 0 ? html`<p class="full">${ui.plan.spaceFull}</p>` : nothing}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wed-text-space': WedTextSpace;
  }
}
