import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { texts } from '../content/texts.js';
import type { PlanQuestion } from '../content/types.js';
import type { PlanTextChanges } from '../model/plan.js';
import { baseStyles } from '../styles/base.js';
import { planCalendar } from './plan-calendar.js';
import { paragraphs } from './rich-text.js';
import { ScreenElement } from './screen-element.js';
import './wed-action-list.js';
import './wed-text-space.js';

/**
 * How long the .ics Blob URL stays valid after the click: some browsers start
 * the download asynchronously and fail when the URL is revoked at once.
 */
const REVOKE_DELAY_MS = 30_000;

/** Step 4: the four questions of the improvement plan, saved as the learner types; read-only, to look at and print. */
@customElement('wed-plan-screen')
export class WedPlanScreen extends ScreenElement {
  static override styles = [
    baseStyles,
    css`
      .subheading {
        font-size: 1.15rem;
        font-weight: 600;
      }
      .question {
        margin-top: var(--wed-space-5);
      }
      .question h2 {
        margin-top: 0;
      }
      .question-label {
        display: block;
        color: var(--wed-color-muted);
        font-size: 1rem;
      }
      .help p {
        margin: 0 0 var(--wed-space-2);
      }
      .field-label {
        display: block;
        margin-top: var(--wed-space-3);
        font-weight: 600;
      }
      textarea,
      input {
        font: inherit;
        width: 100%;
        padding: var(--wed-space-2);
        border: 1px solid var(--wed-color-border);
        border-radius: var(--wed-radius);
      }
      textarea {
        min-height: 7rem;
        resize: vertical;
      }
      input[type='date'] {
        max-width: 14rem;
        min-height: 2.75rem;
      }
      .autosave {
        color: var(--wed-color-ok);
        font-weight: 600;
      }
      .read-only {
        font-weight: 600;
      }
      .status:not(:empty) {
        margin-top: var(--wed-space-3);
        padding: var(--wed-space-2) var(--wed-space-3);
        border-left: 4px solid var(--wed-color-attention);
        background: var(--wed-color-surface);
      }
    `,
  ];

  /** Characters of saved state left (SCORM 1.2 only); at zero the texts cannot grow. */
  @property({ attribute: false }) textSpace: number | null = null;

  /** Shown after "Zet in je agenda" when the plan has no date yet: the key of its text, so it follows the language. */
  @state() private calendarMessage: 'calendarNeedsDate' | 'calendarNoDate' | null = null;

  override render() {
    const { assessment, ui } = texts;
    const { plan } = assessment;
    const values = this.state.plan;
    return html`
      <p class="label">${plan.label}</p>
      <h1 data-screen-heading tabindex="-1">${plan.heading}</h1>
      <p class="subheading">${plan.subheading}</p>
      ${paragraphs(plan.paragraphs)}
      ${this.readOnly ? html`<p class="read-only">${ui.plan.readOnly}</p>` : html`<p class="autosave">${ui.plan.autosave}</p>`}
      ${this.textSpace === null || this.readOnly ? nothing : html`<wed-text-space .remaining=${this.textSpace}></wed-text-space>`}
      ${this.#textQuestion(question('q1'), 'improvement', values.improvement)}
      <section class="question">
        ${questionHeading(question('q2'))} ${help(question('q2'))}
        <wed-action-list .actions=${values.actions} .readOnly=${this.readOnly} .full=${this.#full}></wed-action-list>
      </section>
      ${this.#textQuestion(question('q3'), 'needs', values.needs)}
      <section class="question">
        ${questionHeading(question('q4'))} ${help(question('q4'))}
        <label class="field-label" for="timeline">${ui.plan.timelineLabel}</label>
        <textarea
          id="timeline"
          aria-describedby="q4-help"
          ?readonly=${this.readOnly}
          maxlength=${ifDefined(this.#cap(values.timeline))}
          .value=${values.timeline}
          @input=${(event: Event) => this.#edit({ timeline: fieldValue(event) })}
        ></textarea>
        <label class="field-label" for="plan-date">${ui.plan.planDate}</label>
        <input
          id="plan-date"
          type="date"
          ?readonly=${this.readOnly}
          .value=${values.planDate}
          @input=${(event: Event) => this.#edit({ planDate: fieldValue(event) })}
        />
      </section>
      <p class="status" role="status">${this.calendarMessage && ui.plan[this.calendarMessage]}</p>
      <div class="actions">
        <button type="button" class="print" @click=${() => window.print()}>${ui.plan.print}</button>
        <button type="button" class="calendar" @click=${this.#downloadCalendar}>${ui.plan.calendar}</button>
        <button type="button" @click=${() => this.emit({ type: 'go-to', screen: 'analysis' })}>${ui.app.previous}</button>
        ${this.#forward()}
      </div>
    `;
  }

  /** Afronden; read-only, on to the end when the attempt was finished. */
  #forward() {
    const { ui } = texts;
    if (!this.readOnly) {
      return html`<button type="button" class="primary" @click=${() => this.emit({ type: 'finish' })}>${ui.plan.finish}</button>`;
    }
    return this.state.finished
      ? html`<button type="button" class="primary" @click=${() => this.emit({ type: 'go-to', screen: 'done' })}>${ui.app.next}</button>`
      : nothing;
  }

  /** A question answered in one textarea, labelled by the question itself. */
  #textQuestion(q: PlanQuestion, field: 'improvement' | 'needs', value: string) {
    return html`<section class="question">
      <h2>
        <label for=${q.id}>${questionText(q)}</label>
      </h2>
      ${help(q)}
      <textarea
        id=${q.id}
        aria-describedby="${q.id}-help"
        ?readonly=${this.readOnly}
        maxlength=${ifDefined(this.#cap(value))}
        .value=${value}
        @input=${(event: Event) => this.#edit({ [field]: fieldValue(event) })}
      ></textarea>
    </section>`;
  }

  get #full(): boolean {
    return this.textSpace !== null && this.textSpace <= 0;
  }

  /** When saved state is full, a text may shrink but not grow. */
  #cap(value: string): number | undefined {
    return this.#full ? value.length : undefined;
  }

  #edit(changes: PlanTextChanges): void {
    this.calendarMessage = null;
    this.emit({ type: 'edit-plan', changes });
  }

  #downloadCalendar = (): void => {
    const ics = planCalendar(this.state.plan, new Date());
    if (ics === null) {
      this.calendarMessage = this.readOnly ? 'calendarNoDate' : 'calendarNeedsDate';
      return;
    }
    this.calendarMessage = null;
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = texts.ui.plan.calendarFileName;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
  };
}

function question(id: PlanQuestion['id']): PlanQuestion {
  const found = texts.assessment.plan.questions.find((q) => q.id === id);
  if (!found) throw new Error(`Missing plan question ${id}`);
  return found;
}

function questionText(q: PlanQuestion) {
  return html`<span class="question-label">${q.label}</span> ${q.question}`;
}

function questionHeading(q: PlanQuestion) {
  return html`<h2>${questionText(q)}</h2>`;
}

function help(q: PlanQuestion) {
  return html`<div class="help" id="${q.id}-help">${paragraphs(q.help)}</div>`;
}

function fieldValue(event: Event): string {
  return (event.target as HTMLInputElement | HTMLTextAreaElement).value;
}

declare global {
  interface HTMLElementTagNameMap {
    'wed-plan-screen': WedPlanScreen;
  }
}
