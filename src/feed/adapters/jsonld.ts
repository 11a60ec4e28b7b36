/**
 * schema.org `JobPosting` JSON-LD, as careers pages embed it for search engines: one object, a list, or an
 * `@graph` (other node types in it are ignored).
 *
 * - `title` (else `name`); `description` (HTML, entity-encoded HTML is decoded first); `datePosted`;
 *   `validThrough` as the closing date; `employmentType` (`FULL_TIME`, `PART_TIME`, `CONTRACTOR`, `TEMPORARY`,
 *   `INTERN`; a list: the first we know); `identifier` (`PropertyValue` or text) as the id, else the `url`'s last
 *   segment, else the title; `hiringOrganization` (`name`, `sameAs`/`url`, `logo`) as the organization.
 * - `jobLocation` (`Place`s with a `PostalAddress`, or address text); `jobLocationType: TELECOMMUTE` means remote,
 *   with `applicantLocationRequirements` (countries, states) as the places when no `jobLocation` is given.
 * - `baseSalary` (`MonetaryAmount` with a `QuantitativeValue`: `value` or `minValue`/`maxValue`, `unitText`).
 * - `url` (else `sameAs`) is where to apply. `industry`, `occupationalCategory`, `qualifications`, `skills`… are
 *   dropped (their text is usually part of the description); every posting goes to the default department.
 */
import { FeedBuilder, httpUrl, list, object, place, text, type Json } from './common.js';
import { decodeEntities } from './html.js';

const isPosting = (node: Json) => list(node['@type']).some((type) => /(?:^|[/:])JobPosting$/.test(String(type)));

/** The last path segment of a URL (without query, fragment or trailing slashes): a posting's id when it has none. */
function lastSegment(url: string | undefined): string | undefined {
  const segments = url?.split(/[?#]/)[0].split('/').filter(Boolean);
  return segments?.at(-1);
}

/** Every JobPosting node: the data itself, its items, or its `@graph`. */
export function jobPostings(data: unknown): Json[] {
  return list(data).flatMap((value) => {
    const node = object(value);
    return isPosting(node) ? [node] : list(node['@graph']).map(object).filter(isPosting);
  });
}

export function jsonld(data: unknown, feed: FeedBuilder): void {
  jobPostings(data).forEach((job, index) => {
    const organization = object(list(job.hiringOrganization)[0]);
    feed.organization.name ??= text(organization.name);
    // A link that is no http(s) URL (or a list of them: the first that is) is left out, never the posting or the list.
    const link = (path: string, values: unknown[]) => {
      const url = values.flatMap(list).map(httpUrl).find(Boolean);
      const given = values.flatMap(list).map(text).find(Boolean);
      if (!url && given) feed.warn(`[${index}].hiringOrganization.${path}`, `"${given.slice(0, 100)}" is not an http(s) URL; left out`);
      return url;
    };
    if (organization.sameAs !== undefined || organization.url !== undefined) feed.organization.url ??= link('sameAs', [organization.sameAs, organization.url]);
    const logo = object(organization.logo);
    if (organization.logo !== undefined) feed.organization.logo ??= link('logo', [organization.logo, logo.url, logo.contentUrl]);
    const remote = list(job.jobLocationType).some((type) => /telecommute/i.test(String(type)));
    let locations = list(job.jobLocation).map((entry) => {
      const address = object(entry).address ?? entry;
      if (typeof address === 'string') return feed.place(address);
      const { addressLocality, addressRegion, addressCountry } = object(address);
      return place(addressLocality, addressRegion, text(addressCountry) ?? object(addressCountry).name);
    });
    if (!locations.some(Boolean) && remote) {
      locations = list(job.applicantLocationRequirements).map((area) => {
        const name = text(object(area).name) ?? text(area);
        return name ? { city: feed.labels.remote, country: name } : undefined;
      });
    }
    const salary = object(job.baseSalary);
    const amount = object(salary.value);
    const description = text(job.description);
    const url = text(job.url) ?? text(job.sameAs);
    feed.add(`[${index}]`, {
      id: text(object(job.identifier).value) ?? text(job.identifier) ?? lastSegment(url),
      title: job.title ?? job.name,
      department: undefined,
      locations,
      workplace: remote ? 'remote' : undefined,
      employmentType: list(job.employmentType).find((type) => /full|part|contract|temp|intern/i.test(String(type))) ?? list(job.employmentType)[0],
      posted: job.datePosted,
      closes: job.validThrough,
      html: description && !/<[a-z]/i.test(description) && /&lt;[a-z]/i.test(description) ? decodeEntities(description) : description,
      salary:
        salary.value !== undefined
          ? {
              min: amount.minValue ?? amount.value ?? salary.value,
              max: amount.maxValue,
              currency: salary.currency ?? amount.currency,
              period: amount.unitText ?? 'YEAR',
            }
          : undefined,
      applyUrl: url,
    });
  });
}
