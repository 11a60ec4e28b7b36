/**
 * Workable widget API: `GET https://apply.workable.com/api/v1/widget/accounts/{subdomain}?details=true`,
 * `{ name, description, jobs: [...] }` (`details=true` adds each job's `description`).
 *
 * - `shortcode` is the id; `department`; `employment_type` (`Full-time`, `Contract`…); `experience` as the
 *   corporate title; `published_on` (else `created_at`).
 * - Locations: `locations[]` (`city`, `region`, `countryCode`/`country`), else `city`/`state`/`country`;
 *   `telecommuting: true` means remote, `workplace_type` (`on_site`, `hybrid`, `remote`) when present.
 * - `description`, then `requirements` and `benefits` (HTML) as sections of their own.
 * - `salary` (`salary_from`, `salary_to`, `salary_currency`), when present, is taken as yearly.
 * - A job listed once per location is merged into one posting. `function`, `industry`, `education` are dropped.
 */
import { FeedBuilder, list, object, place, text, workplaceIn } from './common.js';

export function workable(data: unknown, feed: FeedBuilder): void {
  const account = object(data);
  feed.organization.name = text(account.name);
  list(account.jobs).forEach((value, index) => {
    const job = object(value);
    const locations = list(job.locations)
      .map(object)
      .filter((entry) => entry.hidden !== true)
      .map((entry) => place(entry.city, entry.region, entry.countryCode ?? entry.country));
    if (!locations.length) locations.push(place(job.city, job.state, job.country));
    const salary = object(job.salary);
    feed.add(`jobs[${index}]`, {
      id: job.shortcode ?? job.code,
      title: job.title,
      department: job.department,
      locations,
      workplace: job.telecommuting === true ? 'remote' : workplaceIn(String(job.workplace_type ?? '').replace('_', '-')),
      employmentType: job.employment_type,
      corporateTitle: job.experience,
      posted: job.published_on ?? job.created_at,
      html: job.description ?? job.full_description,
      parts: [
        { heading: feed.labels.requirements, html: job.requirements },
        { heading: feed.labels.benefits, html: job.benefits },
      ],
      salary: salary.salary_from !== undefined ? { min: salary.salary_from, max: salary.salary_to, currency: salary.salary_currency } : undefined,
      applyUrl: job.application_url ?? job.url ?? job.shortlink,
    });
  });
}
