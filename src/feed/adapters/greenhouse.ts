/**
 * Greenhouse Job Board API: `GET https://boards-api.greenhouse.io/v1/boards/{board}/jobs?content=true` (add
 * `&pay_transparency=true` for pay ranges). Merge in `/v1/boards/{board}/departments` (its `departments`, so
 * departments without openings are listed too) and `/v1/boards/{board}` (its `name`) when you have them. The
 * departments response alone also works (its jobs, without descriptions).
 *
 * - `content` is the description HTML, entity-encoded once more (`&lt;p&gt;`): decoded, then split into sections.
 * - `pay_input_ranges` are in cents; several ranges (zones, levels) in one currency become one span.
 * - Locations: each office's `location` (`City, Region, Country`), else `location.name` (`;`-separated);
 *   `Remote` in it means a remote position. No employment type in the API: a metadata field named like
 *   "Employment type" is used, else full-time. `metadata` otherwise, `requisition_id` and `internal_job_id` are dropped.
 */
import { FeedBuilder, isObject, list, object, text, workplaceIn, type Json } from './common.js';
import { decodeEntities } from './html.js';

export function greenhouse(data: unknown, feed: FeedBuilder): void {
  const board = object(data);
  // Departments in board order, the empty ones included.
  const departments = list(board.departments).map(object);
  for (const department of departments) if (department.id !== 0) feed.department(department.name);
  // The departments endpoint alone lists each department's jobs (without descriptions).
  const jobs = Array.isArray(board.jobs)
    ? board.jobs
    : departments.flatMap((department) => list(department.jobs).map((job) => ({ departments: [department], ...object(job) })));
  feed.organization.name = text(board.name) ?? text(object(jobs[0]).company_name);
  jobs.forEach((value, index) => {
    const job = object(value);
    const offices = list(job.offices).map(object);
    const where = offices.map((office) => text(office.location) ?? text(office.name)).filter(Boolean) as string[];
    const names = where.length ? where : (text(object(job.location).name) ?? '').split(/\s*;\s*|\s+or\s+|\s*\|\s*/);
    const remote = names.some((name) => workplaceIn(name) === 'remote') || workplaceIn(object(job.location).name) === 'remote';
    const pay = list(job.pay_input_ranges).map(object);
    const currency = text(pay[0]?.currency_type);
    const same = pay.filter((range) => text(range.currency_type) === currency);
    const hourly = same.some((range) => /hour/i.test(`${text(range.title)} ${text(range.blurb)}`));
    const html = text(job.content);
    feed.add(Array.isArray(board.jobs) ? `jobs[${index}]` : `departments[].jobs[${index}]`, {
      id: job.id,
      title: job.title,
      department: object(list(job.departments)[0]).name,
      locations: names.map((name) => feed.place(name)),
      workplace: remote ? 'remote' : names.some((name) => workplaceIn(name) === 'hybrid') ? 'hybrid' : 'on-site',
      employmentType: metadata(job, /employment|job type|contract|commitment/i),
      posted: job.first_published ?? job.updated_at,
      html: html && !/<[a-z]/i.test(html) ? decodeEntities(html) : html,
      salary: same.length
        ? {
            min: Math.min(...same.map((range) => Number(range.min_cents))),
            max: Math.max(...same.map((range) => Number(range.max_cents))),
            currency,
            period: hourly ? 'hour' : 'year',
            cents: true,
          }
        : undefined,
      applyUrl: job.absolute_url,
    });
  });
}

function metadata(job: Json, name: RegExp): unknown {
  const field = list(job.metadata).find((entry) => isObject(entry) && name.test(text(entry.name) ?? ''));
  const value = object(field).value;
  return Array.isArray(value) ? value[0] : value;
}
