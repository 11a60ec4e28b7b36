/**
 * Search over a feed's postings, without the DOM: text folded for matching (case, accents, typographic dashes and
 * quotes), an index built once per feed, ranked matches and highlighting of the original text.
 *
 * The index maps every whitespace-separated chunk of a posting's folded text to the postings containing it. A query
 * word (it has no whitespace) occurs in a text exactly when it occurs inside one of its chunks, so a keystroke scans
 * the distinct chunks (a few thousand strings), not every posting's text.
 */
import { countryName } from './format.js';
import type { Department, ListItem, Location, Posting } from './schema.js';

const FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i', ς: 'σ' };

/**
 * Text folded for matching: lower case, compatibility forms (`ﬁ` → `fi`, full-width letters), no combining marks
 * (`Zürich` → `zurich`, `İstanbul` → `istanbul`), a few letters NFKD keeps (`ß` → `ss`, `ø` → `o`, `ł` → `l`), and
 * typographic dashes and quotes as `-`, `'` and `"`. The length may change: see `highlight`.
 */
export const normalize = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßæœøłđıς\u2010-\u2015\u2018-\u201f\u2212]/g, (c) => FOLD[c] ?? (c < '\u2016' || c > '\u2200' ? '-' : c < '\u201c' ? "'" : '"'));

/** The folded words of a query. */
export const terms = (query: string): string[] => normalize(query).split(/\s+/).filter(Boolean);

const english = new Map<string, string>();

/** What a location answers to: city, region, country as written, and a country code's English name (`SG` → `Singapore`). */
export function placeNames({ city, region, country }: Location): string[] {
  let name = english.get(country);
  if (name === undefined) english.set(country, (name = countryName(country, 'en')));
  return [city, region ?? '', country, name];
}

export interface SearchIndex {
  /** The indexed postings, in feed order: results refer to them by position. */
  readonly postings: readonly Posting[];
  readonly departments: readonly Department[];
  /** Folded title of each posting. */
  readonly title: string[];
  /** Folded facts of each posting: department, locations, corporate title, employment type, workplace. */
  readonly facts: string[];
  /** Folded chunk → positions of the postings containing it. */
  readonly chunks: Map<string, number[]>;
  /** How many postings have their body (summary and sections) in `chunks`; see `indexBodies`. */
  bodies: number;
  /** The last answer of `find`, reused by the next call with the same words (filters and counts share a search). */
  last?: [string, number[]];
}

function add(index: SearchIndex, i: number, text: string): void {
  for (const chunk of text.split(/\s+/)) {
    let list = index.chunks.get(chunk);
    if (!list) index.chunks.set(chunk, (list = []));
    if (list[list.length - 1] !== i) list.push(i);
  }
}

const items = (list: ListItem[] = [], out: string[]): void =>
  list.forEach((item) => {
    out.push(item.text);
    items(item.items, out);
  });

/**
 * Indexes a feed's postings: titles and facts at once; bodies too, unless `deferBodies` (then call `indexBodies` in
 * slices after the first paint: at 10,000 postings the bodies are most of the work).
 */
export function buildIndex(postings: readonly Posting[], departments: readonly Department[], { deferBodies = false } = {}): SearchIndex {
  const names = new Map(departments.map((d) => [d.id, d.name]));
  const index: SearchIndex = { postings, departments, title: [], facts: [], chunks: new Map(), bodies: 0 };
  postings.forEach((p, i) => {
    const facts = [names.get(p.department), ...p.locations.flatMap(placeNames), p.corporateTitle, p.employmentType, p.workplace];
    add(index, i, (index.title[i] = normalize(p.title)));
    add(index, i, (index.facts[i] = normalize(facts.join('\n'))));
  });
  if (!deferBodies) indexBodies(index);
  return index;
}

/**
 * Adds posting bodies to the index for about `ms` milliseconds (default: all). Returns true when every body is in.
 * Until then, a search finds words in titles and facts, and in the bodies indexed so far.
 */
