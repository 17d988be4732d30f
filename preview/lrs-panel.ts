import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { LrsSnapshot, StateDocument, XapiStatement } from './lrs-client.js';
import type { XapiLaunch } from './xapi-launch.js';

/** What the panel shows in xAPI mode. */
export interface XapiPanelModel {
  launch: XapiLaunch;
  stateId: string;
  /** Null until the LRS first answered. */
  snapshot: LrsSnapshot | null;
  /** Why the last poll failed; null when it worked. */
  error: string | null;
}

/** Texts longer than this are folded. */
const LONG_TEXT = 120;

export function xapiSessionFacts(model: XapiPanelModel, standardLabel: string): TemplateResult {
  const { launch, snapshot, error } = model;
  return html`
    <dl class="facts">
      <div>
        <dt>Standard</dt>
        <dd>${standardLabel}</dd>
      </div>
      <div>
        <dt>Endpoint</dt>
        <dd><code>${launch.endpoint}</code></dd>
      </div>
      <div>
        <dt>Learner</dt>
        <dd>${launch.actor.name} (<code>${launch.actor.mbox}</code>)</dd>
      </div>
      <div>
        <dt>Registration</dt>
        <dd><code>${launch.registration}</code></dd>
      </div>
      <div>
        <dt>Activity</dt>
        <dd><code>${launch.activityId}</code></dd>
      </div>
      <div>
        <dt>LRS</dt>
        <dd>
          ${
            error
              ? html`<span class="warning">${error}</span>`
              : snapshot
                ? `checked at ${formatClock(snapshot.checkedAt)}, every second`
                : 'not asked yet'
          }
        </dd>
      </div>
    </dl>
  `;
}

export function statementsSection(model: XapiPanelModel): TemplateResult {
  const statements = model.snapshot?.statements ?? [];
  return html`
    <section class="panel-section" aria-labelledby="statements-heading">
      <h2 id="statements-heading">Statements</h2>
      ${
        model.snapshot === null
          ? html`<p>Waiting for the LRS…</p>`
          : statements.length === 0
            ? html`<p>The LRS has no statements for this registration yet.</p>`
            : html`
                <div class="table-wrap" role="region" aria-label="Statements the LRS received" tabindex="0">
                  <table class="values statements">
                    <caption>
                      ${statements.length} statement(s) of this registration, newest first; “…/” stands for the activity id
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">Time</th>
                        <th scope="col">Verb</th>
                        <th scope="col">Object</th>
                        <th scope="col">Result</th>
                      </tr>
                    </thead>
                    <tbody>
                      ${repeat(
                        statements,
                        (statement) => statement.id,
                        (statement) => statementRow(statement, model.launch.activityId),
                      )}
                    </tbody>
                  </table>
                </div>
              `
      }
    </section>
  `;
}

export function stateSection(model: XapiPanelModel): TemplateResult {
  const state = model.snapshot?.state ?? null;
  return html`
    <section class="panel-section" aria-labelledby="state-heading">
      <h2 id="state-heading">State document</h2>
      ${
        model.snapshot === null
          ? html`<p>Waiting for the LRS…</p>`
          : state === null
            ? html`<p>No state document <code>${model.stateId}</code> for this learner, activity and registration yet.</p>`
            : stateFacts(model.stateId, state)
      }
    </section>
  `;
}

function stateFacts(stateId: string, state: StateDocument): TemplateResult {
  return html`
    <dl class="facts">
      <div>
        <dt>stateId</dt>
        <dd><code>${stateId}</code></dd>
      </div>
      <div>
        <dt>Content type</dt>
        <dd><code>${state.contentType || '(none)'}</code></dd>
      </div>
      <div>
        <dt>Size</dt>
        <dd>${state.text.length} character(s)${state.updated ? html`, stored at ${formatClock(state.updated)}` : nothing}</dd>
      </div>
    </dl>
    ${
      state.text.length <= LONG_TEXT
        ? html`<p><code class="full-value">${state.text || '(empty)'}</code></p>`
        : html`
            <details class="state-document">
              <summary><code>${state.text.slice(0, LONG_TEXT - 40)}…</code> (show all)</summary>
              <code class="full-value">${state.text}</code>
            </details>
          `
    }
  `;
}

function statementRow(statement: XapiStatement, activityId: string): TemplateResult {
  const when = statement.timestamp ?? statement.stored;
  const time = when ? new Date(when) : null;
  return html`
    <tr>
      <td>
        ${
          time && !Number.isNaN(time.getTime())
            ? html`<time datetime=${time.toISOString()}>${formatClock(time)}</time>`
            : html`<span class="empty">(none)</span>`
        }
      </td>
      <td>${verbLabel(statement)}</td>
      <td><code>${breakable(shortId(statement.object.id ?? `(${statement.object.objectType ?? 'no id'})`, activityId))}</code></td>
      <td>
        ${resultParts(statement).map((part) => html`<span class="result-part">${part}</span> `)}
        <details class="statement-json">
          <summary>JSON</summary>
          <code class="full-value">${JSON.stringify(statement, null, 2)}</code>
        </details>
      </td>
    </tr>
  `;
}

function verbLabel(statement: XapiStatement): string {
  const display = statement.verb.display;
  return display?.['en-US'] ?? display?.['en'] ?? lastSegment(statement.verb.id);
}

/** What the result says, in short: response, score, completion, success, duration, extensions. */
export function resultParts(statement: XapiStatement): string[] {
  const result = statement.result;
  if (!result) return [];
  const parts: string[] = [];
  if (result.response !== undefined) parts.push(`response “${result.response}”`);
  const score = result.score;
  if (score) {
    const range = score.min !== undefined && score.max !== undefined ? ` (${score.min}–${score.max})` : '';
    const raw = score.raw !== undefined ? `raw ${score.raw}${range}` : '';
    const scaled = score.scaled !== undefined ? `scaled ${score.scaled}` : '';
    parts.push(`score ${[raw, scaled].filter(Boolean).join(', ')}`);
  }
  if (result.completion !== undefined) parts.push(result.completion ? 'completed' : 'not completed');
  if (result.success !== undefined) parts.push(result.success ? 'success' : 'no success');
  if (result.duration !== undefined) parts.push(`duration ${result.duration}`);
  for (const [key, value] of Object.entries(result.extensions ?? {})) {
    const shown = JSON.stringify(value);
    parts.push(`${lastSegment(key)} ${shown.length > 40 ? `${shown.slice(0, 37)}…` : shown}`);
  }
  return parts;
}

/** An id below the activity id as "…/rest"; the activity id itself as "…". */
function shortId(id: string, activityId: string): string {
  if (id === activityId) return '…';
  return id.startsWith(`${activityId}/`) ? `…${id.slice(activityId.length)}` : id;
}

function lastSegment(iri: string): string {
  return (
    iri
      .replace(/[/#]+$/, '')
      .split(/[/#]/)
      .at(-1) ?? iri
  );
}

/** Text that may wrap after its slashes. */
function breakable(text: string): TemplateResult[] {
  return text.split('/').map((part, index) => (index === 0 ? html`${part}` : html`/<wbr />${part}`));
}

function formatClock(time: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${pad(time.getHours())}:${pad(time.getMinutes())}:${pad(time.getSeconds())}`;
}
