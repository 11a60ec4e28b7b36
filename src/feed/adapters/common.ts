/**
 * What every adapter shares: reading loosely typed vendor JSON, and `FeedBuilder`, which turns vendor jobs into
 * feed-format postings (plain data for `parseFeed`, which still checks everything). A job that cannot be used is
 * skipped with a warning naming it; nothing here throws for a single job.
 */
import type { FeedWarning } from '../parse.js';
import type { Department, EmploymentType, Location, Organization, Salary, Section, Workplace } from '../schema.js';
import { htmlSections, htmlToText, summarize } from './html.js';

/** Words the adapters write into a feed (section headings and the remote place), for hosts in another language. */
export interface AdapterLabels {
  /** Heading for description text that comes before its first heading. */
  description: string;
  requirements: string;
  benefits: string;
  /** The place shown for a remote position that names none. */
  remote: string;
}

export const LABELS: AdapterLabels = {
  description: 'About the role',
  requirements: 'Requirements',
  benefits: 'Benefits',
  remote: 'Remote',
};

export interface AdaptOptions {
  /** Completes or overrides what the vendor says about the employer. Our feed needs `email` (general applications). */
  organization?: Partial<Organization>;
  labels?: Partial<AdapterLabels>;
  /** SmartRecruiters: posting detail responses (`/postings/{id}`), matched to the list by `id`, for descriptions. */
  details?: unknown[];
  /** The feed's address, to name the board asked for when it answers with nothing at all. */
  source?: string;
}

/** The board, site, company or account a job-board address names (`…/boards/acme/jobs` → `acme`). */
export function boardName(source: string | undefined): string | undefined {
  if (!source || source.length > MAX_URL_LENGTH) return undefined;
  let url: URL;
  try {
    url = new URL(source, 'https://localhost/');
  } catch {
    return undefined;
  }
  const named = url.pathname.match(/\/(?:boards|postings|companies|accounts|job-board)\/([^/]+)/)?.[1];
  const sub = url.hostname.match(/^([^.]+)\.(?:recruitee\.com|jobs\.personio\.(?:de|com))$/)?.[1];
  return named ? decodeURIComponent(named) : sub;
}

/** A feed in our format, as plain data: pass it to `parseFeed`. */
export interface AdaptedFeed {
  version: 1;
  organization: Partial<Organization>;
  departments: Department[];
  postings: Record<string, unknown>[];
}

export interface AdaptResult {
  feed: AdaptedFeed;
  /** Jobs skipped and values dropped, in the words `parseFeed` uses. */
  warnings: FeedWarning[];
}

export type Json = Record<string, unknown>;
export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
export const object = (value: unknown): Json => (isObject(value) ? value : {});
export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);
/** Non-empty trimmed text (numbers as text), else undefined. */
export const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value.trim() || undefined : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
/** A finite number, also from numeric text (`"85000"`, `"85,000.00"`). */
export const number = (value: unknown): number | undefined => {
  const parsed = typeof value === 'string' ? Number(value.replace(/[,\s]/g, '')) : value;
  return typeof parsed === 'number' && Number.isFinite(parsed) && (typeof value !== 'string' || value.trim() !== '') ? parsed : undefined;
};

/** `Research & Development` → `research-development`; text with no Latin letters gets a short hash instead. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  if (slug) return slug;
  let hash = 2166136261;
  for (const char of name) hash = Math.imul(hash ^ char.codePointAt(0)!, 16777619);
  return `d-${(hash >>> 0).toString(36)}`;
}

/** Longest vendor text read as a place (a list of cities is far shorter), or as a URL (the feed's own cap): checked before any pattern. */
const MAX_PLACE_LENGTH = 500;
const MAX_URL_LENGTH = 4096;

