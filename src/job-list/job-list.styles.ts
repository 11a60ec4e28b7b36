import { css } from 'lit';

export const jobListStyles = css`
  [part='department'] {
    margin-block-end: calc(var(--_space) * 2);
  }
  [part='department-heading'] {
    margin-block: 0 calc(var(--_space) * 0.75);
    font-size: var(--careers-heading-size, 1.4em);
    font-weight: 700;
    line-height: 1.25;
  }
  [part='department-count'] {
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
    block-size: 12rem;
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
    inline-size: min(40rem, 100vw - 2rem);
    max-block-size: calc(100dvh - 2rem);
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
    min-inline-size: 2.75rem;
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
