import { html, nothing, render, type TemplateResult } from 'lit';
import type { ApiLog, LogEntry } from './api-log.js';
import type { TrackedValue, ValueState } from './data-model.js';
import type { StoredAttempt } from './lms-store.js';
import { stateSection, statementsSection, xapiSessionFacts, type XapiPanelModel } from './lrs-panel.js';
import type { SessionState } from './scorm-session.js';

/** Everything the panel shows; plain data, so the panel only renders. */
export interface PanelModel {
  standardLabel: string;
  /** Null when the package runs standalone (no API offered) or in xAPI mode. */
  launch: {
    entry: string;
    review: boolean;
    state: SessionState;
    stored: StoredAttempt | null;
    notes: readonly string[];
    values: readonly TrackedValue[];
  } | null;
  /** The xAPI launch and what the dev LRS received; null in the other modes. */
  xapi: XapiPanelModel | null;
  /** How Commit and Finish are answered now, one line per switch that is on. */
  saveConditions: readonly string[];
  /** The same attempt open in a second tab ("Second tab"), or null. */
  secondTab: { entry: string; state: SessionState } | null;
  log: ApiLog;
  onClearLog: () => void;
}

const STATE_LABELS: Record<ValueState, string> = {
  launch: 'set by LMS',
  committed: 'committed',
  pending: 'not committed',
  lost: 'lost (never committed)',
};

/** Values longer than this are folded, arguments in the log are cut. */
const LONG_VALUE = 80;

export function renderPanel(model: PanelModel, container: HTMLElement): void {
  const logBefore = container.querySelector<HTMLElement>('.log');
  const followLog = !logBefore || logBefore.scrollHeight - logBefore.scrollTop - logBefore.clientHeight < 48;
  render(panelTemplate(model), container);
  const logAfter = container.querySelector<HTMLElement>('.log');
  if (followLog && logAfter) logAfter.scrollTop = logAfter.scrollHeight;
}

