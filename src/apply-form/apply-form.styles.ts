import { css } from 'lit';

export const applyFormStyles = css`
  form {
    display: grid;
    gap: var(--_space);
  }
  /* Spacing comes from the grids' gaps, never from paragraph margins. */
  p,
  ol {
    margin: 0;
  }
  [part='intro'],
  [part='hint'] {
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
  fieldset > div[part='field'] {
    margin-block-start: 0.5em;
  }
  [part='label'] {
    padding: 0;
    font-weight: 600;
  }
  [part='input'],
  [part='textarea'] {
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
  /* A second pixel drawn inside, so the field does not move when it turns invalid. */
  [aria-invalid='true'],
  .invalid {
    border-color: var(--_error);
    box-shadow: inset 0 0 0 1px var(--_error);
  }
  /* The file picker: the native input lies transparent over our button, so clicks, keys and drops reach it. */
  [part='file-drop'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
    padding: 0.75em;
    border: var(--careers-drop-border, 2px dashed var(--_border));
    border-radius: var(--_radius);
    background: var(--careers-drop-background, var(--_subtle));
  }
  .invalid,
  .over {
    border-style: solid;
  }
  .over {
    border-color: var(--_accent);
  }
  .pick {
    position: relative;
  }
  [part='file-input'] {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    opacity: 0;
    cursor: pointer;
  }
  :focus-visible + [part='file-button'] {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  [part='file-drop-hint'],
  [part='file-size'] {
    color: var(--_muted);
  }
  [part='file-chosen'] {
    flex: 1 1 10em;
    overflow-wrap: anywhere;
  }
  [part='file-name'] {
    font-weight: 600;
  }
  [part='file-remove'] {
    min-block-size: 2em;
    padding-inline: 0.75em;
  }
  /* Phones and tablets: nothing to drag from. */
  @media (hover: none) {
    [part='file-drop-hint'] {
      display: none;
    }
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
  /* A legend that floats is laid out inside the fieldset (a grid item, stretched), so the error bar runs from its top. */
  legend {
    float: left;
  }
  /* WebKit sizes a floating legend by the fieldset's border box: keep it off the bar's side. */
  fieldset[aria-invalid='true'] legend {
    max-inline-size: calc(100% - 0.75em - 2px);
  }
  fieldset[aria-invalid='true'] {
    padding-inline-start: 0.75em;
    border-inline-start: 2px solid var(--_error);
    box-shadow: none;
  }
  [part='option'] {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-block-size: 2.25em;
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
    color: var(--_error);
    font-weight: 600;
  }
  [part='error-summary'],
  [part='submit-error'],
  [part='success'],
  [part='email-ready'] {
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
  /* Panels focused by the form (not by the candidate) are announced; a ring around their border adds nothing. */
  [tabindex='-1']:focus {
    outline: none;
  }
  [part='submit-error'] p + p {
    margin-block-start: 0.4em;
  }
  [part='success'],
  [part='email-ready'] {
    border-color: var(--_success);
  }
  [part='email-ready'] {
    display: grid;
    gap: 0.5em;
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
  [part='status'] {
    margin: 0 0 -0.5em;
    color: var(--_muted);
  }
  [part='progress'] {
    inline-size: 100%;
    block-size: 0.75em;
    accent-color: var(--_accent);
  }
`;
