import { css } from 'lit';

/**
 * The coordinator's form controls: drop zones, labels with help text, radio
 * choices with a conditionally revealed field (GOV.UK), and error messages
 * with the red bar of the GOV.UK error pattern.
 */
export const pickerStyles = css`
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
  input[type='number'],
  textarea {
    font: inherit;
    max-width: 100%;
  }
  input[type='number'] {
    width: 6rem;
    min-height: 2.75rem;
  }
  textarea {
    width: 30rem;
    box-sizing: border-box;
  }
  .help {
    color: var(--wed-color-muted);
    margin-block: var(--wed-space-1);
  }
  fieldset.choice {
    border: 0;
    margin: var(--wed-space-3) 0;
    padding: 0;
    min-width: 0;
  }
  fieldset.choice legend {
    font-weight: 600;
    font-size: 1.125rem;
    padding: 0;
    margin-bottom: var(--wed-space-2);
  }
  .option {
    display: grid;
    grid-template-columns: 1.5rem 1fr;
    align-items: start;
    gap: 0 var(--wed-space-2);
    margin-block: var(--wed-space-2);
  }
  .option input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
  }
  .option label {
    margin: 0;
    font-weight: normal;
  }
  .option .help {
    grid-column: 2;
  }
  .conditional {
    margin-inline-start: 0.75rem;
    padding-inline-start: var(--wed-space-3);
    border-inline-start: 4px solid var(--wed-color-border);
  }
  .invalid {
    border-inline-start: 4px solid var(--wed-color-error);
    padding-inline-start: var(--wed-space-3);
  }
  .drop.invalid {
    border: 2px dashed var(--wed-color-error);
    border-inline-start-width: 4px;
    border-inline-start-style: solid;
  }
  .error-message {
    color: var(--wed-color-error);
    font-weight: 700;
    margin-block: var(--wed-space-1);
  }
`;
