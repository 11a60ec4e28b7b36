/**
 * SmartRecruiters Posting API: the list `GET https://api.smartrecruiters.com/v1/companies/{company}/postings
 * ?offset=0&limit=100` (`{ offset, limit, totalFound, content: [...] }`), and for descriptions the detail
 * `GET …/postings/{id}` of each posting (its `jobAd.sections`, `applyUrl`, `postingUrl`).
 *
 * One call maps one list page: pass details in `options.details` (or merged into the list items). The list is paged:
 * fetch `offset` = `nextOffset(page)` until it returns undefined and concatenate the pages' `content` first.
 *
 * - `name` is the title; `department.label`; `typeOfEmployment.label`; `experienceLevel.label` as the corporate title;
 *   `location` (`city`, `region`, `country` code, `remote`, `hybrid`); `releasedDate`.
 * - `jobAd.sections`: `jobDescription`, `qualifications`, `additionalInformation` (each `{ title, text }`, HTML),
 *   `companyDescription` last. Without details, a posting has no sections and its title as summary.
 * - `industry`, `function`, `customField` are dropped; SmartRecruiters publishes no salary here.
 */
import { FeedBuilder, list, number, object, place, text } from './common.js';

/** The `offset` of the page after this one, or undefined on the last page. */
export function nextOffset(page: unknown): number | undefined {
  const { offset, limit, totalFound, content } = object(page);
  const next = (number(offset) ?? 0) + (number(limit) ?? list(content).length);
  return list(content).length && next < (number(totalFound) ?? 0) ? next : undefined;
}

export function smartrecruiters(data: unknown, feed: FeedBuilder): void {
  const details = new Map(list(feed.options.details).map((detail) => [text(object(detail).id), object(detail)]));
  const items = Array.isArray(data) ? data : isPage(data) ? list(object(data).content) : [data];
  items.forEach((value, index) => {
    const job = { ...object(value), ...details.get(text(object(value).id)) };
    const company = object(job.company);
    feed.organization.name ??= text(company.name);
    const location = object(job.location);
    const sections = object(object(job.jobAd).sections);
    const part = (key: string) => ({ heading: object(sections[key]).title, html: object(sections[key]).text });
    const identifier = text(company.identifier);
    feed.add(Array.isArray(data) ? `[${index}]` : `content[${index}]`, {
      id: job.id,
      title: job.name,
      department: object(job.department).label,
      locations: [place(location.city, location.region, location.country)],
      // On-site only when both flags say no; `remote: false` alone (no `hybrid` flag) states no workplace.
      workplace: location.remote === true ? 'remote' : location.hybrid === true ? 'hybrid' : location.remote === false && location.hybrid === false ? 'on-site' : undefined,
      employmentType: object(job.typeOfEmployment).label ?? object(job.typeOfEmployment).id,
      corporateTitle: object(job.experienceLevel).label,
      posted: job.releasedDate,
      parts: ['jobDescription', 'qualifications', 'additionalInformation', 'companyDescription'].map(part),
      applyUrl: job.applyUrl ?? job.postingUrl ?? (identifier && text(job.id) ? `https://jobs.smartrecruiters.com/${identifier}/${text(job.id)}` : undefined),
    });
  });
}

const isPage = (data: unknown) => Array.isArray(object(data).content);
