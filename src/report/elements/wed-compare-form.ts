import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { GoToErrorEvent } from '../../elements/events.js';
import '../../elements/wed-error-summary.js';
import type { ErrorSummaryItem } from '../../elements/wed-error-summary.js';
import { baseStyles } from '../../styles/base.js';
import { format, texts } from '../texts.js';
import { pickerStyles } from './picker-styles.js';

const c = texts.comparePage;
const ACCEPT = '.txt,.csv,.tsv,.ods,.xlsx,.xls';
const DEFAULT_LABELS: readonly [string, string] = [texts.comparison.labelThen, texts.comparison.labelNow];

export type CompareKind = 'first-latest' | 'date' | 'sets';

/** What the coordinator asked to compare: the files of one set, or of two labelled sets. */
export interface CompareRequest {
  kind: CompareKind;
  /** ISO date (yyyy-mm-dd) for kind 'date'. */
  date: string;
  then: File[];
  /** Only for kind 'sets'. */
  now: File[];
  labels: [string, string];
}

export class CompareRequestEvent extends Event {
  static readonly eventName = 'wed-compare-request';

  constructor(readonly request: CompareRequest) {
    super(CompareRequestEvent.eventName, { bubbles: true, composed: true });
  }
}

type Zone = 'then' | 'now';

/**
 * The form for comparing two moments: how (first against latest attempt,
 * before against after a date, two sets of downloads), the files, and the
 * labels of two sets. A refused form gets the GOV.UK error pattern: a summary
 * on top that takes focus and a message at each field, both following the
 * fields until the form is sent again.
 */
@customElement('wed-compare-form')
export class WedCompareForm extends LitElement {
  static override styles = [
    baseStyles,
    pickerStyles,
    css`
      input[type='text'],
      input[type='date'] {
        font: inherit;
        min-height: 2.75rem;
        max-width: 100%;
      }
    `,
  ];

  @state() private kind: CompareKind = 'first-latest';
  @state() private date = '';
  @state() private files: Record<Zone, File[]> = { then: [], now: [] };
  @state() private labels: [string, string] = [...DEFAULT_LABELS];
  @state() private refused = false;
  @state() private over: Zone | null = null;

  constructor() {
    super();
    this.addEventListener(GoToErrorEvent.eventName, this.#goToField);
  }

  override render() {
    const errors = this.refused ? this.#errors() : [];
    const sets = this.kind === 'sets';
    return html`${
        errors.length > 0
          ? html`<wed-error-summary .heading=${c.errorSummaryHeading} .errors=${errors} .titlePrefix=${c.errorPrefix}></wed-error-summary>`
          : nothing
      }
      <fieldset class="choice">
        <legend>${c.kindLegend}</legend>
        ${this.#kindOption('first-latest', c.kindFirstLatest, c.kindFirstLatestHelp)} ${this.#kindOption('date', c.kindDate)}
        ${this.kind === 'date' ? this.#dateField(errors) : nothing} ${this.#kindOption('sets', c.kindSets)}
      </fieldset>
      ${this.#zone('then', sets ? c.thenFilesLabel : c.filesLabel, sets ? 0 : null, errors)}
      ${sets ? this.#zone('now', c.nowFilesLabel, 1, errors) : nothing}
      <div class="actions">
        <button class="primary" type="button" @click=${this.#submit}>${c.compareButton}</button>
      </div>`;
  }

  #kindOption(kind: CompareKind, label: string, help?: string) {
    return html`<div class="option">
      <input
        type="radio"
        name="kind"
        id="kind-${kind}"
        .checked=${this.kind === kind}
        aria-describedby=${help ? `kind-${kind}-help` : nothing}
        @change=${() => (this.kind = kind)}
      />
      <label for="kind-${kind}">${label}</label>
      ${help ? html`<p class="help" id="kind-${kind}-help">${help}</p>` : nothing}
    </div>`;
  }

