import { css } from 'lit';

/**
 * The comparison's styles on top of reportStyles: then as an outlined bar and
 * now as a filled one (told apart by shape and legend, not colour alone),
 * compact tables, and print rules that keep the handout to one or two A4 pages.
 */
export const comparisonStyles = css`
  .then {
    fill: var(--wed-color-bg);
    stroke: var(--wed-color-accent);
    stroke-width: 1;
  }
  .now {
    fill: var(--wed-color-accent);
  }
  .distributions {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: var(--wed-space-3);
  }
  figure {
    margin: 0;
  }
  figcaption {
    font-weight: 600;
    margin-bottom: var(--wed-space-1);
  }
  ul.plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  table.changes td.change,
  table.shifts td.change {
    font-weight: 600;
  }
  table.changes tbody {
    border-top: 2px solid var(--wed-color-border);
  }
  table.shifts th[scope='row'] {
    min-width: 14rem;
  }
  table.shifts thead th.number {
    white-space: normal;
    max-width: 7rem;
  }
  @media print {
    :host {
      font-size: 9pt;
    }
    [tabindex='-1']:focus {
      outline: none;
    }
    section {
      break-inside: auto;
    }
    table.changes,
    table.moments,
    table.paired,
    .distribution-block {
      break-inside: avoid;
    }
    table.shifts {
      width: 100%;
      table-layout: fixed;
      font-size: 8pt;
    }
    table.shifts thead th:first-child {
      width: 42%;
    }
    table.shifts thead th:last-child {
      width: 15%;
    }
    table.shifts th[scope='row'] {
      min-width: 0;
    }
    table.shifts td.change {
      white-space: normal;
    }
    .distribution svg {
      max-width: 10rem;
    }
    h2 {
      font-size: 12pt;
      margin-block: 8pt 4pt;
    }
    h3 {
      font-size: 10pt;
      margin-block: 6pt 2pt;
    }
    section {
      margin-block: 6pt;
    }
    p,
    ul {
      margin-block: 3pt;
    }
    table {
      margin-block: 3pt;
      line-height: 1.25;
    }
    caption {
      padding-block: 2pt;
    }
    th,
    td {
      padding: 1pt 4pt;
    }
    .distributions {
      grid-template-columns: repeat(3, 1fr);
      gap: 8pt;
    }
    .notice {
      padding: 2pt 6pt;
    }
  }
`;
