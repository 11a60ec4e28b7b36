/**
 * Deep links for `<job-list>`: the open posting and the filters, read from and written to a `URL`. Pure functions
 * over `URL` objects; the element decides when to read `location` and when to push or replace history.
 *
 * Parameters (each name preceded by `prefix`): `job`, `q`, `department`, `location`, `workplace`, `type`, e.g.
 * `?careers-job=noc-engineer&careers-q=senior+network&careers-department=eng,sales`.
 * - A facet's values are joined with `,`; a comma inside a value is written `%2C`, so any text round-trips exactly.
 *   A repeated parameter (`?department=a&department=b`) is read too.
 * - Spaces are written `+`, a `+` as `%2B`; empty values are left out; our parameters follow the host's own, always
 *   in the order above, so equal states give equal URLs (compare `href`s before pushing history).
 * - `query` mode: the host's parameters keep their exact text and position; the hash is not touched.
 * - `hash` mode: our parameters live in the hash (`#careers-job=…&careers-q=…`), but only while the hash is empty
 *   or made of `name=value` pairs. Any other hash (an anchor like `#team`, a `#/route`) belongs to the host: reading
 *   gives the empty state and writing returns the URL unchanged. Hosts that need both use `query` mode.
 * - `off`: reading gives the empty state, writing returns the URL unchanged.
 *
 * With the default empty prefix, a page that uses `q` or `type` for its own purposes should set a prefix.
 */
import type { Filters } from '../feed/filter.js';

export interface UrlState {
  /** The id of the open posting. */
  job?: string;
  filters: Filters;
}

export type UrlStateMode = 'query' | 'hash' | 'off';

export interface UrlStateOptions {
  mode: UrlStateMode;
  /** Put before every parameter name, e.g. `careers-`. Default `''`. */
  prefix?: string;
}

type Facet = Exclude<keyof Filters, 'query'>;

/** Parameter names in the order written: the posting, the search text, then one per facet of `FACETS`. */
const NAMES = ['job', 'q', 'department', 'location', 'workplace', 'type'];
const FACETS: Facet[] = ['department', 'location', 'workplace', 'employmentType'];

/** A hash we may use: empty or only `name=value` pairs. */
const PAIRS = /^([\w.~%-]+=[^&]*(&|$))*$/;

const encode = (value: string) => encodeURIComponent(value).replace(/%20/g, '+');

function decode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

/** The raw `name=value` pairs of our part of the URL, or undefined when we may not use it. */
function pairsOf(url: URL, mode: UrlStateMode): string[] | undefined {
  const raw = mode === 'query' ? url.search : mode === 'hash' && PAIRS.test(url.hash.slice(1)) ? url.hash : undefined;
  return raw?.slice(1).split('&').filter(Boolean);
}

/** `[index in NAMES, raw value]` of one of our parameters, or undefined for any other. */
function ours(pair: string, prefix: string): [number, string] | undefined {
  const [name, value = ''] = pair.split(/=(.*)/s);
  const key = decode(name);
  const index = key.startsWith(prefix) ? NAMES.indexOf(key.slice(prefix.length)) : -1;
  return index < 0 ? undefined : [index, value];
}

/** No posting open, no filter set. */
export function emptyUrlState(): UrlState {
  return { filters: { query: '', department: [], location: [], workplace: [], employmentType: [] } };
}

/** The state in `url`; the empty state when there is none (or the hash is the host's, or the mode is `off`). */
export function readUrlState(url: URL, { mode, prefix = '' }: UrlStateOptions): UrlState {
  const state = emptyUrlState();
  for (const pair of pairsOf(url, mode) ?? []) {
    const [index, value] = ours(pair, prefix) ?? [-1, ''];
    if (index === 0) state.job = decode(value) || undefined;
    else if (index === 1) state.filters.query = decode(value);
    else if (index > 1) state.filters[FACETS[index - 2]].push(...value.split(',').filter(Boolean).map(decode));
  }
  return state;
}

/** A new URL carrying `state`; everything else in `url` is kept. */
export function writeUrlState(url: URL, { job, filters }: UrlState, { mode, prefix = '' }: UrlStateOptions): URL {
  const next = new URL(url);
  const pairs = pairsOf(next, mode);
  if (!pairs) return next;
  const kept = pairs.filter((pair) => !ours(pair, prefix));
  [job, filters.query.trim() && filters.query, ...FACETS.map((facet) => filters[facet])].forEach((value, index) => {
    // One value or a facet's list: each encoded, then joined with a bare comma.
    const text = [value ?? []].flat().filter(Boolean).map(encode).join(',');
    if (text) kept.push(`${encode(prefix + NAMES[index])}=${text}`);
  });
  if (mode === 'query') next.search = kept.join('&');
  else next.hash = kept.join('&');
  return next;
}

/**
 * Each posting's own address (its `job` set, no filter) from `url`, for a whole page of postings: `url` is read and
 * written once, then each posting's id takes the place of a marker. Returns the same as `writeUrlState` would.
 */
export function postingUrls(url: URL, options: UrlStateOptions): (job: string) => string {
  // Letters and hyphens only: written as they are, in a query and in a hash.
  const marker = 'careers-widgets-posting-id';
  const href = writeUrlState(url, { job: marker, filters: emptyUrlState().filters }, options).href;
  const at = href.indexOf(marker);
  // No room for our parameters (`off`, a hash of the host's): the same address for every posting.
  if (at < 0) return () => href;
  const oneByOne = (job: string) => writeUrlState(url, { job, filters: emptyUrlState().filters }, options).href;
  // The host's own address names the marker too (never in practice): one posting at a time.
  if (href.lastIndexOf(marker) !== at) return oneByOne;
  const [before, after] = [href.slice(0, at), href.slice(at + marker.length)];
  // An empty id leaves the parameter out.
  return (job) => (job ? before + encode(job) + after : oneByOne(job));
}
