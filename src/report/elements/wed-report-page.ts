import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { baseStyles } from '../../styles/base.js';
import { buildReport, readFiles, type FileInput } from '../build-report.js';
import { format, texts } from '../texts.js';
import { DEFAULT_MIN_GROUP, type ReportData, type SourceResult } from '../types.js';
import type { WedTeamReport } from './wed-team-report.js';
import './wed-team-report.js';

const p = texts.page;
const dutchDate = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' });

/**
 * The coordinator's page: choose or drop Moodle downloads, read them in the
 * browser (nothing is sent anywhere), and show the team report. Given `data`
 * (a report made by `npm run report`), it shows that report without the picker.
 */
@customElement('wed-report-page')
export class WedReportPage extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        max-width: 60rem;
        margin: 0 auto;
        padding: var(--wed-space-3);
      }
      .drop {
        border: 2px dashed var(--wed-color-border);
        border-radius: var(--wed-radius);
        padding: var(--wed-space-3);
        margin-block: var(--wed-space-3);
      }
      .drop.over {
        border-color: var(--wed-color-accent);
        background: var(--wed-color-surface);
      }
      label {
        display: block;
        font-weight: 600;
        margin-block: var(--wed-space-2) var(--wed-space-1);
      }
      input[type='file'],
      input[type='number'] {
        font: inherit;
        max-width: 100%;
      }
      input[type='number'] {
        width: 6rem;
        min-height: 2.75rem;
      }
      .help {
        color: var(--wed-color-muted);
        margin-top: var(--wed-space-1);
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
        .picker,
        .privacy {
          display: none;
        }
      }
    `,
  ];

  /** A report made elsewhere (the command line); the page then only shows it. */
  @property({ attribute: false }) data: ReportData | null = null;

  @state() private sources: SourceResult[] = [];
  @state() private errors: string[] = [];
  @state() private minGroup = DEFAULT_MIN_GROUP;
  @state() private busy = false;
  @state() private over = false;

  override render() {
    const fixed = this.data !== null;
    const report = this.data ?? this.#report();
    return html`<header>
        <h1>${p.heading}</h1>
        <p class="label">${p.subheading}</p>
      </header>
      <p class="privacy">${p.privacy}</p>
      ${
        fixed
          ? html`<p>
              ${this.data?.generatedAt ? format(p.generatedAt, { date: dutchDate.format(new Date(this.data.generatedAt)) }) : nothing}
            </p>`
          : this.#picker()
      }
      ${report && report.sources.length > 0 ? this.#sources(report) : nothing}
      <wed-team-report .data=${report}></wed-team-report>
      ${
        report
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
      <div
        class="drop ${this.over ? 'over' : ''}"
        @dragover=${this.#onDragOver}
        @dragleave=${() => (this.over = false)}
        @drop=${this.#onDrop}
      >
        <label for="files">${p.chooseLabel}</label>
        <input
          id="files"
          type="file"
          multiple
          accept=".txt,.csv,.tsv,.ods,.xlsx,.xls"
          aria-describedby="files-help"
          @change=${this.#onChoose}
        />
        <p class="help" id="files-help">${p.chooseHelp}</p>
        <label for="min-group">${p.minGroupLabel}</label>
        <input
          id="min-group"
          type="number"
          min="1"
          step="1"
          .value=${String(this.minGroup)}
          aria-describedby="min-group-help"
          @change=${this.#onMinGroup}
        />
        <p class="help" id="min-group-help">${p.minGroupHelp}</p>
      </div>
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
    return this.sources.length > 0 ? buildReport(this.sources, { minGroup: this.minGroup }) : null;
  }

  /** Reads the files; files that are no export get their message, the others make the report. */
  async read(files: readonly File[]): Promise<void> {
    if (files.length === 0) return;
    this.busy = true;
    const inputs: FileInput[] = await Promise.all(
      files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
    );
    const { sources, errors } = readFiles(inputs);
    this.sources = sources;
    this.errors = errors.map((error) => error.message);
    this.busy = false;
    await this.updateComplete;
    const report = this.renderRoot.querySelector<WedTeamReport>('wed-team-report');
    await report?.updateComplete;
    if (sources.length > 0) report?.focus();
  }

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
}

declare global {
  interface HTMLElementTagNameMap {
    'wed-report-page': WedReportPage;
  }
}