export function indexBodies(index: SearchIndex, ms = Infinity): boolean {
  const end = performance.now() + ms;
  const { postings } = index;
  index.last = undefined;
  while (index.bodies < postings.length && performance.now() < end) {
    const i = index.bodies++;
    const text = [postings[i].summary];
    try {
      for (const section of postings[i].sections) {
        text.push(section.heading);
        for (const block of section.blocks) block.type === 'list' ? items(block.items, text) : text.push(block.text);
      }
    } catch {
      // A body not validated yet (parseFeed's deferBodies) and malformed: its summary is still searched.
    }
    add(index, i, normalize(text.join('\n')));
  }
  return index.bodies === postings.length;
}

const escape = (word: string) => word.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&');

/**
 * Positions (in `index.postings`) of the postings containing every word of `query`, best first:
 * 0. the title contains every word and starts with the first;
 * 1. the title contains every word, each at the start of one of its words;
 * 2. the title contains every word;
 * 3. title and facts together contain every word;
 * 4. the body is needed.
 * Feed order within a rank; an empty query gives every posting in feed order. Do not modify the array: it is reused.
 */
export function find(index: SearchIndex, query: string): number[] {
  const words = terms(query);
  const key = words.join(' ');
  if (index.last?.[0] === key) return index.last[1];
  const { title, facts, chunks } = index;
  const n = title.length;
  // found[i]: how many of the words (in order) posting i contains so far.
  const found = new Uint16Array(n);
  let left = n;
  words.forEach((word, w) => {
    let next = 0;
    for (const [chunk, list] of chunks) {
      if (next === left) break;
      if (chunk.includes(word)) for (const i of list) if (found[i] === w) (found[i] = w + 1), next++;
    }
    left = next;
  });
  const starts = words.map((word) => new RegExp(`(^|[^\\p{L}\\p{N}])${escape(word)}`, 'u'));
  const ranks: number[][] = [[], [], [], [], []];
  for (let i = 0; i < n; i++) {
    if (found[i] < words.length) continue;
    const t = title[i];
    const rank = !words.every((word) => t.includes(word))
      ? words.every((word) => t.includes(word) || facts[i].includes(word))
        ? 3
        : 4
      : t.startsWith(words[0] ?? '')
        ? 0
        : starts.every((start) => start.test(t))
          ? 1
          : 2;
    ranks[rank].push(i);
  }
  const result = ranks.flat();
  index.last = [key, result];
  return result;
}

/** The postings containing every word of `query`, ranked as described at `find`. */
export const search = (index: SearchIndex, query: string): Posting[] => find(index, query).map((i) => index.postings[i]);

/** A piece of text: as is, or matching a query word. */
export type Segment = string | { match: string };

/**
 * `text` cut into pieces, the parts matching a word of `query` (folded like `normalize`) marked, every character
 * kept as written: `highlight('Zürich', 'zur')` → `[{ match: 'Zür' }, 'ich']`. A match covers whole characters with
 * their combining marks (`ß` for `s`). Empty text gives `[]`.
 */
export function highlight(text: string, query: string): Segment[] {
  let folded = '';
  // from[k]: where in `text` the character that gave folded[k] starts.
  const from: number[] = [];
  for (let i = 0; i < text.length; ) {
    const c = String.fromCodePoint(text.codePointAt(i)!);
    const f = c < '\x80' ? c.toLowerCase() : normalize(c);
    folded += f;
    for (let k = 0; k < f.length; k++) from.push(i);
    i += c.length;
  }
  from.push(text.length);
  const marked = new Uint8Array(text.length);
  for (const word of terms(query)) {
    for (let k = folded.indexOf(word); k >= 0; k = folded.indexOf(word, k + 1)) {
      let end = k + word.length;
      while (from[end] === from[end - 1]) end++;
      marked.fill(1, from[k], from[end]);
    }
  }
  const out: Segment[] = [];
  for (let i = 0, j; i < text.length; i = j) {
    for (j = i + 1; j < text.length && marked[j] === marked[i]; j++);
    out.push(marked[i] ? { match: text.slice(i, j) } : text.slice(i, j));
  }
  return out;
}
