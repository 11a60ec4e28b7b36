/**
 * Lever Postings API: `GET https://api.lever.co/v0/postings/{site}?mode=json` (EU: `api.eu.lever.co`), a bare list.
 *
 * - Description: `opening` + `descriptionBody` (or `description`), then each of `lists` (`{ text, content }`, the
 *   content being `<li>` items) as its own section, then `additional`. Summary from `openingPlain`/`descriptionPlain`.
 * - `categories`: `department` (else `team`) groups, `commitment` is the employment type, `level` the corporate title,
 *   `allLocations` (else `location`) with the posting's `country` code.
 * - `workplaceType` (`on-site`, `remote`, `hybrid`, `unspecified`: then read from the location text).
 * - `salaryRange` `{ min, max, currency, interval: per-year-salary | per-month-salary | per-hour-wage … }`;
 *   `salaryDescription` is dropped. `createdAt` (ms) is the posted date; `applyUrl`, else `hostedUrl`.
 */
import type { Workplace } from '../schema.js';
import { FeedBuilder, list, object, text, workplaceIn } from './common.js';

export function lever(data: unknown, feed: FeedBuilder): void {
  list(data).forEach((value, index) => {
    const job = object(value);
    const categories = object(job.categories);
    const places = list(categories.allLocations).length ? list(categories.allLocations) : [categories.location];
    const country = text(job.country)?.toUpperCase();
    const locations = places.map((name) => {
      const location = feed.place(name);
      // "Toronto" with country "CA": the posting's country completes its only place.
      return location && country && places.length === 1 && location.country === location.city ? { ...location, country } : location;
    });
    const workplace = text(job.workplaceType);
    const salary = object(job.salaryRange);
    feed.add(`[${index}]`, {
      id: job.id,
      title: job.text,
      department: categories.department ?? categories.team,
      locations,
      workplace: workplace && workplace !== 'unspecified' ? (workplace === 'onsite' ? 'on-site' : (workplace as Workplace)) : places.map(workplaceIn).find(Boolean),
      employmentType: categories.commitment,
      corporateTitle: categories.level,
      posted: job.createdAt,
      summary: job.openingPlain ?? job.descriptionPlain,
      html: text(job.opening) || text(job.descriptionBody) ? `${text(job.opening) ?? ''}${text(job.descriptionBody) ?? ''}` : job.description,
      parts: [
        ...list(job.lists).map((entry) => ({ heading: object(entry).text, html: listHtml(object(entry).content) })),
        { html: job.additional },
      ],
      salary: salary.min !== undefined || salary.max !== undefined ? { ...salary, period: salary.interval } : undefined,
      applyUrl: job.applyUrl ?? job.hostedUrl,
    });
  });
}

/** Lever's list content is bare `<li>` items. */
const listHtml = (content: unknown) => {
  const html = text(content);
  return html && /^\s*<li\b/i.test(html) ? `<ul>${html}</ul>` : html;
};