/** An absolute http(s) URL, as our feed accepts it (length capped first; a pattern that cannot backtrack). */
export const httpUrl = (value: unknown): string | undefined => {
  const url = text(value);
  return url && url.length <= MAX_URL_LENGTH && /^https?:\/\/[^\s/?#]\S*$/i.test(url) ? url : undefined;
};

/** A calendar day `YYYY-MM-DD` from an ISO date or date-time (the day as written), `2024-01-15 10:00:00 UTC`, or ms. */
export function day(value: unknown): string | undefined {
  let date: string | undefined;
  if (typeof value === 'number' && Number.isFinite(value)) {
    const time = new Date(value < 1e11 ? value * 1000 : value);
    date = Number.isNaN(time.getTime()) ? undefined : time.toISOString().slice(0, 10);
  } else {
    date = text(value)?.match(/^\d{4}-\d{2}-\d{2}(?=$|[T\s])/)?.[0];
  }
  if (!date) return undefined;
  // Checked field by field: JavaScriptCore makes 2026-02-30 an Invalid Date (whose toISOString throws), V8 rolls it over.
  const [year, month, dayOfMonth] = date.split('-').map(Number);
  const time = new Date(Date.UTC(year, month - 1, dayOfMonth));
  return time.getUTCFullYear() === year && time.getUTCMonth() === month - 1 && time.getUTCDate() === dayOfMonth ? date : undefined;
}

/** Vendor words for a kind of contract; undefined when they say nothing we know. */
export function employmentType(value: unknown): EmploymentType | undefined {
  const words = text(value)?.toLowerCase().replace(/[^a-z]/g, '');
  if (!words) return undefined;
  if (/intern|trainee|apprentic|werkstudent|student|stage/.test(words)) return 'internship';
  if (/part/.test(words)) return 'part-time';
  if (/contract|freelanc|consult|selfemploy|perdiem/.test(words)) return 'contract';
  if (/temp|fixedterm|seasonal|casual/.test(words)) return 'temporary';
  if (/full|permanent|regular|employee/.test(words)) return 'full-time';
  return undefined;
}

const TITLE_TYPE = /\b(?:part[- ]?time|intern(?:ship)?|contract(?:or)?|temporary|freelance)\b/i;
const REMOTE = /\b(?:remote|anywhere|worldwide|work from home|wfh|home[- ]based|telecommut\w*|distributed)\b/i;
const HYBRID = /\bhybrid\b/i;

/** Workplace named in free text (`Remote - US`, `Hybrid (London)`), if any. */
export const workplaceIn = (value: unknown): Workplace | undefined => {
  const words = text(value) ?? '';
  return REMOTE.test(words) ? 'remote' : HYBRID.test(words) ? 'hybrid' : /on.?site|in.?office/i.test(words) ? 'on-site' : undefined;
};

const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR'.split(' '),
);

