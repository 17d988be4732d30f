import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { pillarById } from '../content/content.js';
import { format } from '../content/format.js';
import { texts } from '../content/texts.js';
import { analyse } from '../model/analysis.js';
import { ExitEvent } from './events.js';
import { NewAttemptEvent } from './history-events.js';
import { ScreenElement } from './screen-element.js';
import './wed-confirm-action.js';
import './wed-pillar-profile.js';

/** The end: a short summary; every step stays reachable through the stepper. */
@customElement('wed-done-screen')
export class WedDoneScreen extends ScreenElement {
  /** The LMS gave a place to return to (cmi5). */
  @property({ attribute: false }) canExit = false;

  /** Standalone: the learner can start a new attempt here, this one kept in the browser to compare with. */
  @property({ attribute: false }) canStartAgain = false;

  override render() {
    const attention = analyse(this.state.answers)
      .pillars.filter((pillar) => pillar.needsAttention)
      .map((pillar) => pillarById(pillar.id, texts.assessment).name);
    const { ui } = texts;
    return html`
      <h1 data-screen-heading tabindex="-1">${ui.done.heading}</h1>
      <p>${this.readOnly ? ui.done.textReadOnly : ui.done.text}</p>
      <h2>${ui.done.summaryHeading}</h2>
      <wed-pillar-profile .answers=${this.state.answers}></wed-pillar-profile>
      <p>${attention.length > 0 ? format(ui.done.attentionPillars, { pillars: attention.join(', ') }) : ui.done.noAttentionPillars}</p>
      <p>${format(ui.done.actionsCount, { count: this.state.plan.actions.length })}</p>
      <div class="actions">
        <button type="button" @click=${() => this.emit({ type: 'go-to', screen: 'plan' })}>
          ${this.readOnly ? ui.done.viewPlan : ui.done.backToPlan}
        </button>
        <button type="button" class="primary" @click=${() => window.print()}>${ui.plan.print}</button>
        ${this.canExit ? html`<button type="button" @click=${() => this.dispatchEvent(new ExitEvent())}>${ui.done.exit}</button>` : nothing}
      </div>
      ${this.canStartAgain ? this.#renderStartAgain() : nothing}
    `;
  }

  #renderStartAgain() {
    const { done } = texts.ui;
    return html`<section data-start-again>
      <h2>${done.startAgainHeading}</h2>
      <p>${done.startAgainText}</p>
      <wed-confirm-action
        label=${done.startAgain}
        question=${done.startAgainQuestion}
        confirm-label=${done.startAgainConfirm}
        cancel-label=${done.startAgainCancel}
        .onConfirm=${() => this.dispatchEvent(new NewAttemptEvent())}
      ></wed-confirm-action>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wed-done-screen': WedDoneScreen;
  }
}