function panelTemplate(model: PanelModel): TemplateResult {
  if (model.xapi) {
    return html`
      <section class="panel-section" aria-labelledby="session-heading">
        <h2 id="session-heading">LRS session</h2>
        ${xapiSessionFacts(model.xapi, model.standardLabel)}
      </section>
      ${statementsSection(model.xapi)} ${stateSection(model.xapi)}
      ${logSection(model, 'LRS requests (writes and failures)', 'No writes yet.')}
    `;
  }
  return html`
    <section class="panel-section" aria-labelledby="session-heading">
      <h2 id="session-heading">LMS session</h2>
      ${sessionFacts(model)}
    </section>
    <section class="panel-section" aria-labelledby="model-heading">
      <h2 id="model-heading">Data model</h2>
      ${
        model.launch
          ? valuesTable(model.launch.values)
          : html`<p>No API is offered: the package runs standalone and keeps its state in this browser's localStorage.</p>`
      }
    </section>
    ${logSection(model, 'API calls', 'No calls yet.')}
  `;
}

function logSection(model: PanelModel, heading: string, empty: string): TemplateResult {
  return html`
    <section class="panel-section" aria-labelledby="log-heading">
      <div class="section-head">
        <h2 id="log-heading">${heading}</h2>
        <button type="button" @click=${model.onClearLog}>Clear log</button>
      </div>
      <div class="log" role="log" aria-labelledby="log-heading" tabindex="0">
        ${
          model.log.dropped > 0
            ? html`<p class="log-line log-line--note">${model.log.dropped} older line(s) not shown (the log keeps ${model.log.limit}).</p>`
            : nothing
        }
        ${model.log.entries.length === 0 ? html`<p class="log-line log-line--note">${empty}</p>` : nothing}
        ${model.log.entries.map(logLine)}
      </div>
    </section>
  `;
}

function sessionFacts(model: PanelModel): TemplateResult {
  const { launch } = model;
  if (!launch) {
    return html`<dl class="facts">
      <div>
        <dt>Mode</dt>
        <dd>${model.standardLabel}</dd>
      </div>
    </dl>`;
  }
  const { stored } = launch;
  return html`
    <dl class="facts">
      <div>
        <dt>Standard</dt>
        <dd>${model.standardLabel}</dd>
      </div>
      <div>
        <dt>Launch</dt>
        <dd>entry "${launch.entry}", ${launch.review ? 'review mode, no-credit' : 'normal mode, credit'}</dd>
      </div>
      <div>
        <dt>API session</dt>
        <dd>${launch.state}</dd>
      </div>
      ${
        model.secondTab
          ? html`<div>
              <dt>Tab 2</dt>
              <dd>API session ${model.secondTab.state}, launched with entry "${model.secondTab.entry}"</dd>
            </div>`
          : nothing
      }
      <div>
        <dt>LMS database</dt>
        <dd>
          ${
            stored
              ? `${stored.commits} commit(s), last at ${formatTime(new Date(stored.committedAt))}; ` +
                `${Object.keys(stored.values).length} value(s), exit "${stored.exit}", total time ${stored.totalTime}`
              : 'no commit in this attempt yet'
          }
        </dd>
      </div>
      ${model.saveConditions.map(
        (line) =>
          html`<div>
            <dt>Commits</dt>
            <dd class="warning">${line}</dd>
          </div>`,
      )}
    </dl>
    ${
      launch.notes.length > 0
        ? html`<ul class="notes">
            ${launch.notes.map((note) => html`<li>${note}</li>`)}
          </ul>`
        : nothing
    }
  `;
}

function valuesTable(values: readonly TrackedValue[]): TemplateResult {
  const pending = values.filter((item) => item.state === 'pending').length;
  return html`
    <div class="table-wrap" role="region" aria-label="Data model values" tabindex="0">
      <table class="values">
        <caption>
          ${values.length} value(s), ${pending} not committed
        </caption>
        <thead>
          <tr>
            <th scope="col">Element</th>
            <th scope="col">Value</th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          ${values.map(
            (item) => html`
              <tr class="row--${item.state}">
                <th scope="row"><code>${breakableElement(item.element)}</code></th>
                <td>${valueCell(item.value)}</td>
                <td><span class="state state--${item.state}">${STATE_LABELS[item.state]}</span></td>
              </tr>
            `,
          )}
        </tbody>
      </table>
    </div>
  `;
}

/** An element name that may wrap after its dots, never inside a word. */
function breakableElement(element: string): TemplateResult[] {
  return element.split('.').map((part, index) => (index === 0 ? html`${part}` : html`.<wbr />${part}`));
}

function valueCell(value: string): TemplateResult {
  if (value === '') return html`<span class="empty">(empty)</span>`;
  if (value.length <= LONG_VALUE) return html`<code>${value}</code>`;
  return html`
    <details>
      <summary><code>${value.slice(0, LONG_VALUE - 20)}…</code> (${value.length} characters)</summary>
      <code class="full-value">${value}</code>
    </details>
  `;
}

function logLine(entry: LogEntry): TemplateResult {
  const time = html`<time datetime=${entry.time.toISOString()}>${formatTime(entry.time)}</time>`;
  if (entry.kind === 'lms') {
    return html`<p class="log-line log-line--lms log-line--${entry.level}">
      ${time} ${tabLabel(entry.tab)}<span class="log-who">LMS</span> ${entry.message}
    </p>`;
  }
  if (entry.kind === 'http') {
    return html`<p class="log-line ${entry.status >= 400 ? 'log-line--error' : ''}">
      ${time} <code>${entry.method} ${entry.resource} → ${entry.status}</code> ${shorten(entry.message, 300)}
    </p>`;
  }
  const failed = entry.errorCode !== '0';
  const args = entry.args.map((arg) => JSON.stringify(shorten(arg))).join(', ');
  return html`<p class="log-line ${failed ? 'log-line--error' : ''}">
    ${time} ${tabLabel(entry.tab)}<code>${entry.name}(${args}) → ${JSON.stringify(shorten(entry.result))}</code>
    <span class="log-code">error ${entry.errorCode}</span>
  </p>`;
}

function tabLabel(tab: string | undefined): TemplateResult | typeof nothing {
  return tab ? html`<span class="log-tab">${tab}</span> ` : nothing;
}

function shorten(text: string, limit = LONG_VALUE): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 20)}… (${text.length} characters)`;
}

function formatTime(time: Date): string {
  const pad = (value: number, size = 2): string => String(value).padStart(size, '0');
  return `${pad(time.getHours())}:${pad(time.getMinutes())}:${pad(time.getSeconds())}.${pad(time.getMilliseconds(), 3)}`;
}
