import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { AssessmentState } from '../model/state.js';
import type { StoreAction } from '../store/actions.js';
import { baseStyles } from '../styles/base.js';
import { StoreActionEvent } from './events.js';
import { TextsController } from './texts-controller.js';

/**
 * Base of every screen: receives the whole state, emits store actions, can
 * move focus to its heading when the app shows it, and renders again in
 * another language.
 */
export abstract class ScreenElement extends LitElement {
  static override styles = [baseStyles];

  constructor() {
    super();
    new TextsController(this);
  }

  @property({ attribute: false }) state!: AssessmentState;
  /** Review mode: everything is shown, nothing can be changed. */
  @property({ attribute: false }) readOnly = false;

  /** Waits for the first render, since the app asks right after creating the screen. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-screen-heading]')?.focus();
  }

  protected emit(action: StoreAction): void {
    this.dispatchEvent(new StoreActionEvent(action));
  }
}
