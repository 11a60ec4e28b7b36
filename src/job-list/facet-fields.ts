/**
 * The filters panel's facets, with their counts: rendered only once the candidate opens "Filters", so they travel
 * with the feed's tools (src/feed/feed-tools.ts, careers-widgets-feed.js in the script tag), not in the first script.
 */
import { html, nothing } from 'lit';
import type { Facet, FacetCounts } from '../feed/facets.js';

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
