/**
 * Turns untrusted feed data into a validated `Feed`. A broken envelope fails the whole feed with plain-words
 * reasons; a broken or duplicate posting is skipped and reported as a warning so the good ones still render.
 */
import * as z from 'zod/mini';
import { FeedError, type FeedProblem } from './feed-error.js';
import { feedSchemaParts, feedSchemas, type Feed, type Posting } from './schema.js';
import type { FeedJsonSplitter } from './stream.js';
import { runInSlices, type Slices } from './tasks.js';

export { FeedError, type FeedProblem };

/** A posting that was left out, and why. */
export interface FeedWarning extends FeedProblem {
  /** The posting's id when it had a readable one. */
  postingId?: string;
}

export interface ParsedFeed {
  feed: Feed;
  warnings: FeedWarning[];
  /** True when the postings' bodies (`sections`) are not checked yet: see `checkBodies`. */
  bodiesUnchecked?: boolean;
  /** How many of the feed's postings are not checked yet (not in `feed.postings` yet): see `parseFirstPostings`. */
  unchecked?: number;
  /** Those postings, as the feed has them: the list counts them meanwhile (src/job-list/results.ts `countPending`). */
  pending?: readonly unknown[];
}

export interface ParseOptions {
  /**
   * Leave the postings' bodies unchecked, for `checkBodies` to do in slices after the first paint: always (`true`)
   * or for feeds of more postings than the number given. Bodies are three quarters of the validation time: 10,000
   * postings check in about 40 ms without them, 150 ms with.
   */
  deferBodies?: boolean | number;
}

/** The format's schemas (src/feed/schema.ts) and the two a check adds, built on first use. */
function buildParseSchemas() {
  const format = feedSchemas();
  return {
    ...format,
    /** A posting with everything checked but its body. */
    PostingHeadSchema: z.extend(format.PostingSchema, { sections: z.array(z.unknown()) }),
    BodySchema: z.array(format.SectionSchema),
  };
}

let parseSchemas: ReturnType<typeof buildParseSchemas> | undefined;
const schemas = () => (parseSchemas ??= buildParseSchemas());

/**
 * Builds the schemas in two steps of about half each (3-4 ms, 15 on a phone): a list runs them in tasks of their own
 * once the feed's tools are here (src/job-list/feed-controller.ts), before it checks a feed.
 */
export const schemaSteps = [feedSchemaParts, schemas];

/** Where each kept posting stood in the feed, so a late warning names the feed author's index. */
const feedIndex = new WeakMap<Posting, number>();

/** `['postings', 3, 'title']` -> `postings[3].title` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  object: 'an object',
  array: 'a list',
  boolean: 'true or false',
};

/** Blocks are a union told apart by "type": when no branch accepted the "type", the allowed values. */
function unionTypes(issue: z.core.$ZodIssue): unknown[] | undefined {
  if (issue.code !== 'invalid_union') return undefined;
  const types = issue.errors.flatMap((branch) =>
    branch.filter((i) => i.code === 'invalid_value' && i.path.join() === 'type').flatMap((i) => ('values' in i ? i.values : [])),
  );
  return types.length > 0 && types.length === issue.errors.length ? types : undefined;
}

