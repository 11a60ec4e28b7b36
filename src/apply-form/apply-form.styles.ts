import { css } from 'lit';

export const applyFormStyles = css`
  form {
    display: grid;
    gap: var(--_space);
  }
  [part='intro'],
  [part='hint'] {
    margin: 0;
    color: var(--_muted);
    font-size: 0.95em;
  }
  [part='field'] {
    display: grid;
    gap: 0.3em;
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  fieldset[part='field'] {
    gap: 0.6em;
  }
  [part='label'] {
    padding: 0;
    font-weight: 600;
  }
  [part='input'],
  [part='textarea'],
  [part='file-input'] {
    inline-size: 100%;
    min-block-size: 2.75em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--careers-input-background, var(--_surface));
    color: inherit;
    font: inherit;
  }
  [part='textarea'] {
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
    border-width: 2px;
  }
  .checkbox-field {
    grid-template-columns: auto 1fr;
    align-items: start;
  }
  .checkbox-field [part='label'] {
    font-weight: normal;
  }
  .checkbox-field [part='field-error'] {
    grid-column: 1 / -1;
  }
  .checkbox-field [part='hint'] {
    grid-column: 2;
  }
  fieldset[aria-invalid='true'] {
    padding-inline-start: 0.75em;
    border-inline-start-style: solid;
  }
  [part='option'] {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-block-size: 2.75em;
  }
  [part='radio'],
  [part='checkbox'] {
    flex: none;
    font-size: inherit; /* form controls do not inherit it, and em sizes follow it */
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    accent-color: var(--_accent);
  }
  [part='field-error'] {
    margin: 0;
    color: var(--_error);
    font-weight: 600;
  }
  [part='error-summary'],
  [part='submit-error'] {
    padding: var(--_space);
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
  }
  [part='error-summary'] ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  [part='error-summary'] a {
    color: var(--_error);
    font-weight: 600;
  }
  [part='error-summary-title'] {
    margin: 0 0 0.4em;
    font-weight: 700;
  }
  [part='submit-error'] p {
    margin: 0;
  }
  [part='submit-error'] p + p {
    margin-block-start: 0.4em;
  }
  [part='success'],
  [part='email-ready'] {
    padding: var(--_space);
    border: 2px solid var(--_success);
    border-radius: var(--_radius);
  }
  [part='email-ready'] {
    display: grid;
    gap: 0.5em;
  }
  [part='email-ready'] p,
  [part='email-ready'] ol {
    margin: 0;
  }
  .actions,
  [part='draft-notice'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
  }
  [part='draft-notice'] {
    justify-content: space-between;
    padding: 0.75em var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  [part='draft-notice'].restored {
    border-style: solid;
    color: inherit;
  }
  [part='draft-notice'] p {
    margin: 0;
  }
  [part='progress'] {
    inline-size: 100%;
    block-size: 0.75em;
    accent-color: var(--_accent);
  }
`;
