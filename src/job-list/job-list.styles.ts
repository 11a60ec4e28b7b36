import { css } from 'lit';

/**
 * What the list shows before it has a feed: the loading placeholders and the error. What shows a feed (the toolbar,
 * groups, notices, the application dialog) is styled by results.styles.ts, which travels with the feed's tools.
 */
export const jobListStyles = css`
  /* Placeholder cards of a typical collapsed card's height, so the first paint of the list does not push the page. */
  [part='loading'] {
    display: grid;
    gap: var(--_space);
  }
  [part='skeleton'] {
    display: grid;
    align-content: start;
    gap: 0.75em;
    block-size: 12em;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  [part='skeleton'] span {
    display: block;
    block-size: 1em;
    border-radius: 0.25em;
    background: var(--_border);
    opacity: 0.6;
  }
  [part='skeleton'] span:nth-child(1) {
    inline-size: 45%;
    block-size: 1.4em;
  }
  [part='skeleton'] span:nth-child(2) {
    inline-size: 70%;
  }
  [part='skeleton'] span:nth-child(3) {
    inline-size: 90%;
  }

  [part='error'] {
    display: grid;
    gap: 0.5em;
    justify-items: start;
    padding: var(--_space);
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
  }
  [part='error'] p {
    margin: 0;
  }
  [part='error-title'] {
    font-weight: 700;
  }
  [part='error-actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }
  [part='error-actions']:empty {
    display: none;
  }
  [part='error-details'] {
    color: var(--_muted);
    font-size: 0.9em;
  }
  [part='error-details-toggle'] {
    cursor: pointer;
    min-block-size: 1.5em;
  }
  [part='error-reason'] {
    margin-block: 0.25em 0;
    overflow-wrap: anywhere;
  }
  [part='error-problems'] {
    margin: 0;
    padding-inline-start: 1.2em;
    overflow-wrap: anywhere;
  }
`;
