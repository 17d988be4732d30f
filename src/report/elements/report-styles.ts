import { css } from 'lit';

/**
 * The report's own styles on top of the package's tokens (src/styles/base.ts):
 * figures as definition lists, SVG charts whose sizes are attributes (no
 * inline style under the page's CSP), four answer colours with at least 3:1
 * contrast on white, and A4 print rules.
 */
export const reportStyles = css`
  :host {
    --report-answer-1: #8a2c02;
    --report-answer-2: #c4530f;
    --report-answer-3: #3f7fb3;
    --report-answer-4: #0b3d6e;
  }
  section {
    margin-block: var(--wed-space-4);
  }
  .figures {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--wed-space-1) var(--wed-space-3);
    margin: var(--wed-space-2) 0;
  }
  .figures dt {
    font-weight: 600;
  }
  .figures dd {
    margin: 0;
  }
  .pillars {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr));
    gap: var(--wed-space-3);
  }
  .pillar {
    border: 1px solid var(--wed-color-border);
    border-radius: var(--wed-radius);
    padding: var(--wed-space-3);
  }
  .pillar.focus {
    border: 3px solid var(--wed-color-attention);
  }
  .pillar h3 {
    margin-top: 0;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  svg text {
    font: 12px var(--wed-font);
    fill: var(--wed-color-text);
  }
  .bar {
    fill: var(--wed-color-accent);
  }
  .track {
    fill: var(--wed-color-surface);
  }
  .a1 {
    fill: var(--report-answer-1);
  }
  .a2 {
    fill: var(--report-answer-2);
  }
  .a3 {
    fill: var(--report-answer-3);
  }
  .a4 {
    fill: var(--report-answer-4);
  }
  .segment {
    stroke: #ffffff;
    stroke-width: 0.6;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--wed-space-1) var(--wed-space-3);
    list-style: none;
    padding: 0;
  }
  .legend svg {
    display: inline-block;
    width: 1rem;
    height: 1rem;
    vertical-align: middle;
    margin-inline-end: var(--wed-space-1);
  }
  .statements {
    padding-inline-start: 1.5rem;
  }
  .statements li {
    margin-block: var(--wed-space-3);
    break-inside: avoid;
  }
  svg.stack {
    height: 1.25rem;
    margin-top: var(--wed-space-1);
    border: 1px solid var(--wed-color-border);
  }
  th[scope='row'] {
    font-weight: normal;
    min-width: 11rem;
  }
  .statements .pillar-name {
    color: var(--wed-color-muted);
    font-size: 0.9rem;
  }
  .table-scroll {
    overflow-x: auto;
    max-width: 100%;
    /* Contains the visually hidden texts (position: absolute) of its cells, which would otherwise widen the page. */
    position: relative;
  }
  table {
    border-collapse: collapse;
    margin-block: var(--wed-space-3);
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block: var(--wed-space-2);
  }
  th,
  td {
    border: 1px solid var(--wed-color-border);
    padding: var(--wed-space-1) var(--wed-space-2);
    text-align: start;
    vertical-align: top;
  }
  td.number,
  th.number {
    text-align: end;
    white-space: nowrap;
  }
  .notice {
    border-inline-start: 4px solid var(--wed-color-accent);
    background: var(--wed-color-surface);
    padding: var(--wed-space-2) var(--wed-space-3);
  }
  @media (forced-colors: active) {
    svg {
      forced-color-adjust: none;
    }
  }
  @media print {
    section,
    .pillar,
    tr {
      break-inside: avoid;
    }
    h2,
    h3 {
      break-after: avoid;
    }
    .table-scroll {
      overflow: visible;
    }
  }
`;
