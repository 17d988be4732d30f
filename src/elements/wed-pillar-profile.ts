import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { format } from '../content/format.js';
import { texts } from '../content/texts.js';
import type { Pillar } from '../content/types.js';
import type { CompletedProfile } from '../model/history.js';
import { needsAttention, pillarScore, type Answers } from '../model/scoring.js';
import { baseStyles } from '../styles/base.js';
import { compareWithEarlier, earlierDate, type PillarComparison } from './earlier-comparison.js';
import { TextsController } from './texts-controller.js';

/**
 * The three pillar scores as a list that reads as text (name, score, tag) with
 * a decorative bar per pillar. Self-contained, so the print report can use it.
 * Given an earlier profile, each pillar shows "now" and "then" as labelled
 * rows, the "then" bar thinner and hatched, so the two differ without colour.
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
      .row {
        flex: 1 0 100%;
        display: grid;
        grid-template-columns: 3.5rem 1fr;
        column-gap: var(--wed-space-2);
        align-items: center;
      }
      /* The label beside its bar, the values under the bar. */
      .when {
        line-height: 1.2;
      }
      .row > svg,
      .values {
        grid-column: 2;
      }
      .then {
        margin-top: var(--wed-space-1);
      }
      .values {
        display: flex;
        flex-wrap: wrap;
        gap: 0 var(--wed-space-2);
        align-items: baseline;
      }
      .then svg {
        height: 0.5rem;
      }
      .hatch-ground {
        fill: var(--wed-color-surface);
      }
      .hatch-line {
        stroke: var(--wed-color-accent);
        stroke-width: 2;
      }
      @media (forced-colors: active) {
        svg {
          forced-color-adjust: none;
          border-color: CanvasText;
        }
        .track,
        .hatch-ground {
          fill: Canvas;
        }
        .fill {
          fill: CanvasText;
        }
        .hatch-line {
          stroke: CanvasText;
        }
      }
      @media print {
        li {
          break-inside: avoid;
        }
        /* Compact on paper: label, bar and values on one line; the values column fixed, so the bars are alike. */
        .row {
          grid-template-columns: 3.5rem 1fr 20em;
        }
        .values {
          grid-column: 3;
          grid-row: 1;
        }
      }
    `,
  ];

  /** The learner's answers (state.answers). */
  @property({ attribute: false }) answers: Answers = {};

  /** Level of the profile's heading, e.g. 3 inside the print report's sections. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: 2 | 3 = 2;

  /** The learner's earlier completed profile, shown as "then" beside each pillar; null: this attempt's alone. */
  @property({ attribute: false }) earlier: CompletedProfile | null = null;

  constructor() {
    super();
    new TextsController(this);
  }

  override render() {
    const { assessment, ui } = texts;
    const heading = ui.analysis.profileHeading;
    return html`${this.headingLevel === 3 ? html`<h3>${heading}</h3>` : html`<h2>${heading}</h2>`}
      <p>${ui.analysis.profileDescription}</p>
      ${
        this.earlier
          ? html`<p>${format(ui.analysis.profileComparedWith, { date: earlierDate(this.earlier) })}</p>
              <ul>
                ${compareWithEarlier(this.answers, this.earlier).map((comparison) => this.#renderComparedPillar(comparison))}
              </ul>`
          : html`<ul>
              ${assessment.pillars.map((pillar) => this.#renderPillar(pillar))}
            </ul>`
      }`;
  }

  /** Read as "Begrijpen, nu: 67 van 100, geen (helemaal) oneens; toen: 42 van 100, vraagt aandacht". */
  #renderComparedPillar({ pillar, then, now, attentionThen, attentionNow }: PillarComparison) {
    const { ui } = texts;
    const hatch = `then-hatch-${pillar.id}`;
    const nowText = now === null ? ui.analysis.scoreIncomplete : format(ui.analysis.score, { score: now });
    // No white space before the hidden separators: they join the rows into one sentence.
    return html`<li data-compared=${pillar.id}>
      <span class="name">${pillar.name}</span><span class="visually-hidden">, </span>
      <span class="row now">
        <span class="when">${ui.analysis.profileNow}<span class="visually-hidden">: </span></span>
        ${bar(now)}
        <span class="values"
          ><span class="score">${nowText}</span>${now === null && !attentionNow ? nothing : tag(attentionNow)}</span
        ></span
      ><span class="visually-hidden">; </span>
      <span class="row then">
        <span class="when">${ui.analysis.profileThen}<span class="visually-hidden">: </span></span>
        <svg aria-hidden="true" focusable="false">
          <defs>
            <pattern id=${hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect class="hatch-ground" width="6" height="6"></rect>
              <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
            </pattern>
          </defs>
          <rect class="track" width="100%" height="100%"></rect>
          <rect class="then-fill" fill="url(#${hatch})" width="${then}%" height="100%"></rect>
        </svg>
        <span class="values"><span class="score">${format(ui.analysis.score, { score: then })}</span>${tag(attentionThen)}</span>
      </span>
    </li>`;
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
      ${showTag ? tag(attention) : nothing} ${bar(score)}
    </li>`;
  }
}

/** Preceded by a separator a screen reader reads as a pause. */
function tag(attention: boolean) {
  const { analysis } = texts.ui;
  return html`<span class="visually-hidden">, </span
    ><span class="tag ${attention ? 'attention' : 'ok'}">${attention ? analysis.needsAttention : analysis.noAttention}</span>`;
}

function bar(score: number | null) {
  return html`<svg aria-hidden="true" focusable="false" viewBox="0 0 100 1" preserveAspectRatio="none">
    <rect class="track" width="100" height="1"></rect>
    <rect class="fill" width=${score ?? 0} height="1"></rect>
  </svg>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'wed-pillar-profile': WedPillarProfile;
  }
}
