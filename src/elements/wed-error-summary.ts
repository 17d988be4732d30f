import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { baseStyles } from '../styles/base.js';
import { GoToErrorEvent } from './events.js';

export interface ErrorSummaryItem {
  /** Names what the error is about; sent with a GoToErrorEvent when its link is followed. */
  id: string;
  text: string;
}

/**
 * The error summary of the GOV.UK and NL Design Systems: a heading and a link
 * per error, shown above a form that was refused. It puts `titlePrefix` before
 * the document title while it is on the page. Fragment links cannot reach into
 * another shadow root, so a followed link emits a GoToErrorEvent (with the
 * item's id) and the owner moves focus to the field.
 */
@customElement('wed-error-summary')
export class WedErrorSummary extends LitElement {
  static override styles = [
    baseStyles,
    css`
      .summary {
        margin: 0 0 var(--wed-space-4);
        padding: var(--wed-space-3);
        border: 4px solid var(--wed-color-error);
        border-radius: var(--wed-radius);
      }
      h2 {
        margin: 0 0 var(--wed-space-2);
        font-size: 1.25rem;
      }
      ul {
        margin: 0;
        padding-left: var(--wed-space-4);
      }
      li + li {
        margin-top: var(--wed-space-1);
      }
      a {
        color: var(--wed-color-error);
        font-weight: 700;
      }
    `,
  ];

  @property() heading = '';
  @property({ attribute: false }) errors: ReadonlyArray<ErrorSummaryItem> = [];
  /** Put before the document title, e.g. "Fout:". */
  @property() titlePrefix = '';

  /** What this summary put before the document title, to take off again. */
  #prefixed = '';

  /** Moves focus to the summary, so screen readers read it and the learner sees it. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('.summary')?.focus(options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.#prefixTitle();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unprefixTitle();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('titlePrefix')) this.#unprefixTitle();
    // Also when the app has just set the title anew, in another language.
    this.#prefixTitle();
  }

  override render() {
    // role=alert sits inside the focused container, as in GOV.UK, so focusing it does not cut the announcement short.
    return html`<div class="summary" tabindex="-1">
      <div role="alert">
        <h2>${this.heading}</h2>
        <ul>
          ${this.errors.map(
            (error) => html`<li><a href="#${error.id}" @click=${(event: Event) => this.#follow(event, error.id)}>${error.text}</a></li>`,
          )}
        </ul>
      </div>
    </div>`;
  }

  #follow(event: Event, id: string): void {
    event.preventDefault();
    this.dispatchEvent(new GoToErrorEvent(id));
  }

  #prefixTitle(): void {
    if (!this.titlePrefix) return;
    this.#prefixed = `${this.titlePrefix} `;
    if (!document.title.startsWith(this.#prefixed)) document.title = this.#prefixed + document.title;
  }

  #unprefixTitle(): void {
    if (this.#prefixed && document.title.startsWith(this.#prefixed)) {
      document.title = document.title.slice(this.#prefixed.length);
    }
    this.#prefixed = '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wed-error-summary': WedErrorSummary;
  }
}
