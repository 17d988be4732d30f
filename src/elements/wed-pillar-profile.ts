import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { format } from '../content/format.js';
import { texts } from '../content/texts.js';
import type { Pillar } from '../content/types.js';
import { needsAttention, pillarScore, type Answers } from '../model/scoring.js';
import { baseStyles } from '../styles/base.js';
import { TextsController } from './texts-controller.js';

/**
 * The three pillar scores as a list that reads as text (name, score, tag) with
 * a decorative bar per pillar. Self-contained, so the print report can use it.
 */
@customElement('wed-pillar-profile')
export class WedPillarProfile extends LitElement {
  static override styles = [
    baseStyles,
    css`
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: var(--wed-space-3);
        max-width: 40rem;
      }
      li {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: var(--wed-space-1) var(--wed-space-2);
      }
      .name {
        font-weight: 700;
        flex: 1 1 auto;
      }
      .tag {
        border: 1px solid currentColor;
        border-radius: var(--wed-radius);
        padding: 0 var(--wed-space-1);
        font-size: 0.9rem;
      }
      .tag.attention {
        color: var(--wed-color-attention);
      }
      .tag.ok {
        color: var(--wed-color-ok);
      }
      /* An SVG bar: its width is an attribute, so no inline style is needed under the CSP. */
      svg {
        display: block;
        flex: 1 0 100%;
        width: 100%;
        height: 0.75rem;
        border: 1px solid var(--wed-color-border);
        print-color-adjust: exact;
        -webkit-print-color-adjust: exact;
      }
      .track {
        fill: var(--wed-color-surface);
      }
      .fill {
        fill: var(--wed-color-accent);
      }
      @media (forced-colors: active) {
        svg {
          forced-color-adjust: none;
          border-color: CanvasText;
        }
        .track {
          fill: Canvas;
        }
        .fill {
          fill: CanvasText;
        }
      }
      @media print {
        li {
          break-inside: avoid;
        }
      }
    `,
  ];

  /** The learner's answers (state.answers). */
  @property({ attribute: false }) answers: Answers = {};

  /** Level of the profile's heading, e.g. 3 inside the print report's sections. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: 2 | 3 = 2;

  constructor() {
    super();
    new TextsController(this);
  }

  override render() {
    const { assessment, ui } = texts;
    const heading = ui.analysis.profileHeading;
    return html`${this.headingLevel === 3 ? html`<h3>${heading}</h3>` : html`<h2>${heading}</h2>`}
      <p>${ui.analysis.profileDescription}</p>
      <ul>
        ${assessment.pillars.map((pillar) => this.#renderPillar(pillar))}
      </ul>`;
  }

  #renderPillar(pillar: Pillar) {
    const score = pillarScore(this.answers, pillar.id);
    const attention = needsAttention(this.answers, pillar.id);
    const { ui } = texts;
    const scoreText = score === null ? ui.analysis.scoreIncomplete : format(ui.analysis.score, { score });
    const showTag = attention || score !== null;
    // The hidden separators make a screen reader read "name, score, tag" as one sentence.
    return html`<li>
      <span class="name">${pillar.name}</span><span class="visually-hidden">, </span>
      <span class="score">${scoreText}</span>
      ${
        showTag
          ? html`<span class="visually-hidden">, </span
              ><span class="tag ${attention ? 'attention' : 'ok'}"
                >${attention ? ui.analysis.needsAttention : ui.analysis.noAttention}</span
              >`
          : nothing
      }
      <svg aria-hidden="true" focusable="false" viewBox="0 0 100 1" preserveAspectRatio="none">
        <rect class="track" width="100" height="1"></rect>
        <rect class="fill" width=${score ?? 0} height="1"></rect>
      </svg>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wed-pillar-profile': WedPillarProfile;
  }
}
