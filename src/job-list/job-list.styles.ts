import { css } from 'lit';

export const jobListStyles = css`
  [part='group'] {
    margin-block-end: calc(var(--_space) * 2);
  }
  [part='group-heading'] {
    margin-block: 0 calc(var(--_space) * 0.75);
    font-size: var(--careers-heading-size, 1.4em);
    font-weight: 700;
    line-height: 1.25;
  }
  [part='group-count'] {
    color: var(--_muted);
    font-size: 0.7em;
    font-weight: 400;
  }
  [part='postings'] {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: calc(var(--_space) * 0.75);
    margin-block-end: var(--_space);
  }
  [part='search'] {
    display: grid;
    flex: 1 1 16em;
    gap: 0.3em;
  }
  [part='search-label'] {
    font-weight: 600;
  }
  [part='search-input'] {
    min-block-size: 2.75em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
  }
  [part='filters'] {
    flex: 1 1 100%;
    order: 1;
  }
  [part='filters-toggle'] {
    padding-block: 0.6em;
    font-weight: 600;
    cursor: pointer;
  }
  [part='facets'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(14em, 100%), 1fr));
    gap: var(--_space);
    padding-block: calc(var(--_space) * 0.5);
  }
  [part='facet'] {
    margin: 0;
    padding: calc(var(--_space) * 0.5) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  [part='facet-legend'] {
    font-weight: 600;
  }
  [part='facet-option'] {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 2em;
    cursor: pointer;
  }
  [part='facet-checkbox'] {
    font-size: inherit; /* form controls do not inherit it, and em sizes follow it */
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    accent-color: var(--_accent);
  }
  [part='facet-count'] {
    margin-inline-start: auto;
    color: var(--_muted);
  }
  [part='no-results'],
  [part='closed-notice'] {
    display: grid;
    gap: 0.5em;
    justify-items: start;
    margin-block: 0 var(--_space);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  [part='no-results'] p {
    margin: 0;
  }
  [part='more-button'] {
    display: flex;
    margin-inline: auto;
  }
  [part='empty-department'] {
    margin-block: 0 calc(var(--_space) * 0.5);
    color: var(--_muted);
  }
  [part='notice'] {
    margin-block: 0 var(--_space);
    color: var(--_muted);
    font-size: 0.95em;
  }

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
  [part='error-problems'] {
    margin: 0;
    padding-inline-start: 1.2em;
  }

  dialog {
    inline-size: min(40em, 100vw - 2em);
    max-block-size: calc(100dvh - 2em);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    overflow: auto;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  [part='dialog-header'] {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }
  [part='dialog-title'] {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  [part='close-button'] {
    flex: none;
    min-inline-size: 2.75em;
    padding: 0;
  }
  @media (max-width: 30rem) {
    dialog {
      inline-size: 100vw;
      max-inline-size: 100vw;
      max-block-size: 100dvh;
      margin: 0;
      border-radius: 0;
    }
  }
`;
