import { css, html, type TemplateResult } from 'lit';
import type { Quote } from '../content/types.js';

/** A quote from the research, with who said it and the report it comes from. */
export function renderQuote(quote: Quote): TemplateResult {
  return html`<figure class="quote">
    <blockquote><p>‘${quote.text}’</p></blockquote>
    <figcaption>${quote.attribution} ${quote.source}</figcaption>
  </figure>`;
}

export const quoteStyles = css`
  .quote {
    margin: var(--wed-space-4) 0;
    padding: var(--wed-space-3);
    border-left: 4px solid var(--wed-color-accent);
    background: var(--wed-color-surface);
  }
  .quote blockquote {
    margin: 0;
    font-size: 1.15rem;
    font-style: italic;
  }
  .quote blockquote p {
    margin: 0 0 var(--wed-space-2);
  }
  .quote figcaption {
    color: var(--wed-color-muted);
    font-size: 0.95rem;
  }
`;
