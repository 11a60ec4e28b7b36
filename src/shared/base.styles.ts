import { css } from 'lit';

/**
 * Shared by every element. Public `--careers-*` tokens feed private `--_*` variables here, so each fallback is
 * written once. Colors use `light-dark()`, which follows the `color-scheme` in force: by default the host page's,
 * so a page that opts into dark mode (`color-scheme: light dark`) gets the dark palette when the reader prefers it
 * and a light page stays light on a dark OS. The `theme` attribute overrides that: `light`, `dark`, or `auto`
 * (the reader's `prefers-color-scheme`, whatever the page says); a forced theme paints its own background so its
 * text stays readable on any page.
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
    --_space: var(--careers-space, 1em);
    --_radius: var(--careers-radius, 0.5em);
    --_focus: var(--careers-focus-ring, 3px solid var(--_accent));

    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--careers-font-size, inherit);
    color: var(--_text);
    line-height: 1.5;
    text-align: start;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([theme='light']),
  :host([theme='dark']),
  :host([theme='auto']) {
    background: var(--careers-color-background, light-dark(#ffffff, #121316));
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font-size: inherit;
    font-weight: 700;
    line-height: 1.3;
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
    min-block-size: 2.75em;
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