  #dateField(errors: ErrorSummaryItem[]) {
    const error = errors.find((e) => e.id === 'date');
    return html`<div class="conditional ${error ? 'invalid' : ''}">
      <label for="date">${c.dateLabel}</label>
      <p class="help" id="date-help">${c.dateHelp}</p>
      ${errorMessage(error)}
      <input
        id="date"
        type="date"
        .value=${this.date}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby="date-help ${error ? 'date-error' : ''}"
        @input=${(event: Event) => (this.date = (event.target as HTMLInputElement).value)}
      />
    </div>`;
  }

  /** A drop zone with its file input; in a comparison of two sets (`index`) also the set's label. */
  #zone(zone: Zone, label: string, index: number | null, errors: ErrorSummaryItem[]) {
    const error = errors.find((e) => e.id === `files-${zone}`);
    const chosen = this.files[zone];
    return html`<div
      class="drop ${this.over === zone ? 'over' : ''} ${error ? 'invalid' : ''}"
      @dragover=${(event: DragEvent) => {
        event.preventDefault();
        this.over = zone;
      }}
      @dragleave=${() => (this.over = null)}
      @drop=${(event: DragEvent) => {
        event.preventDefault();
        this.over = null;
        this.#choose(zone, [...(event.dataTransfer?.files ?? [])]);
      }}
    >
      ${
        index === null
          ? nothing
          : html`<label for="name-${zone}">${index === 0 ? c.thenNameLabel : c.nowNameLabel}</label>
              <input
                id="name-${zone}"
                type="text"
                .value=${this.labels[index]}
                @input=${(event: Event) => this.#label(index, (event.target as HTMLInputElement).value)}
              />`
      }
      <label for="files-${zone}">${label}</label>
      <p class="help" id="files-${zone}-help">${texts.page.chooseHelp}</p>
      ${errorMessage(error)}
      <input
        id="files-${zone}"
        type="file"
        multiple
        accept=${ACCEPT}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby="files-${zone}-help ${error ? `files-${zone}-error` : ''}"
        @change=${(event: Event) => this.#choose(zone, [...((event.target as HTMLInputElement).files ?? [])])}
      />
      ${chosen.length > 0 ? html`<p>${format(c.chosenFiles, { files: chosen.map((f) => f.name).join(', ') })}</p>` : nothing}
    </div>`;
  }

  #choose(zone: Zone, files: File[]): void {
    this.files = { ...this.files, [zone]: files };
  }

  #label(index: number, value: string): void {
    const labels: [string, string] = [...this.labels];
    labels[index] = value;
    this.labels = labels;
  }

  #errors(): ErrorSummaryItem[] {
    const errors: ErrorSummaryItem[] = [];
    const sets = this.kind === 'sets';
    if (this.kind === 'date' && !this.date) errors.push({ id: 'date', text: c.errorNoDate });
    if (this.files.then.length === 0) errors.push({ id: 'files-then', text: sets ? c.errorNoThen : c.errorNoFiles });
    if (sets && this.files.now.length === 0) errors.push({ id: 'files-now', text: c.errorNoNow });
    return errors;
  }

  #submit = async (): Promise<void> => {
    if (this.#errors().length > 0) {
      this.refused = true;
      await this.updateComplete;
      const summary = this.renderRoot.querySelector('wed-error-summary');
      await summary?.updateComplete;
      summary?.focus();
      return;
    }
    this.refused = false;
    const sets = this.kind === 'sets';
    const labels = this.labels.map((label, i) => label.trim() || DEFAULT_LABELS[i]) as [string, string];
    this.dispatchEvent(
      new CompareRequestEvent({ kind: this.kind, date: this.date, then: this.files.then, now: sets ? this.files.now : [], labels }),
    );
  };

  #goToField = (event: GoToErrorEvent): void => {
    event.stopPropagation();
    this.renderRoot.querySelector<HTMLElement>(`#${event.id}`)?.focus();
  };
}

function errorMessage(error: ErrorSummaryItem | undefined) {
  return error
    ? html`<p class="error-message" id="${error.id}-error"><span class="visually-hidden">${c.errorPrefix}</span> ${error.text}</p>`
    : nothing;
}

declare global {
  interface HTMLElementTagNameMap {
    'wed-compare-form': WedCompareForm;
  }
}
