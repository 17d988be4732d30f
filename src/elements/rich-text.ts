import { html, nothing, type TemplateResult } from 'lit';
import type { RichText } from '../content/types.js';
import { launchUi as ui } from '../content/ui-launch.js';

/**
 * Renders content text with its links. Links leave the package, so they open
 * in a new tab and say so to screen readers; text is never parsed as HTML.
 */
export function richText(text: RichText): TemplateResult {
  return html`${text.map((segment) =>
    typeof segment === 'string' ? segment : externalLink(segment.href, segment.text),
  )}`;
}

export function externalLink(href: string, text: string): TemplateResult {
  return html`<a href=${href} target="_blank" rel="noopener noreferrer"
    >${text}<span class="external-mark" aria-hidden="true">↗</span
    ><span class="visually-hidden"> ${ui.app.externalLink}</span></a
  >`;
}

export function paragraphs(texts: ReadonlyArray<string>): TemplateResult {
  return html`${texts.map((text) => html`<p>${text}</p>`)}`;
}

export function bulletList(
  items: ReadonlyArray<{ text: RichText; items?: ReadonlyArray<RichText> }>,
): TemplateResult {
  return html`<ul>
    ${items.map(
      (item) =>
        html`<li>
          ${richText(item.text)}
          ${item.items
            ? html`<ul>
                ${item.items.map((sub) => html`<li>${richText(sub)}</li>`)}
              </ul>`
            : nothing}
        </li>`,
    )}
  </ul>`;
}
