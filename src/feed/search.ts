/**
 * Search over a feed's postings, without the DOM: text folded for matching (case, accents, typographic dashes and
 * quotes), an index built once per feed, ranked matches, and highlighting of the original text.
 *
 * The index maps every whitespace-separated chunk of folded text to the postings containing it. A query word has no
 * whitespace, so it occurs in a text exactly when it occurs inside one of the text's chunks: a keystroke searches the
 * feed's distinct chunks, joined into one string (one native `indexOf` jumps from match to match), instead of every
 * posting's text.
 */
import { countryName } from './format.js';
import { htmlWords } from './html-words.js';
import type { Department, ListItem, Location, Posting } from './schema.js';

const FOLD: Record<string, string> = { ß: 'ss', ø: 'o', ł: 'l', ς: 'σ' };

/**
 * Text folded for matching: compatibility forms (`ﬁ` → `fi`), no combining marks (`Zürich` → `zurich`, `İstanbul` →
 * `istanbul`), lower case, `ß` `ø` `ł` `ς` as `ss` `o` `l` `σ`, typographic dashes as `-` and single quotes as `'`.
 * The length may change; `highlight` maps matches back to the original text.
 */
export const normalize = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßøłς\u2010-\u2015\u2018-\u201b\u2212]/g, (c) => FOLD[c] ?? (c < '\u2018' || c > '\u201b' ? '-' : "'"));

/** The folded words of a query. */
export const terms = (query: string): string[] => normalize(query).split(/\s+/).filter(Boolean);

const english = new Map<string, string>();

/** What a location answers to: city, region, country as written, and a country code's English name (`SG` → `Singapore`). */
export const placeNames = ({ city, region = '', country }: Location): string[] => [
  city,
  region,
  country,
  english.get(country) ?? english.set(country, countryName(country, 'en')).get(country)!,
];

export interface SearchIndex {
  /** The postings, in feed order: results refer to them by position. */
  readonly postings: readonly Posting[];
  readonly departments: readonly Department[];
  /** Per posting: a space and the folded title. */
  readonly title: string[];
  /** Per posting: folded department, locations, corporate title, employment type and workplace. */
  readonly facts: string[];
  /** Folded chunk → positions of the postings containing it. */
  readonly chunks: Map<string, number[]>;
  /**
   * The first `starts.length` chunks of `chunks` (in the order they were first seen), each followed by a newline,
   * where each starts in that text, and their posting lists.
   */
  joined: [text: string, starts: number[], lists: number[][]];
  /** How many postings have their title and facts indexed; see `indexHeads`. */
  heads: number;
  /** How many postings have their body (summary and sections) indexed; see `indexBodies`. */
  bodies: number;
  /** The last answer of `find`, for the next call with the same words (filters and counts share one search). */
  last?: [string, number[]];
}

function add({ chunks }: SearchIndex, i: number, text: string): string {
  for (const chunk of text.split(/\s+/)) {
    const list = chunks.get(chunk) ?? chunks.set(chunk, []).get(chunk)!;
    if (list.at(-1) !== i) list.push(i);
  }
  return text;
}

/** `index.joined`, brought up to date with the chunks indexed since (a Map keeps the order they were added in). */
function joined(index: SearchIndex): SearchIndex['joined'] {
  const [text, starts, lists] = index.joined;
  if (starts.length === index.chunks.size) return index.joined;
  const more: string[] = [];
  let at = text.length;
  let seen = 0;
  for (const [chunk, list] of index.chunks) {
    if (seen++ < starts.length) continue;
    more.push(chunk);
    starts.push(at);
    lists.push(list);
    at += chunk.length + 1;
  }
  return (index.joined = [text + more.join('\n') + '\n', starts, lists]);
}

const items = (list: ListItem[] = [], out: string[]): void =>
  list.forEach((item) => {
    out.push(item.text);
    items(item.items, out);
  });

/**
 * Indexes a feed: titles and facts for about `headMs` milliseconds (default: all; see `indexHeads`), then bodies
 * (summary and sections) for about `bodyMs`. At 10,000 postings bodies are nine tenths of the work: pass 0 (no body
 * now) and call `indexHeads` and `indexBodies` in slices after the first paint (with parseFeed's `deferBodies`: once
 * `checkBodies` has passed them).
 */
export function buildIndex(postings: readonly Posting[], departments: readonly Department[], bodyMs = Infinity, headMs = Infinity): SearchIndex {
  const index: SearchIndex = { postings, departments, title: [], facts: [], chunks: new Map(), joined: ['', [], []], heads: 0, bodies: 0 };
  if (indexHeads(index, headMs) && bodyMs) indexBodies(index, bodyMs);
  return index;
}

const departmentNames = new WeakMap<readonly Department[], Map<string, string>>();

/**
 * Indexes more titles and facts, at least one, for about `ms` milliseconds (default: all); true when all are in.
 * A search needs them all: complete them (`indexHeads(index)`) before one.
 */
