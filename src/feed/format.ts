/** Presentation helpers for feed values: plain functions over the feed types, no DOM. */
import { formatter } from '../shared/intl.js';
import type { Strings } from '../shared/strings.js';
import type { Feed, Location, Posting, Salary } from './schema.js';

const countryNames = new Map<string, Intl.DisplayNames>();

/** `US` -> `United States` in the given language; anything that is not a two-letter code is shown as written. */
export function countryName(country: string, lang?: string): string {
  if (!/^[A-Z]{2}$/.test(country)) return country;
  const key = lang ?? '';
  let names = countryNames.get(key);
  if (!names) {
    names = new Intl.DisplayNames(lang ? [lang] : undefined, { type: 'region', fallback: 'code' });
    countryNames.set(key, names);
  }
  return names.of(country) ?? country;
}

/** `New York, NY, United States` */
export function formatLocation(location: Location, lang?: string): string {
  const country = countryName(location.country, lang);
  // A city-state reads "Singapore", not "Singapore, Singapore".
  return [location.city, location.region, country === location.city ? '' : country].filter(Boolean).join(', ');
}

export function formatLocations(locations: readonly Location[], lang?: string): string {
  return locations.map((location) => formatLocation(location, lang)).join('; ');
}

/** A feed date (`YYYY-MM-DD`, a calendar day) in the reader's language, without time-zone drift. */
export function formatDate(isoDate: string, lang?: string): string {
  const dates = formatter(`date ${lang}`, () => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }));
  return dates.format(new Date(`${isoDate}T00:00:00Z`));
}

/** `Sales, Legal, Finance`: names in the reader's language's list style. */
export function formatList(items: readonly string[], lang: string): string {
  return formatter(`list ${lang}`, () => new Intl.ListFormat(lang, { type: 'unit', style: 'short' })).format(items);
}

/** `$120,000 – $150,000 a year` */
export function formatSalary(salary: Salary, lang?: string, periods: Strings['salaryPeriod'] = { year: 'a year', month: 'a month', week: 'a week', day: 'a day', hour: 'an hour' }): string {
  const money = formatter(`money ${lang} ${salary.currency}`, () => new Intl.NumberFormat(lang, { style: 'currency', currency: salary.currency, maximumFractionDigits: 0 }));
  const amount = salary.max === undefined || salary.max === salary.min ? money.format(salary.min) : money.formatRange(salary.min, salary.max);
  return `${amount} ${periods[salary.period]}`;
}

/** `10 MB` */
export function formatBytes(bytes: number, lang?: string): string {
  const megabytes = bytes / 1_000_000;
  if (megabytes >= 1) return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(megabytes)} MB`;
  if (bytes >= 1000) return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(bytes / 1000)} kB`;
  return `${new Intl.NumberFormat(lang).format(bytes)} bytes`;
}

/**
 * How a candidate applies to a posting: the posting's own method first, then the organization's e-mail; `none` when
 * the feed names no way at all (the card then offers no Apply action).
 */
export type ApplyRoute =
  | { kind: 'form'; action: string; email?: string }
  | { kind: 'email'; email: string }
  | { kind: 'url'; url: string }
  | { kind: 'none' };

export function applyRoute(posting: Posting, feed: Pick<Feed, 'organization'>): ApplyRoute {
  const apply = posting.apply;
  if (apply?.form) return { kind: 'form', action: apply.form, email: apply.email };
  const email = apply?.email ?? feed.organization.email;
  if (apply?.url && !apply.email) return { kind: 'url', url: apply.url };
  return email ? { kind: 'email', email } : { kind: 'none' };
}

/** C0 and C1 control characters, and the line and paragraph separators. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/**
 * A `mailto:` URL; every part is percent-encoded so no header can be injected. The subject (built from titles and
 * department names a feed wrote) is one line: control characters, CR and LF included, become a space. The body
 * keeps its line breaks and tabs and loses every other control character; the address loses them all.
 */
export function mailtoUrl(to: string, subject: string, body = ''): string {
  const query = [`subject=${encodeURIComponent(subject.replace(CONTROLS, ' ').trim())}`];
  if (body) query.push(`body=${encodeURIComponent(body.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, ''))}`);
  return `mailto:${encodeURIComponent(to.replace(CONTROLS, '')).replace(/%40/g, '@')}?${query.join('&')}`;
}
