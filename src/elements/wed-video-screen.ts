import { css, html, nothing, svg } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { config } from '../content/config.js';
import { texts } from '../content/texts.js';
import { externalLink, paragraphs, richText } from './rich-text.js';
import { ScreenElement } from './screen-element.js';

/**
 * Step 1. The video is embedded only after the learner asks for it, so no
 * request reaches YouTube before that; the plain link works where embedding is blocked.
 */
@customElement('wed-video-screen')
export class WedVideoScreen extends ScreenElement {
  static override styles = [
    ...ScreenElement.styles,
    css`
      .player {
        position: relative;
        aspect-ratio: 16 / 9;
        width: 100%;
        background: var(--wed-color-surface);
        border-radius: var(--wed-radius);
        overflow: hidden;
      }
      .poster {
        width: 100%;
        height: 100%;
        display: flex;
        flex-direction: column;
        align-items: center;
        justify-content: center;
        gap: var(--wed-space-2);
        border-width: 2px;
      }
      .poster svg {
        width: min(60%, 14rem);
        height: auto;
      }
      iframe {
        position: absolute;
        inset: 0;
        width: 100%;
        height: 100%;
        border: 0;
      }
      .note {
        font-size: 0.95rem;
        color: var(--wed-color-muted);
      }
    `,
  ];

  @state() private playing = false;

  override render() {
    const { assessment, ui } = texts;
    const { video } = assessment;
    return html`
      <p class="label">${video.label}</p>
      <h1 data-screen-heading tabindex="-1">${video.heading}</h1>
      ${paragraphs(video.paragraphs)}
      <p>${video.clickPrompt}</p>
      <div class="player">
        ${
          this.playing
            ? html`<iframe
                src=${`${config.video.embedUrl}?autoplay=1&rel=0`}
                title=${ui.video.iframeTitle}
                allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
                referrerpolicy="strict-origin-when-cross-origin"
              ></iframe>`
            : html`<button type="button" class="poster" aria-describedby="privacy-note" @click=${this.#play}>
                ${illustration}<span>${ui.video.play}</span>
              </button>`
        }
      </div>
      <p class="note" id="privacy-note">${ui.video.privacyNote}</p>
      <p>${externalLink(config.video.watchUrl, ui.video.fallbackLink)}</p>
      <p>${richText(video.readingTip)}</p>
      <div class="actions">
        <button type="button" @click=${() => this.emit({ type: 'go-to', screen: 'intro' })}>${ui.app.previous}</button>
        ${
          this.readOnly && !this.state.videoWatched
            ? nothing
            : html`<button type="button" class="primary" @click=${this.#continue}>
                ${this.state.videoWatched ? ui.app.next : ui.video.watched}
              </button>`
        }
      </div>
    `;
  }

  #play = (): void => {
    this.playing = true;
  };

  #continue = (): void => {
    if (!this.state.videoWatched) this.emit({ type: 'mark-video-watched' });
    this.emit({ type: 'go-to', screen: 'statements' });
  };
}

/** Three pillars under a play symbol: begrijpen, willen, kunnen. Decorative. */
const illustration = svg`<svg viewBox="0 0 120 80" aria-hidden="true" focusable="false">
  <rect x="10" y="62" width="100" height="8" rx="2" fill="currentColor" opacity="0.35" />
  <rect x="20" y="22" width="14" height="40" rx="2" fill="currentColor" opacity="0.6" />
  <rect x="53" y="22" width="14" height="40" rx="2" fill="currentColor" opacity="0.6" />
  <rect x="86" y="22" width="14" height="40" rx="2" fill="currentColor" opacity="0.6" />
  <rect x="10" y="12" width="100" height="10" rx="2" fill="currentColor" opacity="0.35" />
  <circle cx="60" cy="42" r="16" fill="currentColor" />
  <polygon points="55,34 55,50 69,42" fill="#fff" />
</svg>`;

declare global {
  interface HTMLElementTagNameMap {
    'wed-video-screen': WedVideoScreen;
  }
}