export function indexHeads(index: SearchIndex, ms = Infinity): boolean {
  const end = performance.now() + ms;
  const { postings, departments } = index;
  let names = departmentNames.get(departments);
  if (!names) departmentNames.set(departments, (names = new Map(departments.map((d) => [d.id, d.name]))));
  index.last = undefined;
  while (index.heads < postings.length) {
    const i = index.heads++;
    const p = postings[i];
    index.title[i] = ' ' + add(index, i, normalize(p.title));
    const facts = [names.get(p.department ?? ''), ...p.locations.flatMap(placeNames), p.corporateTitle, p.employmentType, p.workplace];
    index.facts[i] = add(index, i, normalize(facts.join('\n')));
    if ((i & 15) === 15 && performance.now() > end) break;
  }
  return index.heads === postings.length;
}

/**
 * Indexes more bodies, at least one, for about `ms` milliseconds (default: all); true when every body is in. Until
 * then a search sees titles, facts and the bodies indexed so far.
 */
export function indexBodies(index: SearchIndex, ms = Infinity): boolean {
  const end = performance.now() + ms;
  const { postings } = index;
  index.last = undefined;
  while (index.bodies < postings.length) {
    const { summary, sections } = postings[index.bodies];
    const text = [summary];
    for (const { heading, blocks } of sections) {
      text.push(heading);
      for (const block of blocks) block.type === 'list' ? items(block.items, text) : text.push(block.type === 'html' ? htmlWords(block.html) : block.text);
    }
    add(index, index.bodies++, normalize(text.join('\n')));
    if (performance.now() > end) break;
  }
  return index.bodies === postings.length;
}

/**
 * Positions (in `index.postings`) of the postings containing every word of `query` anywhere, best first:
 * 0. the title contains every word and starts with the first;
 * 1. the title contains every word, each at the start of one of its words (after a space);
 * 2. the title contains every word;
 * 3. title and facts contain every word;
 * 4. the body is needed.
 * Feed order within a rank; an empty query gives every posting in feed order. The array is shared: do not modify it.
 */
export function find(index: SearchIndex, query: string): number[] {
  const words = terms(query);
  const key = words.join(' ');
  if (index.last?.[0] === key) return index.last[1];
  const { title, facts } = index;
  const [text, starts, lists] = joined(index);
  // found[i]: how many of the words posting i is known to contain (words are taken in turn).
  const found = new Uint16Array(title.length);
  let left = title.length;
  words.forEach((word, w) => {
    let next = 0;
    for (let at = text.indexOf(word), k = 0; at >= 0 && next < left; at = text.indexOf(word, starts[k + 1] ?? text.length)) {
      // k: the chunk holding the match (the last start at or before it; chunks hold no newline, so a match is inside one).
      for (let high = starts.length - 1; k < high; ) {
        const mid = (k + high + 1) >> 1;
        if (starts[mid] <= at) k = mid;
        else high = mid - 1;
      }
      for (const i of lists[k]) if (found[i] === w) (found[i] = w + 1), next++;
    }
    left = next;
  });
  const ranks: number[][] = [[], [], [], [], []];
  title.forEach((t, i) => {
    if (found[i] < words.length) return;
    const has = (word: string) => t.includes(word);
    ranks[
      words.every(has)
        ? t.startsWith(' ' + words[0])
          ? 0
          : words.every((word) => has(' ' + word))
            ? 1
            : 2
        : words.every((word) => has(word) || facts[i].includes(word))
          ? 3
          : 4
    ].push(i);
  });
  index.last = [key, ranks.flat()];
  return index.last[1];
}

/** The postings containing every word of `query`, ranked as `find` explains. */
export const search = (index: SearchIndex, query: string): Posting[] => find(index, query).map((i) => index.postings[i]);

/** A piece of text: as written, or matching a query word. */
export type Segment = string | { match: string };

/**
 * `text` in pieces, those matching a word of `query` (folded as `normalize` does) marked, every character as written:
 * `highlight('Zürich', 'zur')` → `[{ match: 'Zür' }, 'ich']`. A match covers whole characters with their combining
 * marks (all of `ß` for `s`). Empty text gives `[]`.
 */
export function highlight(text: string, query: string): Segment[] {
  let folded = '';
  // at[k]: where in `text` the character that gave folded[k] starts; then the end of text.
  const at: number[] = [];
  let i = 0;
  for (const c of text) {
    const f = c < '\x80' ? c.toLowerCase() : normalize(c);
    folded += f;
    for (let k = f.length; k--; ) at.push(i);
    i += c.length;
  }
  at.push(i);
  const marked = new Uint8Array(i);
  for (const word of terms(query)) {
    for (let k = folded.indexOf(word); k >= 0; k = folded.indexOf(word, k + 1)) {
      let end = k + word.length;
      while (at[end] === at[end - 1]) end++;
      marked.fill(1, at[k], at[end]);
    }
  }
  const out: Segment[] = [];
  for (let start = 0, end; start < i; start = end) {
    for (end = start + 1; end < i && marked[end] === marked[start]; end++);
    const piece = text.slice(start, end);
    out.push(marked[start] ? { match: piece } : piece);
  }
  return out;
}
