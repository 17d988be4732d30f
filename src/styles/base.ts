import { css } from 'lit';

/**
 * Tokens and shared element styles. Every element adopts this sheet, so the
 * tokens hold wherever an element is rendered (app, tests, print).
 * Colours meet WCAG AA contrast on --wed-color-bg.
 */
export const baseStyles = css`
  :host {
    --wed-color-text: #1b1b1f;
    --wed-color-muted: #4a4a55;
    --wed-color-bg: #ffffff;
    --wed-color-surface: #f3f5f9;
    --wed-color-border: #6b6f7b;
    --wed-color-accent: #0b5394;
    --wed-color-accent-text: #ffffff;
    --wed-color-attention: #9c3d00;
    --wed-color-ok: #1d6b33;
    --wed-color-error: #b00020;
    --wed-focus-ring: 3px solid #c45500;
    --wed-space-1: 0.25rem;
    --wed-space-2: 0.5rem;
    --wed-space-3: 1rem;
    --wed-space-4: 1.5rem;
    --wed-space-5: 2.5rem;
    --wed-radius: 0.375rem;
    --wed-font: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
    font-family: var(--wed-font);
    color: var(--wed-color-text);
    line-height: 1.5;
    display: block;
  }

  :host([hidden]) {
    display: none;
  }

  * {
    box-sizing: border-box;
  }

  h1,
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin: var(--wed-space-4) 0 var(--wed-space-2);
    overflow-wrap: anywhere;
  }

  p,
  li {
    max-width: 70ch;
    overflow-wrap: break-word;
  }

  a {
    color: var(--wed-color-accent);
  }

  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  textarea:focus-visible,
  summary:focus-visible {
    outline: var(--wed-focus-ring);
    outline-offset: 2px;
  }

  /*
   * Focus moved by the app (a screen's heading, an error summary, the radio an
   * error link leads to) shows after a mouse click too, where :focus-visible
   * would not match. Radios show it on any focus, as GOV.UK's do.
   */
  [tabindex='-1']:focus,
  input[type='radio']:focus {
    outline: var(--wed-focus-ring);
    outline-offset: 2px;
  }

  button {
    font: inherit;
    min-height: 2.75rem;
    padding: var(--wed-space-2) var(--wed-space-3);
    border-radius: var(--wed-radius);
    border: 2px solid var(--wed-color-accent);
    background: var(--wed-color-bg);
    color: var(--wed-color-accent);
    cursor: pointer;
  }

  button.primary {
    background: var(--wed-color-accent);
    color: var(--wed-color-accent-text);
  }

  .label {
    color: var(--wed-color-muted);
    font-weight: 600;
    margin: 0;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--wed-space-2);
    margin-top: var(--wed-space-4);
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    button.primary {
      border-color: ButtonText;
    }
  }

  @media print {
    .actions,
    button {
      display: none !important;
    }
  }
`;
