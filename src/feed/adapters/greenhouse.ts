/**
 * Greenhouse Job Board API: `GET https://boards-api.greenhouse.io/v1/boards/{board}/jobs?content=true` (add
 * `&pay_transparency=true` for pay ranges). Merge in `/v1/boards/{board}/departments` (its `departments`, so
 * departments without openings are listed too) and `/v1/boards/{board}` (its `name`) when you have them. The
 * `/departments` and `/offices` responses alone also work (their nested jobs, without descriptions), and so does a
 * single job (`/jobs/{id}`).
 *
 * - `content` is the description HTML, entity-encoded once more (`&lt;p&gt;`): decoded, then split into sections.
 * - `pay_input_ranges` are in cents; several ranges (zones, levels) in one currency become one span. The API gives
 *   no period: it is read from the range's title and blurb ("Hourly rate", "per year"), else from the amounts (under
 *   1,000 a unit is an hour's pay, 20,000 and more a year's); in between, unnamed, the range is left out with a
 *   warning rather than shown with a wrong period. Without ranges, a pay-transparency block inside `content`
 *   (`$180,000—$230,000 USD`) is read the same way.
 * - Locations: the job's own `location.name` (`;`-separated); an office only completes a place that names no
 *   country (`London` + office `London, England, United Kingdom`), and stands in when the job names no place.
 * - Workplace: a metadata field named like "Location type" / "Workplace" / "Remote", else `Remote` / `Hybrid` /
 *   `On-site` in the location; nothing said, nothing shown. Employment type: a metadata field named like
 *   "Employment type", else the title's words.
 * - `application_deadline` is the closing date. `requisition_id`, `internal_job_id`, `data_compliance` and other
 *   metadata are dropped.
 */
import type { Location } from '../schema.js';
import { FeedBuilder, isObject, list, number, object, salaryPeriod, text, workplaceIn, type Json } from './common.js';
import { decodeEntities, htmlToText } from './html.js';

/** A single job (`/jobs/{id}`): a job object at the top. */
export const isSingleJob = (root: Json) => typeof root.title === 'string' && ('absolute_url' in root || 'internal_job_id' in root);

export function greenhouse(data: unknown, feed: FeedBuilder): void {
  const board = object(data);
  const offices = list(board.offices).map(object);
  // Departments in board order, the empty ones included (also those nested in offices).
  const departments = [...list(board.departments), ...offices.flatMap((office) => list(office.departments))].map(object);
  for (const department of departments) if (department.id !== 0) feed.department(department.name);
  // The departments and offices endpoints list each department's jobs (without descriptions).
  let jobs: unknown[];
  let path: string;
  if (Array.isArray(board.jobs)) [jobs, path] = [board.jobs, 'jobs'];
  else if (isSingleJob(board)) [jobs, path] = [[board], 'job'];
  else if (Array.isArray(board.departments)) {
    [jobs, path] = [departments.flatMap((department) => list(department.jobs).map((job) => ({ departments: [department], ...object(job) }))), 'departments[].jobs'];
  } else {
    jobs = offices.flatMap((office) =>
      list(office.departments).flatMap((department) => list(object(department).jobs).map((job) => ({ departments: [department], offices: [office], ...object(job) }))),
    );
    path = 'offices[].departments[].jobs';
  }
  feed.organization.name = text(board.name) ?? text(object(jobs[0]).company_name);
  jobs.forEach((value, index) => {
    const job = object(value);
    const at = path === 'job' ? 'job' : `${path}[${index}]`;
    const named = text(object(job.location).name);
    const names = named ? named.split(/\s*;\s*|\s+or\s+|\s*\|\s*/) : [];
    const officePlaces = list(job.offices)
      .map(object)
      .map((office) => feed.place(text(office.location) ?? text(office.name)))
      .filter((place): place is Location => Boolean(place));
    const own = names.map((name) => feed.place(name)).filter((place): place is Location => Boolean(place));
    // The job's own place wins; an office of the same city completes one that names no country.
    const locations = own.length ? own.map((place) => (place.city === place.country ? (officePlaces.find((office) => office.city === place.city) ?? place) : place)) : officePlaces;
    const stated = metadata(job, /location.?type|workplace|work.?type|remote|work.?model|work.?arrangement/i);
    const workplace = workplaceIn(stated) ?? (/^(?:yes|true)$/i.test(text(stated) ?? '') ? 'remote' : undefined) ?? workplaceIn(named);
    const html = text(job.content);
    const content = html && !/<[a-z]/i.test(html) ? decodeEntities(html) : html;
    const pay = list(job.pay_input_ranges).map(object);
    const currency = text(pay[0]?.currency_type);
    const same = pay.filter((range) => text(range.currency_type) === currency);
    const title = text(job.title);
    let salary;
    if (same.length) {
      const min = Math.min(...same.map((range) => Number(range.min_cents) / 100));
      const max = Math.max(...same.map((range) => Number(range.max_cents) / 100));
      const words = same.map((range) => `${text(range.title) ?? ''} ${text(range.blurb) ?? ''}`).join(' ');
      salary = { min, max, currency, period: period(words, max, feed, at, job, title) };
    } else if (content) {
      salary = payInContent(content, feed, at, job, title);
    }
    feed.add(at, {
      id: job.id,
      title: job.title,
      department: object(list(job.departments)[0]).name,
      locations,
      workplace,
      employmentType: metadata(job, /employment|job type|contract|commitment/i),
      posted: job.first_published ?? job.updated_at,
      closes: job.application_deadline,
      html: content,
      salary: salary?.period ? salary : undefined,
      applyUrl: job.absolute_url,
    });
  });
}

