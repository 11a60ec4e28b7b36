/**
 * Facets for `<job-list>`, without the DOM: which postings pass the filters and the query, and how many postings
 * each option would show. Values match folded (`normalize`): a department by id or name, a location by city, region,
 * country code or the country's English name (`Singapore`, `US`, `United States`), workplace and employment type by
 * their feed values.
 */
import { EMPLOYMENT_TYPES, WORKPLACES, type Posting } from './schema.js';
import { find, normalize, placeNames, type SearchIndex } from './search.js';

export interface Filters {
  query: string;
  department: string[];
  location: string[];
  workplace: string[];
  employmentType: string[];
}

export const FACETS = ['department', 'location', 'workplace', 'employmentType'] as const;
export type Facet = (typeof FACETS)[number];

export interface FacetOption {
  /** A department id, a city as written in the feed, a workplace or employment type; or a selected value as given. */
  value: string;
  /** Postings shown if this option were chosen too (under the query and the other facets). */
  count: number;
  selected: boolean;
}

/** Per facet, the options in feed order: those with postings under the other filters, and every selected one. */
export type FacetCounts = Record<Facet, FacetOption[]>;

/** For one index: per facet the options with the folded values they answer to, and per posting and facet the options
 * it belongs to and its own folded values. */
interface Table {
  options: { value: string; keys: string[] }[][];
  member: number[][][];
  keys: string[][][];
}

const tables = new WeakMap<SearchIndex, Table>();

function table(index: SearchIndex): Table {
  let table = tables.get(index);
  if (table) return table;
  const { postings, departments } = index;
  // Cities in order of first appearance; spellings that fold alike (`Zürich`, `Zurich`) are one option.
  const cities = new Map<string, string>();
  for (const p of postings) for (const { city } of p.locations) if (!cities.has(normalize(city))) cities.set(normalize(city), city);
  const options = [departments.map((d) => [d.id, d.name]), [...cities.values()].map((c) => [c]), WORKPLACES.map((w) => [w]), EMPLOYMENT_TYPES.map((e) => [e])].map(
    (list) => list.map((values) => ({ value: values[0], keys: values.map(normalize) })),
  );
  // Folded value -> the options answering to it, per facet.
  const byKey = options.map((list) => {
    const map = new Map<string, number[]>();
    list.forEach((option, o) => option.keys.forEach((key) => map.set(key, [...(map.get(key) ?? []), o])));
    return map;
  });
  const keys = postings.map((p) =>
    [[p.department], p.locations.flatMap(placeNames), [p.workplace], [p.employmentType]].map((values) =>
      values.filter(Boolean).map(normalize),
    ),
  );
  const member = keys.map((facets) => facets.map((values, f) => [...new Set(values.flatMap((key) => byKey[f].get(key) ?? []))]));
  tables.set(index, (table = { options, member, keys }));
  return table;
}

/** The options of each facet with `selected` set, selected values that are no option, and a test per facet. */
function prepare(index: SearchIndex, filters: Filters) {
  const { options, member, keys } = table(index);
  const facets = FACETS.map((facet, f) => {
    const values = filters[facet].filter((value) => value.trim());
    const folded = values.map(normalize);
    return {
      active: values.length > 0,
      options: options[f].map(({ value, keys }) => ({ value, count: 0, selected: keys.some((key) => folded.includes(key)) })),
      // A value answering to no option, e.g. `US` among cities: listed after the options.
      extra: values.flatMap((value, v) =>
        options[f].some((option) => option.keys.includes(folded[v])) ? [] : [{ value, count: 0, selected: true, key: folded[v] }],
      ),
    };
  });
  /** Whether posting `i` passes facet `f`. */
  const passes = (i: number, f: number) => {
    const facet = facets[f];
    return !facet.active || member[i][f].some((o) => facet.options[o].selected) || facet.extra.some((e) => keys[i][f].includes(e.key));
  };
  return { facets, member, keys, passes };
}

/**
 * The postings passing every facet (any of a facet's values; no values: no condition) and containing every word of
 * the query, ranked as `find` does (feed order when the query is empty).
 */
export function applyFilters(index: SearchIndex, filters: Filters): Posting[] {
  const { passes } = prepare(index, filters);
  return find(index, filters.query)
    .filter((i) => FACETS.every((_, f) => passes(i, f)))
    .map((i) => index.postings[i]);
}

/**
 * Each facet's options with the number of postings that would be shown if the option were chosen too: the query
 * and the OTHER facets' selections apply, not the facet's own. Options with no posting are left out unless
 * selected; selected values that are no option of the feed (a preset `US`) come last.
 */
export function facetCounts(index: SearchIndex, filters: Filters): FacetCounts {
  const { facets, member, keys, passes } = prepare(index, filters);
  for (const i of find(index, filters.query)) {
    // Each posting counts for every facet when it passes them all, or only for the one facet it fails.
    let failed = -1;
    let fails = 0;
    for (let f = 0; f < FACETS.length && fails < 2; f++) if (!passes(i, f)) (failed = f), fails++;
    if (fails > 1) continue;
    facets.forEach((facet, f) => {
      if (fails && f !== failed) return;
      for (const o of member[i][f]) facet.options[o].count++;
      for (const e of facet.extra) if (keys[i][f].includes(e.key)) e.count++;
    });
  }
  return Object.fromEntries(
    FACETS.map((name, f) => [
      name,
      [...facets[f].options, ...facets[f].extra].filter((o) => o.count || o.selected).map(({ value, count, selected }) => ({ value, count, selected })),
    ]),
  ) as FacetCounts;
}
