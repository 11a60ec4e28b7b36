/**
 * Facets for `<job-list>`, without the DOM: the postings passing the filters and the query, and how many postings
 * each option would show. Values match folded (see `normalize`): a department by id; a location by city, region,
 * country as written or a country code's English name (`Singapore`, `US`, `United States`); workplace and employment
 * type by their feed values.
 */
import type { Posting } from './schema.js';
import { EMPLOYMENT_TYPES, WORKPLACES } from './vocabulary.js';
import { FACETS, type FacetCounts, type FacetOption, type Filters } from './facets.js';
import { find, normalize, placeNames, type SearchIndex } from './search.js';

export { FACETS, type Facet, type FacetCounts, type FacetOption, type Filters } from './facets.js';

/** One index's facets: every value numbered, values that fold alike (`US`, `us`) alike. */
interface Table {
  ids: Map<string, number>;
  id: (value: string) => number;
  /** Per facet: the option values, in order. */
  options: (readonly string[])[];
  /** Per posting and facet: the numbers of the values it answers to. */
  keys: number[][][];
}

const tables = new WeakMap<SearchIndex, Table>();

function table({ postings, departments }: SearchIndex): Table {
  // Value as written and folded value -> number. Numbers only grow, so the map's size is a fresh one.
  const ids = new Map<string, number>();
  const id = (value: string) => {
    if (!ids.has(value)) {
      const key = normalize(value);
      ids.set(value, ids.get(key) ?? ids.size).set(key, ids.get(value)!);
    }
    return ids.get(value)!;
  };
  const keys = postings.map((p) =>
    [[p.department], p.locations.flatMap(placeNames), [p.workplace], [p.employmentType]].map((values) => [...new Set(values.filter((v): v is string => Boolean(v)).map(id))]),
  );
  const cities = new Set(postings.flatMap((p) => p.locations.map((l) => l.city)));
  return { ids, id, keys, options: [departments.map((d) => d.id), [...cities], WORKPLACES, EMPLOYMENT_TYPES] };
}

/** The numbers of the selected values per facet, and a test per posting and facet. */
function prepare(index: SearchIndex, filters: Filters) {
  let t = tables.get(index);
  if (!t) tables.set(index, (t = table(index)));
  const { id, keys } = t;
  const selected = FACETS.map((facet) => filters[facet].map(id));
  const passes = (i: number, f: number) => !selected[f].length || keys[i][f].some((k) => selected[f].includes(k));
  return { ...t, selected, passes };
}

/**
 * The postings passing every facet (any one of its values; none selected: no condition) and containing every word
 * of the query, ranked as `find` does: feed order when the query is empty.
 */
export function applyFilters(index: SearchIndex, filters: Filters): Posting[] {
  // No facet chosen: skip the facet table, which takes a pass over every posting to build.
  if (FACETS.every((facet) => !filters[facet].length)) return find(index, filters.query).map((i) => index.postings[i]);
  const { passes } = prepare(index, filters);
  return find(index, filters.query)
    .filter((i) => FACETS.every((_, f) => passes(i, f)))
    .map((i) => index.postings[i]);
}

/**
 * Every facet's options with the number of postings each would show if chosen too: the query and the OTHER facets'
 * selections apply, not the facet's own. Options with no posting are left out unless selected; selected values that
 * are no option (a preset `US` among cities) come last. Options are departments in feed order (by id), cities in
 * order of first appearance (as first written), workplaces and employment types in the order of `schema.ts`.
 */
export function facetCounts(index: SearchIndex, filters: Filters): FacetCounts {
  const { ids, id, options, keys, selected, passes } = prepare(index, filters);
  // Numbers are below the map's size; an option no posting has may be numbered later, and counts 0.
  const counts = FACETS.map(() => new Uint32Array(ids.size));
  for (const i of find(index, filters.query)) {
    // A posting counts in every facet when it passes them all, and in the one it fails when it fails only one.
    const failed = FACETS.map((_, f) => !passes(i, f));
    const fails = failed.filter(Boolean).length;
    if (fails < 2)
      keys[i].forEach((values, f) => {
        if (!fails || failed[f]) for (const k of values) counts[f][k]++;
      });
  }
  return Object.fromEntries(
    FACETS.map((facet, f) => {
      const list: FacetOption[] = [];
      const seen = new Set<number>();
      for (const value of [...options[f], ...filters[facet]]) {
        const k = id(value);
        const count = counts[f][k] ?? 0;
        const chosen = selected[f].includes(k);
        if (!seen.has(k) && (count || chosen)) list.push({ value, count, selected: chosen });
        seen.add(k);
      }
      return [facet, list];
    }),
  ) as FacetCounts;
}
