/**
 * The list's filters: what a candidate can narrow the postings by, apart from the filtering itself (filter.ts, which
 * needs the search index and comes with the feed's validation in the script tag) so that the list can name them.
 */
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
  /** A department id, a city as the feed writes it, a workplace or employment type; or a selected value as given. */
  value: string;
  /** How many postings would be shown with this option chosen too: the query and the other facets apply. */
  count: number;
  selected: boolean;
}

/** Per facet, its options in feed order: those with postings, and every selected one. */
export type FacetCounts = Record<Facet, FacetOption[]>;
