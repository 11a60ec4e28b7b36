/**
 * SmartRecruiters Posting API: the list `GET https://api.smartrecruiters.com/v1/companies/{company}/postings
 * ?offset=0&limit=100` (`{ offset, limit, totalFound, content: [...] }`), and for descriptions the detail
 * `GET …/postings/{id}` of each posting (its `jobAd.sections`, `applyUrl`, `postingUrl`).
 *
 * One call maps one list page: pass details in `options.details` (or merged into the list items). The list is paged:
 * `pageUrls` gives the addresses of the other pages (up to `MAX_POSTINGS`), `mergePages` joins them; `detailUrls` say
 * where each posting's details are (`<job-list>` fetches them when a card opens or the page is idle).
 *
 * - `name` is the title; `department.label`; `typeOfEmployment.label`; `experienceLevel.label` as the corporate title;
 *   `location` (`city`, `region`, `country` code, `remote`, `hybrid`); `releasedDate`.
 * - `jobAd.sections`: `jobDescription`, `qualifications`, `additionalInformation` (each `{ title, text }`, HTML),
 *   `companyDescription` last. Without details, a posting has no sections and its title as summary.
 * - `industry`, `function`, `customField` are dropped; SmartRecruiters publishes no salary here.
 */
import type { FeedWarning } from '../parse.js';
import { FeedBuilder, httpUrl, isObject, list, number, object, place, text, type Json } from './common.js';

/** The `offset` of the page after this one, or undefined on the last page. */
export function nextOffset(page: unknown): number | undefined {
  const { offset, limit, totalFound, content } = object(page);
  const next = (number(offset) ?? 0) + (number(limit) ?? list(content).length);
  return list(content).length && next < (number(totalFound) ?? 0) ? next : undefined;
}

/** Most postings read from one board: the pages after that are not fetched (a `job-feed-warning` says so). */
export const MAX_POSTINGS = 1000;

/**
 * The addresses of the pages after `first` (the list's answer to `src`), each `offset` with the first page's
 * `limit`, up to `max` postings in all; none when `first` is not a SmartRecruiters page or has no more.
 */
export function pageUrls(first: unknown, src: string, max = MAX_POSTINGS): string[] {
  const page = object(first);
  const limit = number(page.limit) || list(page.content).length;
  const total = Math.min(number(page.totalFound) ?? 0, max);
  const urls: string[] = [];
  // Only the Posting API's own list address is paged (a saved copy of one page elsewhere is read as it is).
  if (!isPage(first) || !limit || !src || !/\/postings\/?$/.test(new URL(src, globalThis.location?.href ?? 'https://localhost/').pathname)) return urls;
  for (let offset = nextOffset(page); offset !== undefined && offset < total; offset += limit) {
    const url = new URL(src, globalThis.location?.href ?? 'https://localhost/');
    url.searchParams.set('offset', String(offset));
    url.searchParams.set('limit', String(limit));
    urls.push(url.href);
  }
  return urls;
}

/**
 * The pages as one list page (`content` concatenated, at most `max`), and a warning when the board has more postings
 * than that (or a page could not be read).
 */
export function mergePages(pages: unknown[], max = MAX_POSTINGS): { page: Json; warning?: FeedWarning } {
  const first = object(pages[0]);
  const content = pages.flatMap((page) => list(object(page).content)).slice(0, max);
  const total = number(first.totalFound) ?? 0;
  const page = { ...first, offset: 0, limit: content.length, content };
  if (total <= content.length) return { page };
  const reason = total > max ? `at most ${max} are read` : 'not every page could be read';
  const message = `The board has ${total} open positions; ${content.length} are shown (${reason}), ${total - content.length} left out.`;
  return { page, warning: { path: 'totalFound', message } };
}

/**
 * Where each listed posting without a description has its details, by posting id: `/postings/{id}` beside the
 * list's own address `src`, else the posting's `ref` when it is such an address (a list given as data).
 */
export function detailUrls(data: unknown, src: string | undefined): Map<string, string> {
  const urls = new Map<string, string>();
  const base = src ? new URL(src, globalThis.location?.href ?? 'https://localhost/') : undefined;
  if (base && !/\/postings\/?$/.test(base.pathname)) return urls;
  for (const item of isPage(data) ? list(object(data).content) : []) {
    const job = object(item);
    const id = text(job.id);
    if (!id || !/^[\w.~-]+$/.test(id) || isObject(job.jobAd)) continue;
    let url = httpUrl(job.ref);
    if (base) {
      const next = new URL(base);
      next.pathname = `${base.pathname.replace(/\/$/, '')}/${id}`;
      next.search = '';
      url = next.href;
    }
    if (url?.endsWith(`/postings/${id}`)) urls.set(id, url);
  }
  return urls;
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
