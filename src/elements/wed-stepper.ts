import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { texts } from '../content/texts.js';
import { SCREEN_IDS, type AssessmentState, type ScreenId } from '../model/state.js';
import { stepStatus } from '../model/progress.js';
import { baseStyles } from '../styles/base.js';
import { StoreActionEvent } from './events.js';
import { TextsController } from './texts-controller.js';

/** Shows every screen, where the learner is and what is done; reached screens are buttons. */
@customElement('wed-stepper')
export class WedStepper extends LitElement {
  static override styles = [
    baseStyles,
    css`
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: var(--wed-space-1) var(--wed-space-2);
        counter-reset: step -1;
      }
      li {
        counter-increment: step;
      }
      button,
      .locked {
        display: inline-flex;
        align-items: center;
        gap: var(--wed-space-1);
        min-height: 2.75rem;
        padding: var(--wed-space-1) var(--wed-space-2);
        border-width: 1px;
        font-size: 0.95rem;
      }
      .locked {
        color: var(--wed-color-muted);
        border: 1px dashed var(--wed-color-border);
        border-radius: var(--wed-radius);
      }
      [aria-current='step'] {
        background: var(--wed-color-accent);
        color: var(--wed-color-accent-text);
        font-weight: 700;
      }
      .mark {
        font-weight: 700;
      }
      @media print {
        :host {
          display: none;
        }
      }
    `,
  ];

  @property({ attribute: false }) state!: AssessmentState;
  /** Review mode: a locked step stays locked, so it is not "not available yet". */
  @property({ attribute: false }) readOnly = false;

  constructor() {
    super();
    new TextsController(this);
  }

  override render() {
    return html`<nav aria-label=${texts.launchUi.app.stepperLabel}>
      <ol>
        ${SCREEN_IDS.map((screen) => this.#renderStep(screen))}
      </ol>
    </nav>`;
  }

  #renderStep(screen: ScreenId) {
    const status = stepStatus(this.state, screen);
    const ui = texts.launchUi;
    const name = ui.steps[screen];
    if (status === 'locked') {
      const locked = this.readOnly ? ui.app.stepStatusUnavailable : ui.app.stepStatusLocked;
      return html`<li>
        <span class="locked">${name}<span class="visually-hidden">, ${locked}</span></span>
      </li>`;
    }
    const current = status === 'current';
    return html`<li>
      <button
        type="button"
        aria-current=${current ? 'step' : nothing}
        @click=${() => this.dispatchEvent(new StoreActionEvent({ type: 'go-to', screen }))}
      >
        ${status === 'done' ? html`<span class="mark" aria-hidden="true">✓</span>` : nothing}${name}${
          status === 'done' ? html`<span class="visually-hidden">, ${ui.app.stepStatusDone}</span>` : nothing
        }
      </button>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wed-stepper': WedStepper;
  }
}
