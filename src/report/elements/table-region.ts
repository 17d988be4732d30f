import { html, type TemplateResult } from 'lit';

/**
 * A captioned table in a scroll region that keyboard users can reach (a
 * wide table scrolls on its own at 320 px instead of widening the page); the
 * caption names the region.
 */
export function tableRegion(id: string, caption: string, className: string, rows: TemplateResult): TemplateResult {
  return html`<div class="table-scroll" role="region" aria-labelledby=${id} tabindex="0">
    <table class=${className}>
      <caption id=${id}>
        ${caption}
      </caption>
      ${rows}
    </table>
  </div>`;
}