/** The pay period named in `words`, else the one the amounts allow; undefined (with a warning) when unsure. */
function period(words: string, max: number, feed: FeedBuilder, path: string, job: Json, title: string | undefined) {
  const named = salaryPeriod(words.replace(/\bpay range\b|\bsalary range\b/gi, ''));
  if (named) return named;
  if (max < 1000) return 'hour';
  if (max >= 20000) return 'year';
  feed.warn(path, `pay range ${max} names no period (hour, month, year); left out`, text(job.id), title);
  return undefined;
}

const CURRENCY_SIGNS: Record<string, string> = { '€': 'EUR', '£': 'GBP' };
const AMOUNT = String.raw`((?:\d{1,3}(?:,\d{3})+|\d{1,7})(?:\.\d{1,2})?)`;
/** `$180,000—$230,000 USD`: two amounts with a dash between, then the code. Linear: no two parts can take the same characters. */
const RANGE = new RegExp(String.raw`([$€£])\s?${AMOUNT}\s?[-–—]\s?[$€£]?\s?${AMOUNT}(?:\s([A-Z]{3})\b)?`);
/** Longest line read for a pay range (a pay-transparency block is one short line per range). */
const MAX_PAY_LINE = 300;

/** A pay-transparency block rendered into `content` (`<div class="pay-range"><span>$180,000</span>…`). */
function payInContent(content: string, feed: FeedBuilder, path: string, job: Json, title: string | undefined) {
  for (const line of htmlToText(content).split('\n')) {
    if (line.length > MAX_PAY_LINE) continue;
    const match = RANGE.exec(line);
    if (!match) continue;
    const [, sign, min, max, code] = match;
    const currency = code ?? CURRENCY_SIGNS[sign];
    if (!currency) continue;
    const amount = (value: string) => number(value)!;
    return { min: amount(min), max: amount(max), currency, period: period(line, amount(max), feed, path, job, title) };
  }
  return undefined;
}

function metadata(job: Json, name: RegExp): unknown {
  const field = list(job.metadata).find((entry) => isObject(entry) && name.test(text(entry.name) ?? ''));
  const value = object(field).value;
  return Array.isArray(value) ? value[0] : value;
}