/** zod/mini ships no messages; these are the widget's own, in words a feed author understands. */
function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'required';
      return `must be ${typeNames[issue.expected] ?? issue.expected}, not ${describeValue(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union': {
      const types = unionTypes(issue);
      return types ? `must be one of ${types.map((v) => JSON.stringify(v)).join(', ')}` : 'does not match any allowed shape';
    }
    case 'too_small':
      if (issue.message && issue.message !== 'Invalid input') return issue.message;
      return issue.origin === 'array' ? `needs at least ${issue.minimum} item(s)` : `must be at least ${issue.minimum}`;
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'is not valid';
  }
}

function problemsOf(error: { issues: z.core.$ZodIssue[] }, prefix: readonly PropertyKey[] = []): FeedProblem[] {
  return error.issues.flatMap((issue) => {
    const at = [...prefix, ...issue.path];
    // A block whose "type" is right but whose fields are not: report that branch's own problems.
    const branch = issue.code === 'invalid_union' && !unionTypes(issue) ? issue.errors.find((b) => !b.some((i) => i.path.join() === 'type')) : undefined;
    if (branch) return problemsOf({ issues: branch }, at);
    const path = formatPath(unionTypes(issue) ? [...at, 'type'] : at);
    return [{ path, message: `${path || 'feed'}: ${describeIssue(issue)}` }];
  });
}

function idOf(value: unknown): string | undefined {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
}

/** Parses JSON text, naming the position of a syntax error. */
export function parseFeedText(text: string, options?: ParseOptions): ParsedFeed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const trimmed = text.trimStart();
    const hint = trimmed.startsWith('<') ? ' It looks like an HTML page: check the feed URL.' : '';
    throw new FeedError(`The job feed is not valid JSON (${(error as Error).message}).${hint}`);
  }
  return parseFeed(data, options);
}

/** Validates feed data. Throws `FeedError` when the feed as a whole is unusable. */
export function parseFeed(data: unknown, options?: ParseOptions): ParsedFeed {
  const steps = feedSteps(data, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** `parseFeed` in tasks that yield to the browser every few milliseconds (a large feed's postings are checked in slices). */
export function parseFeedInSlices(data: unknown, options?: ParseOptions, slices?: Slices): Promise<ParsedFeed> {
  return runInSlices(feedSteps(data, options), slices);
}

/**
 * The feed read from a `FeedJsonSplitter` (see stream.ts), in slices (a large one only as far as its first page with
 * `firstPage`); the whole text as before when the split gave up.
 */
export function parseSplitFeed(splitter: FeedJsonSplitter, options?: ParseOptions, firstPage?: FirstPage): Promise<FirstPostings> {
  const data = splitter.finish();
  if (data === undefined) return Promise.resolve({ parsed: parseFeedText(splitter.text(), options) });
  const postings = (data as { postings?: unknown }).postings;
  if (firstPage && Array.isArray(postings) && postings.length > firstPage.over) {
    return Promise.resolve(parseFirstPostings(data, options ?? {}, firstPage.size, firstPage.counts));
  }
  return parseFeedInSlices(data, options).then((parsed) => ({ parsed }));
}

/**
 * A feed with more postings than `over` is shown once `size` of its postings that `counts` (e.g. the open ones) are
 * checked: see `parseFirstPostings`.
 */
export interface FirstPage {
  over: number;
  size: number;
  counts: (posting: Posting) => boolean;
}

/** What `parseFirstPostings` gives: the feed checked so far, and the steps that check the rest (if any are left). */
export interface FirstPostings {
  parsed: ParsedFeed;
  rest?: Generator<unknown, ParsedFeed>;
}

/**
 * A large feed given as data, checked as far as its first `first` postings kept (that `counts`: e.g. the open ones,
 * checked in steps of 32): the feed so far (`unchecked`
 * postings still to check), and the steps that check the others, adding them to the same `feed.postings` and
 * `warnings` (none when the whole feed is checked already). Postings are kept in the feed's order and a duplicate id
 * keeps the first, so the postings checked first stay as they are.
 */
export function parseFirstPostings(
  data: unknown,
  options: ParseOptions,
  first: number,
  counts: (posting: Posting) => boolean,
): FirstPostings {
  const steps = feedSteps(data, options);
  let seen = 0;
  let counted = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { parsed: step.value };
    const [parsed, checked, total] = step.value;
    const { postings } = parsed.feed;
    for (; seen < postings.length; seen++) if (counts(postings[seen])) counted++;
    if (counted >= first) {
      const pending = (data as { postings: unknown[] }).postings.slice(checked);
      return { parsed: { ...parsed, unchecked: total - checked, pending }, rest: steps };
    }
  }
}

/** The work of `parseFeed`, pausing (`yield`: the feed so far, postings checked, postings in all) now and then. */
function* feedSteps(data: unknown, { deferBodies = false }: ParseOptions = {}): Generator<[ParsedFeed, number, number], ParsedFeed> {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new FeedError(`The job feed must be a JSON object with "version", "organization", "departments" and "postings", not ${describeValue(data)}.`);
  }
  const envelope = schemas().FeedEnvelopeSchema.safeParse(data, { reportInput: true });
  const rawPostings = (data as { postings?: unknown }).postings;
  if (!envelope.success || !Array.isArray(rawPostings)) {
    const problems = envelope.success ? [] : problemsOf(envelope.error);
    if (!Array.isArray(rawPostings)) {
      problems.push({ path: 'postings', message: `postings: ${rawPostings === undefined ? 'required' : `must be a list, not ${describeValue(rawPostings)}`}` });
    }
    throw new FeedError(`The job feed is not valid: ${problems.map((p) => p.message).join('; ')}.`, problems);
  }
  const { version, organization } = envelope.data;
  const defer = deferBodies === true || (typeof deferBodies === 'number' && rawPostings.length > deferBodies);
  const warnings: FeedWarning[] = [];

  const departments: Feed['departments'] = [];
  const departmentIds = new Set<string>();
  envelope.data.departments.forEach((department, index) => {
    if (departmentIds.has(department.id)) {
      warnings.push({
        path: `departments[${index}]`,
        message: `departments[${index}].id: duplicate id "${department.id}"; the first one is kept`,
      });
      return;
    }
    departmentIds.add(department.id);
    departments.push(department);
  });

  const postings: Posting[] = [];
  const postingIds = new Set<string>();
  const parsed: ParsedFeed = { feed: { version, organization, departments, postings }, warnings, bodiesUnchecked: defer };
  const postingSchema = defer ? schemas().PostingHeadSchema : schemas().PostingSchema;
  for (let index = 0; index < rawPostings.length; index++) {
    if (index % 32 === 31) yield [parsed, index, rawPostings.length];
    const raw = rawPostings[index];
    const result = postingSchema.safeParse(raw, { reportInput: true });
    const postingId = idOf(raw);
    const skip = (path: string, message: string) => warnings.push({ path, message, postingId });
    if (!result.success) {
      for (const problem of problemsOf(result.error, ['postings', index])) skip(problem.path, problem.message);
      continue;
    }
    const posting = result.data as Posting;
    if (postingIds.has(posting.id)) {
      skip(`postings[${index}].id`, `postings[${index}].id: duplicate id "${posting.id}"; the first one is kept`);
      continue;
    }
    if (posting.department !== undefined && !departmentIds.has(posting.department)) {
      skip(`postings[${index}].department`, `postings[${index}].department: no department has the id "${posting.department}"`);
      continue;
    }
    postingIds.add(posting.id);
    feedIndex.set(posting, index);
    postings.push(posting);
  }

  return parsed;
}

/** Checks the bodies of postings parsed with `deferBodies`; returns those that pass and a warning for each other. */
export function checkBodies(postings: readonly Posting[]): { valid: Posting[]; warnings: FeedWarning[] } {
  const valid: Posting[] = [];
  const warnings: FeedWarning[] = [];
  for (const posting of postings) {
    const result = schemas().BodySchema.safeParse(posting.sections, { reportInput: true });
    if (result.success) {
      valid.push(posting);
      continue;
    }
    const prefix = ['postings', feedIndex.get(posting) ?? -1, 'sections'];
    for (const problem of problemsOf(result.error, prefix)) warnings.push({ ...problem, postingId: posting.id });
  }
  return { valid, warnings };
}

/**
 * Checks a small feed of one posting, so that zod's first use (it compiles each schema on its first parse: a few ms,
 * 4x that on a phone) is not paid in the task that checks the real feed. The feed's tools call it when the page is
 * idle after they load (feed-tools.ts). The feed is valid, so every schema it passes through is compiled.
 */
export function warmParser(): ParsedFeed {
  const items = [{ text: 'a', items: [{ text: 'b' }] }];
  const sections = [{ heading: 'a', blocks: [{ type: 'paragraph', text: 'a' }, { type: 'list', items }] }];
  const posting = { id: 'a', title: 'a', department: 'a', locations: [{ city: 'a', country: 'US' }], posted: '2000-01-01', summary: 'a', sections };
  return parseFeed({ version: 1, organization: { name: 'a' }, departments: [{ id: 'a', name: 'a' }], postings: [posting] });
}

