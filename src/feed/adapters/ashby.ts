/**
 * Ashby posting API: `GET https://api.ashbyhq.com/posting-api/job-board/{board}?includeCompensation=true`,
 * `{ apiVersion, jobs: [...] }`.
 *
 * - Jobs with `isListed: false` are left out (unlisted on purpose, no warning).
 * - `descriptionHtml` split into sections; summary from `descriptionPlain`.
 * - `department` (else `team`); `employmentType` `FullTime | PartTime | Intern | Contract | Temporary`.
 * - Locations: `address.postalAddress` (else the `location` text), then each of `secondaryLocations`;
 *   `workplaceType` (`OnSite | Remote | Hybrid`), else `isRemote`.
 * - Compensation: the `Salary` component of `summaryComponents`, else of every `compensationTiers` entry (tiers in
 *   one currency become one span); `interval` `1 YEAR | 1 MONTH | 1 WEEK | 1 DAY | 1 HOUR`. Equity, bonus and
 *   commission components and the summary texts are dropped. A job with `shouldDisplayCompensationOnJobPostings:
 *   false` has no salary (not shown, not in `baseSalary`).
 */
import { FeedBuilder, list, number, object, place, text, workplaceIn, type Json } from './common.js';

export function ashby(data: unknown, feed: FeedBuilder): void {
  list(object(data).jobs).forEach((value, index) => {
    const job = object(value);
    if (job.isListed === false) return;
    const where = (entry: Json) => {
      const address = object(object(entry.address).postalAddress ?? entry.address);
      const structured = place(address.addressLocality, address.addressRegion, address.addressCountry);
      // A country alone (often the employing entity's) says less than "Remote - European Union".
      return structured && structured.city !== structured.country ? structured : (feed.place(entry.location ?? entry.locationName) ?? structured);
    };
    const workplace = text(job.workplaceType)?.toLowerCase();
    feed.add(`jobs[${index}]`, {
      id: job.id,
      title: job.title,
      department: job.department ?? job.team,
      locations: [where(job), ...list(job.secondaryLocations).map((entry) => where(object(entry)))],
      workplace:
        workplace === 'remote' || workplace === 'hybrid' ? workplace : workplace === 'onsite' ? 'on-site' : job.isRemote === true ? 'remote' : workplaceIn(job.location),
      employmentType: job.employmentType,
      posted: job.publishedAt ?? job.publishedDate,
      summary: job.descriptionPlain,
      html: job.descriptionHtml,
      // The employer chose not to show pay for this job: neither shown nor published.
      salary: job.shouldDisplayCompensationOnJobPostings === false ? undefined : compensation(object(job.compensation)),
      applyUrl: job.applyUrl ?? job.jobUrl,
    });
  });
}

function compensation(pay: Json) {
  const salary = (components: unknown) => list(components).map(object).filter((c) => /salary/i.test(text(c.compensationType) ?? ''));
  let components = salary(pay.summaryComponents);
  if (!components.length) components = list(pay.compensationTiers).flatMap((tier) => salary(object(tier).components));
  const currency = text(components[0]?.currencyCode);
  const interval = text(components[0]?.interval);
  const same = components.filter((c) => text(c.currencyCode) === currency && text(c.interval) === interval);
  // "1 YEAR" is a period we know; "2 WEEK" is not.
  if (!same.length || !/^1 /.test(interval ?? '')) return undefined;
  const values = (key: string) => same.map((c) => number(c[key])).filter((n): n is number => n !== undefined);
  const mins = values('minValue');
  const maxes = values('maxValue');
  return { min: mins.length ? Math.min(...mins) : undefined, max: maxes.length ? Math.max(...maxes) : undefined, currency, period: interval };
}
