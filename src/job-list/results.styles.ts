/**
 * What shows a feed in `<job-list>`: the toolbar, the groups and their postings, the notices, the departments without
 * an opening and the application dialog. No feed is shown before the feed's tools are here, so these styles travel
 * with them (src/feed/feed-tools.ts; careers-widgets-feed.js in the script tag) and the list adopts them beside its
 * own (job-list.styles.ts) in the render that first shows a feed.
 */
import { css } from 'lit';

export const resultsStyles = css`
  [part='group'] {
    margin-block-end: calc(var(--_space) * 1.5);
  }
  [part='group-heading'] {
    margin-block: 0 calc(var(--_space) * 0.5);
    font-size: var(--careers-heading-size, 1.4em);
    font-weight: 700;
    line-height: 1.25;
  }
  [part='group-count'] {
    color: var(--_muted);
    font-size: 0.7em;
    font-weight: 400;
    white-space: nowrap;
  }
  /* One size container for every card in the list (a card's narrow layout queries the nearest one), instead of one per
     card: each container is laid out on its own, and twenty of them made a page of results' layout half again longer. */
  .groups {
    container-type: inline-size;
    margin-block-end: calc(var(--_space) * 1.5);
  }
  /* A container's margins stay inside it: the space after the groups is the container's own, which collapses with
     what follows as the last group's did. */
  .groups > :last-child {
    margin-block-end: 0;
  }
  .groups job-card {
    container-type: normal;
  }
  [part='postings'] {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* In the order of the keyboard: the search on its own row, then Filters with Clear beside it (below it when narrow). */
  [part='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    margin-block-end: var(--_space);
  }
  /* The row is the whole width at every width (a max-width here would let Filters climb beside it on wide pages). */
  [part='search'] {
    display: grid;
    flex: 1 1 100%;
    gap: 0.3em;
  }
  [part='search-label'] {
    font-weight: 600;
  }
  [part='search-input'] {
    max-inline-size: 40em;
    min-block-size: 2.75em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
  }
  [part='filters'] {
    flex: 1 1 20em;
    min-inline-size: 0;
  }
  [part='filters-toggle'] {
    inline-size: max-content;
    padding-block: 0.6em;
    font-weight: 600;
    cursor: pointer;
  }
  [part='toolbar'] > [part='clear-button'] {
    flex: none;
  }
  [part='no-results'],
  [part='closed-notice'],
  [part='no-openings'],
  [part='empty-departments'] {
    display: grid;
    gap: 0.5em;
    justify-items: start;
    margin-block: 0 var(--_space);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  [part='no-results'] p,
  [part='no-openings'] p,
  [part='empty-departments'] p {
    margin: 0;
    max-inline-size: 70ch;
  }
  [part='no-openings-title'] {
    font-size: 1.15em;
    font-weight: 700;
  }
  [part='empty-departments'] {
    margin-block: calc(var(--_space) * 1.5) 0;
  }
  [part='more-button'] {
    display: flex;
    margin-inline: auto;
  }
  [part='empty-department'] {
    margin-block: 0 calc(var(--_space) * 0.5);
    color: var(--_muted);
  }
  [part='empty-departments'] [part='empty-department'] {
    color: inherit;
  }
  [part='notice'] {
    margin-block: 0 var(--_space);
    color: var(--_muted);
    font-size: 0.95em;
  }

  dialog {
    inline-size: min(40em, 100vw - 2em);
    max-block-size: calc(100dvh - 2em);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    overflow: auto;
  }
  .focus-guard {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  [part='dialog-header'] {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-block-end: 1px solid var(--_border);
    background: var(--_surface);
  }
  dialog > apply-form,
  [part='form-unavailable'] {
    display: block;
    padding: var(--_space);
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
      block-size: 100dvh;
      margin: 0;
      border: 0;
      border-radius: 0;
    }
  }
`;
