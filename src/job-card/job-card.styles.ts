import { css } from 'lit';

/**
 * A compact row while collapsed (title link, one line of separated facts, two lines of summary, Apply at the end of
 * the row on a wide card), a readable article when open (lines capped at `--careers-measure`), with Apply at the top
 * and at the end; on a narrow card the end bar sticks to the bottom of the screen while the details are read.
 */
export const jobCardStyles = css`
  :host {
    container-type: inline-size;
  }
  [part='card'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas: 'header actions' 'details details';
    column-gap: var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--careers-shadow, none);
  }
  [part='header'] {
    grid-area: header;
    display: grid;
    gap: 0;
    min-inline-size: 0;
  }
  [part='title'] {
    margin: 0;
    font-size: var(--careers-title-size, 1.2em);
    font-weight: 700;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  [part='title']:focus {
    outline: none;
  }
  [part='title']:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  [part='toggle'] {
    color: inherit;
    text-decoration: none;
  }
  [part='toggle']:hover {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  [part='meta'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.95em;
    line-height: 1.4;
  }
  [part='meta'] > li {
    white-space: nowrap;
  }
  [part='meta'] > li:not(:last-child)::after {
    /* A visual separator that screen readers skip (the list already says where each fact ends); after the fact, so a
       wrapped line never starts with one. */
    content: '·' / '';
    margin-inline-start: 0.5em;
    font-weight: 700;
  }
  [part='locations'],
  [part='dates'] {
    white-space: normal !important;
  }
  [part='summary'] {
    margin: 0.15em 0 0;
    line-height: 1.35;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
  }
  :host([open]) [part='summary'] {
    display: block;
    max-inline-size: var(--careers-measure, 70ch);
    -webkit-line-clamp: none;
    line-clamp: none;
  }
  [part='corporate-title'] {
    margin: 0 0 calc(var(--_space) * 0.5);
    color: var(--_muted);
    font-size: 0.95em;
  }
  [part='actions'] {
    grid-area: actions;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    align-items: start;
    justify-content: end;
  }
  [part='details'] {
    grid-area: details;
    max-inline-size: var(--careers-measure, 70ch);
    margin-block-start: calc(var(--_space) * 0.75);
    padding-block-start: calc(var(--_space) * 0.25);
    border-block-start: 1px solid var(--_border);
  }
  [part='details'][hidden] {
    display: none;
  }
  [part='section-heading'] {
    margin-block: calc(var(--_space) * 0.75) calc(var(--_space) * 0.25);
    font-size: 1.05em;
    font-weight: 700;
    line-height: 1.3;
  }
  [part='paragraph'] {
    margin-block: 0 calc(var(--_space) * 0.5);
  }
  [part~='list'] {
    margin-block: 0 calc(var(--_space) * 0.5);
    padding-inline-start: 1.4em;
  }
  [part~='list'] [part~='list'] {
    margin-block: 0.25em 0;
  }
  mark {
    background: var(--careers-color-highlight, light-dark(#fff3b0, #5c4b00));
    color: inherit;
  }
  [part='list-item'] {
    margin-block: 0.2em;
  }
  [part='details-actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    align-items: center;
    margin-block-start: calc(var(--_space) * 0.75);
    padding-block: calc(var(--_space) * 0.5);
    background: var(--_surface);
  }

  /* A narrow card (a phone): the row's Apply waits for the details, whose end bar then stays on screen. */
  @container (max-width: 34em) {
    [part='card'] {
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'header' 'actions' 'details';
      padding: calc(var(--_space) * 0.75);
    }
    [part='actions'] {
      display: none;
    }
    [part='details'] {
      margin-block-start: calc(var(--_space) * 0.5);
    }
    [part='details-actions'] {
      position: sticky;
      inset-block-end: 0;
      z-index: 1;
      margin-inline: calc(var(--_space) * -0.75);
      padding-inline: calc(var(--_space) * 0.75);
      border-block-start: 1px solid var(--_border);
      box-shadow: 0 -0.5em 1em -0.75em rgb(0 0 0 / 0.35);
    }
    [part='details-actions'] [part='apply-button'] {
      flex: 1 1 auto;
    }
  }
`;
