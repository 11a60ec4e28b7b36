/** Ordering and grouping of the postings a search and its filters let through; plain functions, no DOM. */
import { isClosed } from '../feed/dates.js';
import type { Department, Posting } from '../feed/schema.js';
import { formatter } from '../shared/intl.js';

export type SortOrder = 'relevance' | 'posted' | 'title';
export type GroupBy = 'department' | 'location' | 'none';

export interface ResultGroup {
  /** Department id, city, or '' for the single group of `none` and for the postings in no department (shown last). */
  key: string;
  label: string;
  postings: Posting[];
  /** A department listed for its invitation to apply generally, though it has no opening. */
  department?: Department;
}

/** Newest first, or by title in the reader's language; `relevance` keeps the order given (search rank, then feed). */
export function sortPostings(postings: readonly Posting[], order: SortOrder, lang?: string): readonly Posting[] {
  if (order === 'posted') return [...postings].sort((a, b) => (a.posted < b.posted ? 1 : a.posted > b.posted ? -1 : 0));
  if (order === 'title') {
    const collator = formatter(`collator ${lang}`, () => new Intl.Collator(lang, { sensitivity: 'base', numeric: true }));
    return [...postings].sort((a, b) => collator.compare(a.title, b.title));
  }
  return postings;
}

const groupKey = (posting: Posting, by: Exclude<GroupBy, 'none'>): string => (by === 'department' ? posting.department : posting.locations[0].city) ?? '';

/**
 * How many of `postings` each group has: its heading counts them all, also those past the page shown. `into`: counts
 * to add to (`countPending`'s).
 */
export function countByGroup(postings: readonly Posting[], by: GroupBy, into = new Map<string, number>()): Map<string, number> {
  const counts = new Map(into);
  for (const posting of postings) {
    const key = by === 'none' ? '' : groupKey(posting, by);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * The postings of a large feed not checked yet (`ParsedFeed.pending`, as the feed has them), counted by group as far
 * as they can be read, closed ones left out: the first page's headings and count then read as they will once every
 * posting is checked (a posting found invalid then is one fewer).
 */
export function countPending(pending: readonly unknown[], by: GroupBy, now: Date): Map<string, number> {
  const counts = new Map<string, number>();
  for (const raw of pending) {
    const posting = raw as Partial<Posting> | null;
    if (typeof posting !== 'object' || !posting || (typeof posting.closes === 'string' && isClosed(posting, now))) continue;
    const first = Array.isArray(posting.locations) ? (posting.locations[0] as { city?: unknown } | undefined) : undefined;
    const key = by === 'department' ? posting.department : by === 'location' ? first?.city : '';
    const group = typeof key === 'string' ? key : '';
    counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  return counts;
}

/**
 * Groups in the order of their first posting (search rank, or the chosen sort), except departments with
 * `withEmpty` (nothing searched or filtered), which keep the feed's order and include the departments that have no
 * posting, each inviting a general application.
 */
export function groupPostings(postings: readonly Posting[], by: GroupBy, departments: readonly Department[], withEmpty: boolean): ResultGroup[] {
  if (by === 'none') return [{ key: '', label: '', postings: [...postings] }];
  const groups = new Map<string, ResultGroup>();
  const byId = new Map(departments.map((department) => [department.id, department]));
  if (by === 'department' && withEmpty) for (const department of departments) groups.set(department.id, { key: department.id, label: department.name, postings: [], department });
  for (const posting of postings) {
    const key = groupKey(posting, by);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, label: by === 'department' ? (byId.get(key)?.name ?? key) : key, postings: [] }));
    group.postings.push(posting);
  }
  const shown = [...groups.values()].filter((group) => group.postings.length || group.department);
  // Postings in no department come last, under no heading: no name is invented for them.
  return [...shown.filter((group) => group.key), ...shown.filter((group) => !group.key)];
}
