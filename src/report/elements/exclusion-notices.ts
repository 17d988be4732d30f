import { html, nothing, type TemplateResult } from 'lit';
import type { Excluded } from '../comparison-types.js';
import { excludedText, teacherNote } from '../summary.js';
import type { SourceKind } from '../types.js';

/**
 * The rows left out before counting, each with how they were recognised, and
 * without a gradebook export the warning that a teacher listed "Not
 * attempted" may count as not started. For the single report and the comparison.
 */
export function exclusionNotices(sources: ReadonlyArray<{ kind: SourceKind }>, excluded: readonly Excluded[]): TemplateResult {
  const note = teacherNote(sources, excluded);
  return html`${excluded.map((e) => html`<p class="notice">${excludedText(e)}</p>`)} ${note ? html`<p class="notice">${note}</p>` : nothing}`;
}
