/**
 * Personio XML feed: `GET https://{company}.jobs.personio.de/xml` (`?language=de` for German), root
 * `<workzag-jobs>`, one `<position>` per job. `parseFeedResponseText` reads the XML with the browser's DOMParser
 * (never as HTML) into `{ "workzag-jobs": [ { id, name, office, … } ] }`, which this adapter maps.
 *
 * - `name` is the title; `department`; `office` then each of `additionalOffices`; `subcompany` is dropped.
 * - `schedule` (`full-time`, `part-time`) is the employment type, else `employmentType` (`permanent`, `intern`,
 *   `trainee`, `freelance`); `seniority` is the corporate title; `createdAt` the posted date.
 * - `jobDescriptions`: each `<jobDescription>` (`<name>` heading, CDATA HTML `<value>`) is a section; the HTML goes
 *   through the sanitizer where it is shown, like every vendor's.
 * - Apply: the position's page `https://{company}.jobs.personio.de/job/{id}` when the feed address names the
 *   company. `recruitingCategory`, `occupation`, `occupationCategory`, `yearsOfExperience`, `keywords` are dropped.
 */
import { FeedBuilder, boardName, list, object, text } from './common.js';

export function personio(data: unknown, feed: FeedBuilder): void {
  const company = boardName(feed.options.source);
  const host = feed.options.source?.match(/^https:\/\/[^/]+\.jobs\.personio\.(?:de|com)/)?.[0];
  list(object(data)['workzag-jobs']).forEach((value, index) => {
    const job = object(value);
    const id = text(job.id);
    feed.add(`position[${index}]`, {
      id,
      title: job.name,
      department: job.department,
      locations: [job.office, ...list(job.additionalOffices)].map((office) => feed.place(office)),
      // An internship or freelance contract says more than its hours; a permanent one less than full- or part-time.
      employmentType: /intern|trainee|freelance/i.test(text(job.employmentType) ?? '') || !/time/i.test(text(job.schedule) ?? '') ? job.employmentType : job.schedule,
      corporateTitle: job.seniority,
      posted: job.createdAt,
      parts: list(job.jobDescriptions).map((entry) => ({ heading: object(entry).name, html: object(entry).value })),
      applyUrl: company && host && id ? `${host}/job/${encodeURIComponent(id)}` : undefined,
    });
  });
}

const FIELDS = ['id', 'subcompany', 'office', 'department', 'recruitingCategory', 'name', 'employmentType', 'seniority', 'schedule', 'yearsOfExperience', 'keywords', 'occupation', 'occupationCategory', 'createdAt'];

/** The `<workzag-jobs>` document as plain data (see the module comment). */
export function personioXmlToData(root: Element): { 'workzag-jobs': Record<string, unknown>[] } {
  const child = (parent: Element, name: string) => [...parent.children].filter((element) => element.localName === name);
  const value = (parent: Element, name: string) => child(parent, name)[0]?.textContent?.trim() || undefined;
  return {
    'workzag-jobs': child(root, 'position').map((position) => {
      const job: Record<string, unknown> = {};
      for (const field of FIELDS) job[field] = value(position, field);
      job.additionalOffices = child(position, 'additionalOffices').flatMap((offices) => child(offices, 'office').map((office) => office.textContent?.trim()));
      job.jobDescriptions = child(position, 'jobDescriptions').flatMap((descriptions) =>
        child(descriptions, 'jobDescription').map((description) => ({ name: value(description, 'name'), value: value(description, 'value') })),
      );
      return job;
    }),
  };
}
