/**
 * The filters panel's facets, with their counts: rendered only once the candidate opens "Filters", so they travel
 * with the feed's tools (src/feed/feed-tools.ts, careers-widgets-feed.js in the script tag), not in the first script.
 */
import { css, html, nothing } from 'lit';
import type { Facet, FacetCounts } from '../feed/facets.js';

/** The facets' styles, which `<job-list>` adopts with its own once it shows them. */
export const facetStyles = css`
  /* Department names are long, the other facets short: the department facet gets the room, in columns. */
  [part='facets'] {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: calc(var(--_space) * 0.75);
    padding-block: calc(var(--_space) * 0.25) calc(var(--_space) * 0.5);
  }
  [part='facet'] {
    flex: 1 1 11em;
    margin: 0;
    padding: calc(var(--_space) * 0.5) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  [part='facet'][data-facet='department'] {
    flex: 100 1 24em;
  }
  [data-facet='department'] [part='facet-options'] {
    columns: 13em auto;
    column-gap: var(--_space);
  }
  [part='facet-options'] > * {
    break-inside: avoid;
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
  [part='facet-label'] {
    min-inline-size: 0;
    overflow-wrap: anywhere;
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
`;

export interface FacetFieldsView {
  facets: readonly Facet[];
  counts: FacetCounts;
  legend(facet: Facet): string;
  label(facet: Facet, value: string): string;
  toggle(facet: Facet, value: string, on: boolean): void;
}

/**
 * A `<fieldset>` per facet. An option that would show nothing is left out (unless chosen, so it can be unchosen),
 * and so is a facet left with no option.
 */
export function facetFields({ facets, counts, legend, label, toggle }: FacetFieldsView) {
  return facets.map((facet) => {
    const options = counts[facet].filter(({ count, selected }) => count > 0 || selected);
    return options.length
      ? html`<fieldset part="facet" data-facet=${facet}>
          <legend part="facet-legend">${legend(facet)}</legend>
          <div part="facet-options">
            ${options.map(
              ({ value, count, selected }) => html`<label part="facet-option">
                <input part="facet-checkbox" type="checkbox" .checked=${selected}
                  @change=${(event: Event) => toggle(facet, value, (event.target as HTMLInputElement).checked)} />
                <span part="facet-label">${label(facet, value)}</span>
                <span part="facet-count">${count}</span>
              </label>`,
            )}
          </div>
        </fieldset>`
      : nothing;
  });
}
