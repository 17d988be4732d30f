import { css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { texts } from '../content/texts.js';
import { screenIndex } from '../model/progress.js';
import { paragraphs, richText } from './rich-text.js';
import { renderQuote, quoteStyles } from './quote.js';
import { ScreenElement } from './screen-element.js';

/** The introduction: what the assessment is, its three pillars and four steps. */
@customElement('wed-intro-screen')
export class WedIntroScreen extends ScreenElement {
  static override styles = [
    ...ScreenElement.styles,
    quoteStyles,
    css`
      ol {
        padding-left: 0;
        list-style: none;
        display: grid;
        gap: var(--wed-space-2);
      }
      ol li {
        padding: var(--wed-space-2) var(--wed-space-3);
        background: var(--wed-color-surface);
        border-radius: var(--wed-radius);
      }
      .step-label {
        display: block;
        font-weight: 700;
      }
      .source {
        font-size: 0.95rem;
        color: var(--wed-color-muted);
      }
    `,
  ];

  override render() {
    const { intro, title } = texts.intro;
    const resuming = screenIndex(this.state.reached) > screenIndex('intro');
    return html`
      <p class="label">${intro.heading}</p>
      <h1 data-screen-heading tabindex="-1">${title}</h1>
      ${paragraphs(intro.paragraphs)}
      <h2>${intro.stepsHeading}</h2>
      <ol>
        ${intro.steps.map((step) => html`<li><span class="step-label">${step.label}</span>${step.text}</li>`)}
      </ol>
      ${renderQuote(intro.quote)}
      <section class="source" aria-labelledby="source-heading">
        <h2 id="source-heading">${texts.launchUi.intro.sourceHeading}</h2>
        <p>${richText(intro.source)}</p>
      </section>
      <div class="actions">
        <button type="button" class="primary" @click=${() => this.emit({ type: 'begin' })}>${this.#startText(resuming)}</button>
      </div>
    `;
  }

  /** Read-only there is nothing to start or continue, only to look at. */
  #startText(resuming: boolean): string {
    const ui = texts.launchUi;
    if (this.readOnly) return resuming ? ui.intro.review : ui.intro.browse;
    return resuming ? ui.intro.resume : ui.intro.start;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wed-intro-screen': WedIntroScreen;
  }
}
