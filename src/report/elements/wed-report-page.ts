import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { baseStyles } from '../../styles/base.js';
import { buildReport, readFiles, type FileInput } from '../build-report.js';
import { buildComparison } from '../compare.js';
import type { ComparisonData, ComparisonMode } from '../comparison-types.js';
import { format, texts } from '../texts.js';
import { DEFAULT_MIN_GROUP, type ReportData, type SourceResult } from '../types.js';
import { pickerStyles } from './picker-styles.js';
import { CompareRequestEvent, type CompareRequest } from './wed-compare-form.js';
import type { WedComparisonReport } from './wed-comparison-report.js';
import type { WedTeamReport } from './wed-team-report.js';
import './wed-compare-form.js';
import './wed-comparison-report.js';
import './wed-team-report.js';

const p = texts.page;
const c = texts.comparePage;
const dutchDate = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' });

type Mode = 'one' | 'compare';

/** A comparison's files, read. */
interface ReadComparison {
  mode: ComparisonMode;
  then: SourceResult[];
  now: SourceResult[];
  labels?: [string, string];
}

const toInputs = (files: readonly File[]): Promise<FileInput[]> =>
  Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));

/**
 * The coordinator's page: one moment (choose or drop Moodle downloads, see
 * the team report) or two moments compared (wed-compare-form). Files are read
 * in the browser; nothing is sent anywhere. Given `data` or `comparison` (made
 * by `npm run report`), it shows that without the picker.
 */
@customElement('wed-report-page')
export class WedReportPage extends LitElement {
  static override styles = [
    baseStyles,
    pickerStyles,
    css`
      :host {
        max-width: 60rem;
        margin: 0 auto;
        padding: var(--wed-space-3);
      }
      .privacy {
        border-inline-start: 4px solid var(--wed-color-ok);
        background: var(--wed-color-surface);
        padding: var(--wed-space-2) var(--wed-space-3);
      }
      .error {
        color: var(--wed-color-error);
      }
      @media print {
        :host {
          padding: 0;
        }
        .picker,
        .privacy,
        .actions {
          display: none;
        }
        header h1 {
          font-size: 16pt;
          margin: 0;
        }
      }
    `,
  ];

  /** A report made elsewhere (the command line); the page then only shows it. */
  @property({ attribute: false }) data: ReportData | null = null;
  /** A comparison made elsewhere (the command line); the page then only shows it. */
  @property({ attribute: false }) comparison: ComparisonData | null = null;

  @state() private mode: Mode = 'one';
  @state() private sources: SourceResult[] = [];
  @state() private compared: ReadComparison | null = null;
  @state() private errors: string[] = [];
  @state() private minGroup = DEFAULT_MIN_GROUP;
  @state() private leaveOut: string[] = [];
  @state() private busy = false;
  @state() private over = false;

