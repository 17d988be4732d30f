import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SOURCE_LANGUAGE } from '../content/languages.js';
import { texts } from '../content/texts.js';
import type { RichText } from '../content/types.js';

/**
 * Renders content text with its links. Links leave the package, so they open
 * in a new tab and say so to screen readers; text is never parsed as HTML.
 */
export function richText(text: RichText): TemplateResult {
  return html`${text.map((segment) =>
    typeof segment === 'string' ? segment : externalLink(segment.href, segment.text, { hreflang: segment.hreflang, lang: segment.lang }),
  )}`;
}

/**
 * A link out of the package. `hreflang`: the language of the page it opens
 * (Dutch unless told otherwise); when that is Dutch and the learner reads
 * another language, the link says "(in Dutch)". `lang`: the language of the
 * link text, where it differs from the page's (a Dutch title in English text).
 */
export function externalLink(
  href: string,
  text: string,
  { hreflang = SOURCE_LANGUAGE, lang }: { hreflang?: string | undefined; lang?: string | undefined } = {},
): TemplateResult {
  const shown = texts.language;
  const ui = texts.launchUi;
  const label = lang && lang !== shown ? html`<span lang=${lang}>${text}</span>` : text;
  const inDutch = hreflang === 'nl' && shown !== 'nl' ? html`<span> ${ui.app.inDutch}</span>` : nothing;
  return html`<a href=${href} hreflang=${ifDefined(hreflang)} target="_blank" rel="noopener noreferrer"
    >${label}${inDutch}<span class="external-mark" aria-hidden="true">↗</span
    ><span class="visually-hidden"> ${ui.app.externalLink}</span></a
  >`;
}

export function paragraphs(texts: ReadonlyArray<string>): TemplateResult {
  return html`${texts.map((text) => html`<p>${text}</p>`)}`;
}

export function bulletList(items: ReadonlyArray<{ text: RichText; items?: ReadonlyArray<RichText> }>): TemplateResult {
  return html`<ul>
    ${items.map(
      (item) =>
        html`<li>
          ${richText(item.text)}
          ${
            item.items
              ? html`<ul>
                  ${item.items.map((sub) => html`<li>${richText(sub)}</li>`)}
                </ul>`
              : nothing
          }
        </li>`,
    )}
  </ul>`;
}
