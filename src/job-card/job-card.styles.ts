import { css } from 'lit';

export const jobCardStyles = css`
  [part='card'] {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--careers-shadow, none);
  }
  [part='title'] {
    margin: 0;
    font-size: var(--careers-title-size, 1.2em);
    font-weight: 700;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  [part='meta'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.95em;
  }
  [part='corporate-title'],
  [part='summary'],
  [part='dates'] {
    margin: 0;
  }
  [part='corporate-title'],
  [part='dates'] {
    color: var(--_muted);
    font-size: 0.95em;
  }
  [part='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    align-items: center;
  }
  [part='details'] {
    border-block-start: 1px solid var(--_border);
    padding-block-start: calc(var(--_space) * 0.5);
  }
  [part='section-heading'] {
    margin-block: calc(var(--_space) * 0.75) calc(var(--_space) * 0.25);
    font-size: 1.05em;
    font-weight: 700;
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
  [aria-expanded='true'] .chevron {
    display: inline-block;
    rotate: 180deg;
  }
`;