  override render() {
    const fixed = this.data ?? this.comparison;
    const comparing = this.comparison !== null || (!fixed && this.mode === 'compare');
    const report = comparing ? null : (this.data ?? this.#report());
    const comparison = comparing ? (this.comparison ?? this.#comparison()) : null;
    return html`<header>
        <h1>${p.heading}</h1>
        <p class="label">${p.subheading}</p>
      </header>
      <p class="privacy">${p.privacy}</p>
      ${
        fixed
          ? html`<p>${fixed.generatedAt ? format(p.generatedAt, { date: dutchDate.format(new Date(fixed.generatedAt)) }) : nothing}</p>`
          : this.#picker()
      }
      ${
        comparing
          ? html`<wed-comparison-report .data=${comparison}></wed-comparison-report>`
          : html`${report && report.sources.length > 0 ? this.#sources(report) : nothing}
              <wed-team-report .data=${report}></wed-team-report>`
      }
      ${
        report || comparison
          ? html`<div class="actions">
              <button class="primary" type="button" @click=${() => window.print()}>${p.print}</button>
            </div>`
          : nothing
      }`;
  }

  #picker() {
    return html`<section class="picker" aria-labelledby="choose-heading">
      <h2 id="choose-heading">${p.chooseLabel}</h2>
      <p>${p.intro}</p>
      <fieldset class="choice">
        <legend>${c.modeLegend}</legend>
        ${this.#modeOption('one', c.modeOne)} ${this.#modeOption('compare', c.modeCompare)}
      </fieldset>
      ${this.mode === 'one' ? this.#oneMoment() : html`<wed-compare-form @wed-compare-request=${this.#onCompare}></wed-compare-form>`}
      <label for="min-group">${p.minGroupLabel}</label>
      <p class="help" id="min-group-help">${p.minGroupHelp}</p>
      <input
        id="min-group"
        type="number"
        min="1"
        step="1"
        .value=${String(this.minGroup)}
        aria-describedby="min-group-help"
        @change=${this.#onMinGroup}
      />
      <label for="leave-out">${c.leaveOutLabel}</label>
      <p class="help" id="leave-out-help">${c.leaveOutHelp}</p>
      <textarea id="leave-out" rows="3" aria-describedby="leave-out-help" @change=${this.#onLeaveOut}></textarea>
      <details>
        <summary>${p.howToHeading}</summary>
        <ol>
          <li>${p.howTo1}</li>
          <li>${p.howTo2}</li>
          <li>${p.howTo3}</li>
        </ol>
      </details>
      <div role="status">${this.busy ? p.reading : nothing}</div>
      ${
        this.errors.length > 0
          ? html`<h3>${p.errorsHeading}</h3>
              <ul class="error">
                ${this.errors.map((error) => html`<li>${error}</li>`)}
              </ul>`
          : nothing
      }
    </section>`;
  }

  #modeOption(mode: Mode, label: string) {
    return html`<div class="option">
      <input type="radio" name="mode" id="mode-${mode}" .checked=${this.mode === mode} @change=${() => (this.mode = mode)} />
      <label for="mode-${mode}">${label}</label>
    </div>`;
  }

  #oneMoment() {
    return html`<div
      class="drop ${this.over ? 'over' : ''}"
      @dragover=${this.#onDragOver}
      @dragleave=${() => (this.over = false)}
      @drop=${this.#onDrop}
    >
      <label for="files">${p.chooseLabel}</label>
      <p class="help" id="files-help">${p.chooseHelp}</p>
      <input
        id="files"
        type="file"
        multiple
        accept=".txt,.csv,.tsv,.ods,.xlsx,.xls"
        aria-describedby="files-help"
        @change=${this.#onChoose}
      />
    </div>`;
  }

  #sources(report: ReportData) {
    return html`<h2>${p.filesHeading}</h2>
      <ul>
        ${report.sources.map(
          (s) =>
            html`<li>${s.kind === 'lrs' ? s.label : format(p.fileRead, { file: s.label, kind: texts.kinds[s.kind], rows: s.rows })}</li>`,
        )}
      </ul>`;
  }

  #report(): ReportData | null {
    return this.sources.length > 0 ? buildReport(this.sources, { minGroup: this.minGroup, leaveOut: this.leaveOut }) : null;
  }

  #comparison(): ComparisonData | null {
    if (!this.compared || this.compared.then.length === 0) return null;
    return buildComparison({ ...this.compared, minGroup: this.minGroup, leaveOut: this.leaveOut });
  }

  /** Reads the files; files that are no export get their message, the others make the report. */
  async read(files: readonly File[]): Promise<void> {
    if (files.length === 0) return;
    this.busy = true;
    const { sources, errors } = readFiles(await toInputs(files));
    this.sources = sources;
    this.errors = errors.map((error) => error.message);
    this.busy = false;
    await this.#focusResult('wed-team-report', sources.length > 0);
  }

  /** Reads a comparison's files and shows the comparison; unreadable files get their message. */
  async compare(request: CompareRequest): Promise<void> {
    this.busy = true;
    const then = readFiles(await toInputs(request.then));
    const now = readFiles(await toInputs(request.now));
    const mode: ComparisonMode = request.kind === 'date' ? { kind: 'date', date: request.date } : { kind: request.kind };
    this.compared = { mode, then: then.sources, now: now.sources, labels: request.kind === 'sets' ? request.labels : undefined };
    this.errors = [...then.errors, ...now.errors].map((error) => error.message);
    this.busy = false;
    await this.#focusResult('wed-comparison-report', then.sources.length > 0 && (request.kind !== 'sets' || now.sources.length > 0));
  }

  async #focusResult(selector: 'wed-team-report' | 'wed-comparison-report', shown: boolean): Promise<void> {
    await this.updateComplete;
    const result = this.renderRoot.querySelector<WedTeamReport | WedComparisonReport>(selector);
    await result?.updateComplete;
    if (shown) result?.focus();
  }

  #onCompare = (event: CompareRequestEvent) => void this.compare(event.request);

  #onChoose = (event: Event) => {
    const input = event.target as HTMLInputElement;
    void this.read([...(input.files ?? [])]);
  };

  #onDragOver = (event: DragEvent) => {
    event.preventDefault();
    this.over = true;
  };

  #onDrop = (event: DragEvent) => {
    event.preventDefault();
    this.over = false;
    void this.read([...(event.dataTransfer?.files ?? [])]);
  };

  #onMinGroup = (event: Event) => {
    const value = Number((event.target as HTMLInputElement).value);
    this.minGroup = Number.isInteger(value) && value >= 1 ? value : DEFAULT_MIN_GROUP;
  };

  #onLeaveOut = (event: Event) => {
    const lines = (event.target as HTMLTextAreaElement).value.split('\n').map((line) => line.trim());
    this.leaveOut = lines.filter((line) => line.length > 0);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'wed-report-page': WedReportPage;
  }
}