/** `Arlington, Virginia`: a state written out is a region of the US, not a country (Georgia left out: also a country). */
const US_STATE_NAMES = new Set(
  'alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming'
    .split(' ')
    .concat(['new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'rhode island', 'south carolina', 'south dakota', 'west virginia', 'district of columbia', 'puerto rico']),
);

/**
 * A place written as text: `City, Region, Country`, `City, Country`, `San Francisco, CA` (a US state), or one name
 * (shown alone: `country` repeats it, and a country equal to the city is not shown twice). Remote and hybrid markers
 * are removed: `Remote - US` is the country with `remote` as the city; `Hybrid (London)` is London. `undefined`
 * when no place is left.
 */
export function parsePlace(value: unknown, remote = LABELS.remote): Location | undefined {
  const raw = text(value);
  if (!raw || raw.length > MAX_PLACE_LENGTH) return undefined;
  const place = raw
    .replace(new RegExp(`${REMOTE.source}|${HYBRID.source}|\\b(?:on.?site|in.?office|only)\\b`, 'gi'), ' ')
    .replace(/[()[\]]/g, ' ')
    .replace(/^[\s\-–—|/:,;]+|[\s\-–—|/:,;]+$/g, '')
    .replace(/\s+[-–—|/]\s+/g, ', ');
  const parts = place.split(',').map((part) => part.trim()).filter(Boolean);
  if (!parts.length) return undefined;
  if (parts.length === 1) return { city: REMOTE.test(raw) ? remote : parts[0], country: parts[0] };
  const last = parts.at(-1)!;
  if (parts.length === 2 && (US_STATES.has(last) || US_STATE_NAMES.has(last.toLowerCase()))) return { city: parts[0], region: last, country: 'US' };
  const location: Location = { city: parts[0], country: /^[a-z]{2}$/i.test(last) ? last.toUpperCase() : last };
  if (parts.length > 2) location.region = parts.slice(1, -1).join(', ');
  return location;
}

/** Structured address parts; `country` may be a name or a code (two letters are upper-cased). */
export function place(city: unknown, region: unknown, country: unknown): Location | undefined {
  const [c, r, n] = [text(city), text(region), text(country)];
  const countryText = n && /^[a-z]{2}$/i.test(n) ? n.toUpperCase() : n;
  if (!c) return countryText ? { city: countryText, country: countryText } : undefined;
  const location: Location = { city: c, country: countryText ?? c };
  if (r && r !== c) location.region = r;
  return location;
}

const PERIODS: [RegExp, Salary['period']][] = [
  [/hour|hr\b|wage/i, 'hour'],
  [/day|daily/i, 'day'],
  [/week/i, 'week'],
  [/month|mo\b/i, 'month'],
  [/year|annual|yr\b|salary/i, 'year'],
];
export const salaryPeriod = (value: unknown): Salary['period'] | undefined => {
  const words = text(value);
  return words ? PERIODS.find(([pattern]) => pattern.test(words))?.[1] : undefined;
};

/** A posting as an adapter sees it: anything may be missing or wrong; `FeedBuilder.add` decides. */
export interface Draft {
  id?: unknown;
  title?: unknown;
  /** The department's display name (its id is derived). */
  department?: unknown;
  locations?: (Location | undefined)[];
  workplace?: Workplace;
  employmentType?: unknown;
  corporateTitle?: unknown;
  posted?: unknown;
  closes?: unknown;
  salary?: { min?: unknown; max?: unknown; currency?: unknown; period?: unknown; cents?: boolean };
  /** Plain-text summary; else the description's first sentences. */
  summary?: unknown;
  /** The description as HTML, split into sections at its headings. */
  html?: unknown;
  /** Further sections, each with its own heading and HTML (Lever's lists, Workable's requirements). */
  parts?: { heading?: unknown; html?: unknown }[];
  applyUrl?: unknown;
}

/** Collects postings and departments; `result()` gives the feed. */
export class FeedBuilder {
  readonly labels: AdapterLabels;
  readonly warnings: FeedWarning[] = [];
  private readonly departments = new Map<string, Department>();
  private readonly names = new Map<string, string>();
  private readonly postings = new Map<string, Record<string, unknown> & { locations: Location[] }>();
  organization: Partial<Organization> = {};

  constructor(readonly options: AdaptOptions = {}) {
    this.labels = { ...LABELS, ...options.labels };
  }

  /** The id of the department with this name, registering it (vendor order is kept); none for no name (no placeholder). */
  department(name: unknown): string | undefined {
    const display = text(name);
    if (!display) return undefined;
    const known = this.names.get(display);
    if (known) return known;
    let id = slugify(display);
    for (let n = 2; this.departments.has(id); n++) id = `${slugify(display)}-${n}`;
    this.departments.set(id, { id, name: display });
    this.names.set(display, id);
    return id;
  }

  /** `parsePlace` with this feed's word for remote. */
  place(value: unknown): Location | undefined {
    return parsePlace(value, this.labels.remote);
  }

  /** A warning about the vendor's job at `path` (`jobs[3]`), named by its title when it has one. */
  warn(path: string, message: string, postingId?: string, title?: string): void {
    this.warnings.push({ path, message: `${path}${title ? ` ("${title}")` : ''}: ${message}`, postingId });
  }

  /** Adds one vendor job (`path` names it in warnings, e.g. `jobs[3]`). */
  add(path: string, draft: Draft): void {
    const title = typeof draft.title === 'string' ? text(draft.title) : undefined;
    const rawId = text(draft.id);
    const id = rawId?.replace(/[^A-Za-z0-9._~-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '') || (title && slugify(title));
    if (!title) {
      this.warn(path, `has no title${rawId ? ` (id ${rawId})` : ''}; skipped`, id || undefined);
      return;
    }
    const locations = (draft.locations ?? []).filter((location): location is Location => Boolean(location));
    const existing = this.postings.get(id!);
    if (existing) {
      // Some boards list a job once per location: one posting, every location.
      for (const location of locations) if (!existing.locations.some((known) => same(known, location))) existing.locations.push(location);
      return;
    }
    // Not stated: left out (nothing shown, no jobLocationType), never guessed as on-site.
    const workplace = draft.workplace;
    if (!locations.length) locations.push({ city: this.labels.remote, country: this.labels.remote });
    const unique = locations
      // A remote position's single name is where candidates may live: "Remote, Portugal".
      .map((location) => (workplace === 'remote' && location.city === location.country ? { city: this.labels.remote, country: location.country } : location))
      .filter((location, index, all) => all.findIndex((other) => same(other, location)) === index);

    // No type given: a title such as "Support Specialist (Part-time)" may say it; else none is shown (not full-time).
    const type = employmentType(draft.employmentType ?? title.match(TITLE_TYPE)?.[0]);
    if (!type && text(draft.employmentType)) this.warn(path, `employment type "${text(draft.employmentType)}" is not one we know; left out`, id, title);
    const sections: Section[] = text(draft.html) ? htmlSections(String(draft.html), this.labels.description) : [];
    for (const part of draft.parts ?? []) {
      const html = text(part.html);
      // A part without a heading of its own continues the section before it.
      for (const section of html ? htmlSections(html, text(part.heading) ?? '') : []) {
        const last = sections.at(-1);
        if (section.heading) sections.push(section);
        else if (last) last.blocks.push(...section.blocks);
        else sections.push({ ...section, heading: this.labels.description });
      }
    }
    const plain = sections.length ? sectionsText(sections) : '';
    const posting: Record<string, unknown> & { locations: Location[] } = {
      id,
      title,
      locations: unique,
      posted: day(draft.posted) ?? this.today(path, id!, title),
      summary: summarize(text(draft.summary) ?? plain) || title,
      sections,
    };
    // Only what the source says: no department, employment type or workplace is invented.
    const department = this.department(draft.department);
    if (department) posting.department = department;
    if (type) posting.employmentType = type;
    if (workplace) posting.workplace = workplace;
    const corporateTitle = text(draft.corporateTitle);
    if (corporateTitle) posting.corporateTitle = corporateTitle;
    const closes = day(draft.closes);
    if (closes) posting.closes = closes;
    const salary = this.salary(path, id!, title, draft.salary);
    if (salary) posting.salary = salary;
    const url = httpUrl(draft.applyUrl);
    if (url) posting.apply = { url };
    else if (text(draft.applyUrl)) this.warn(path, `apply link "${text(draft.applyUrl)}" is not an http(s) URL; left out`, id, title);
    this.postings.set(id!, posting);
  }

  private today(path: string, id: string, title: string): string {
    this.warn(path, 'has no publication date; shown as posted today', id, title);
    return new Date().toISOString().slice(0, 10);
  }

  private salary(path: string, id: string, title: string, salary: Draft['salary']): Salary | undefined {
    if (!salary) return undefined;
    const scale = salary.cents ? 100 : 1;
    let min = number(salary.min);
    let max = number(salary.max);
    const currency = text(salary.currency)?.toUpperCase();
    const period = salaryPeriod(salary.period) ?? 'year';
    if (min === undefined && max === undefined) return undefined;
    if (min === undefined || !currency || !/^[A-Z]{3}$/.test(currency) || min < 0 || (max !== undefined && max < min)) {
      this.warn(path, 'salary range could not be read (needs a minimum, a currency code and max ≥ min); left out', id, title);
      return undefined;
    }
    min /= scale;
    if (max !== undefined) max /= scale;
    return max === undefined || max === min ? { min, currency, period } : { min, max, currency, period };
  }

  result(): AdaptResult {
    if (!this.postings.size && !this.departments.size && !this.warnings.length) {
      // A mistyped board name answers like an empty board (Lever `[]`, SmartRecruiters `totalFound: 0`).
      const board = boardName(this.options.source);
      this.warnings.push({
        path: 'board',
        message: `The board ${board ? `"${board}" ` : ''}has no open positions and no departments. If it should have some, check the board name in the feed address${this.options.source ? ` (${this.options.source})` : ''}: a board that does not exist answers like an empty one.`,
      });
    }
    const organization: Partial<Organization> = {};
    for (const given of [this.organization, this.options.organization ?? {}]) {
      for (const [key, value] of Object.entries(given)) if (value !== undefined) Object.assign(organization, { [key]: value });
    }
    return {
      feed: { version: 1, organization, departments: [...this.departments.values()], postings: [...this.postings.values()] },
      warnings: this.warnings,
    };
  }
}

const same = (a: Location, b: Location) => a.city === b.city && a.country === b.country && a.region === b.region;

function sectionsText(sections: Section[]): string {
  const block = sections[0].blocks[0];
  return block.type === 'paragraph' ? block.text : block.type === 'html' ? htmlToText(block.html) : block.items[0].text;
}
