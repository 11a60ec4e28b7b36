import { css } from 'lit';

/**
 * Shared by every element. Public `--careers-*` tokens feed private `--_*` variables here, so each fallback is
 * written once. Colors use `light-dark()`, which follows the host page's `color-scheme`: a page that opts into dark
 * mode gets the dark palette, a light page stays light even when the OS is dark.
 */
export const baseStyles = css`
  :host {
    --_font: var(--careers-font-family, inherit);
    --_text: var(--careers-color-text, light-dark(#1b1d21, #e8eaed));
    --_muted: var(--careers-color-muted, light-dark(#4a4f57, #bfc4cb));
    --_surface: var(--careers-color-surface, light-dark(#ffffff, #1f2126));
    --_subtle: var(--careers-color-subtle, light-dark(#f3f4f6, #2a2d33));
    --_border: var(--careers-color-border, light-dark(#c9ccd1, #4a4f57));
    --_accent: var(--careers-color-accent, light-dark(#0b57d0, #a8c7fa));
    --_on-accent: var(--careers-color-on-accent, light-dark(#ffffff, #062e6f));
    --_error: var(--careers-color-error, light-dark(#b3261e, #ffb4ab));
    --_success: var(--careers-color-success, light-dark(#146c2e, #6dd58c));
    --_space: var(--careers-space, 1rem);
    --_radius: var(--careers-radius, 0.5rem);
    --_focus: var(--careers-focus-ring, 3px solid var(--_accent));

    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.5;
    text-align: start;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  button,
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.25em;
    min-block-size: 2.75rem;
    padding-block: 0.5em;
    padding-inline: 1.1em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  button.primary,
  .button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.65;
  }
  a {
    color: var(--_accent);
  }
`;
