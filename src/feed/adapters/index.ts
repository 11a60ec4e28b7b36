/**
 * Feeds companies already have: each applicant tracking system's public job-board response mapped into our feed
 * format, for `parseFeed` to check like any feed. Loaded only when a `format` asks for it; nothing in the core
 * imports this module.
 *
 *   const data = parseFeedResponseText(await response.text(), response.headers.get('Content-Type'));
 *   const { feed, warnings } = adaptFeed(data, 'auto', { organization: { email: 'jobs@example.com' } });
 *   const parsed = parseFeed(feed); // + warnings
 */
import { careersPolicy } from '../../shared/trusted-types.js';
import { FeedError } from '../feed-error.js';
import { ashby } from './ashby.js';
import { FeedBuilder, list, object, type AdaptOptions, type AdaptResult, type Json } from './common.js';
import { greenhouse, isSingleJob } from './greenhouse.js';
import { jsonld, jobPostings } from './jsonld.js';
import { lever } from './lever.js';
import { personio, personioXmlToData } from './personio.js';
import { recruitee } from './recruitee.js';
import { smartrecruiters } from './smartrecruiters.js';
import { workable } from './workable.js';

export type { AdaptedFeed, AdapterLabels, AdaptOptions, AdaptResult } from './common.js';
export { LABELS } from './common.js';
export {
  nextOffset as smartRecruitersNextOffset,
  pageUrls as smartRecruitersPageUrls,
  mergePages as smartRecruitersMergePages,
  detailUrls as smartRecruitersDetailUrls,
  MAX_POSTINGS,
} from './smartrecruiters.js';
export { atsReader, type DetailsHost } from './reader.js';

export const ATS_FORMATS = ['greenhouse', 'lever', 'ashby', 'workable', 'smartrecruiters', 'recruitee', 'personio', 'jsonld'] as const;
export type AtsFormat = (typeof ATS_FORMATS)[number];
export type FeedFormat = AtsFormat | 'auto';

const ADAPTERS: Record<AtsFormat, (data: unknown, feed: FeedBuilder) => void> = {
  greenhouse,
  lever,
  ashby,
  workable,
  smartrecruiters,
  recruitee,
  personio,
  jsonld,
};

const NAMES: Record<AtsFormat, [name: string, expected: string]> = {
  greenhouse: ['Greenhouse', 'https://boards-api.greenhouse.io/v1/boards/{board}/jobs?content=true (or its /jobs/{id}, /departments, /offices)'],
  lever: ['Lever', 'https://api.lever.co/v0/postings/{site}?mode=json'],
  ashby: ['Ashby', 'https://api.ashbyhq.com/posting-api/job-board/{board}?includeCompensation=true'],
  workable: ['Workable', 'https://apply.workable.com/api/v1/widget/accounts/{subdomain}?details=true'],
  smartrecruiters: ['SmartRecruiters', 'https://api.smartrecruiters.com/v1/companies/{company}/postings'],
  recruitee: ['Recruitee', 'https://{company}.recruitee.com/api/offers/'],
  personio: ['Personio', 'https://{company}.jobs.personio.de/xml'],
  jsonld: ['schema.org JobPosting', 'JSON-LD with "@type": "JobPosting"'],
};

const first = (data: unknown, key: string): Json => object(list(object(data)[key])[0]);
const has = (node: Json, ...keys: string[]) => keys.some((key) => key in node);

/** Which vendor's response this is (`feed`: already our format), or undefined. */
export function detectFormat(data: unknown): AtsFormat | 'feed' | undefined {
  const root = object(data);
  if (root.version === 1 && Array.isArray(root.postings)) return 'feed';
  if (jobPostings(data).length || /JobPosting/.test(String(root['@type']))) return 'jsonld';
  if (Array.isArray(root.offers)) return 'recruitee';
  if (Array.isArray(root['workzag-jobs'])) return 'personio';
  if (Array.isArray(data)) {
    const item = object(data[0]);
    if (has(item, 'hostedUrl', 'categories') || (has(item, 'text') && has(item, 'createdAt'))) return 'lever';
    if (has(item, 'releasedDate', 'typeOfEmployment', 'jobAd')) return 'smartrecruiters';
    return data.length ? undefined : 'lever';
  }
  if (Array.isArray(root.content) || has(root, 'totalFound') || has(root, 'jobAd', 'releasedDate')) return 'smartrecruiters';
  if (!Array.isArray(root.jobs)) {
    const greenhouseShape = has(first(data, 'departments'), 'child_ids', 'parent_id') || has(first(data, 'offices'), 'child_ids', 'parent_id', 'departments') || isSingleJob(root);
    return greenhouseShape ? 'greenhouse' : undefined;
  }
  const job = first(data, 'jobs');
  if (has(root, 'apiVersion') || has(job, 'jobUrl', 'descriptionHtml', 'isListed')) return 'ashby';
  if (has(job, 'shortcode', 'application_url', 'telecommuting')) return 'workable';
  if (has(root, 'meta') || has(job, 'absolute_url', 'internal_job_id', 'pay_input_ranges')) return 'greenhouse';
  return list(root.jobs).length ? undefined : 'greenhouse';
}

/** Whether `data` has the shape of `format`'s response at all (its jobs may still be broken). */
function fits(data: unknown, format: AtsFormat): boolean {
  const root = object(data);
  switch (format) {
    case 'lever':
      return Array.isArray(data);
    case 'recruitee':
      return Array.isArray(root.offers);
    case 'personio':
      return Array.isArray(root['workzag-jobs']);
    case 'smartrecruiters':
      return Array.isArray(data) || Array.isArray(root.content) || has(root, 'jobAd', 'releasedDate');
    case 'jsonld':
      return jobPostings(data).length > 0 || Array.isArray(data) || Array.isArray(root['@graph']);
    case 'greenhouse':
      return Array.isArray(root.jobs) || Array.isArray(root.departments) || Array.isArray(root.offices) || isSingleJob(root);
    default:
      return Array.isArray(root.jobs);
  }
}

/**
 * Maps a vendor's public job-board response into our feed format (version 1) as plain data, with a warning for
 * each job skipped or value dropped. `format: 'auto'` recognises the shape (and passes our own format through).
 * Throws `FeedError` only when the data as a whole is not what `format` says, or no format is recognised.
 */
export function adaptFeed(data: unknown, format: FeedFormat, options: AdaptOptions = {}): AdaptResult {
  const detected = detectFormat(data);
  if (format === 'auto') {
    if (detected === 'feed') return { feed: data as AdaptResult['feed'], warnings: [] };
    if (!detected) {
      throw new FeedError(
        `The job feed is in a format we do not recognise. Point the feed at your applicant tracking system's public job-board API (${ATS_FORMATS.map((f) => NAMES[f][0]).join(', ')}) or at a feed in our own format, and set format explicitly if needed.`,
      );
    }
    format = detected;
  }
  // Own names only: `format="constructor"` is no format (and no Object.prototype member).
  const [name, expected] = Object.hasOwn(NAMES, format) ? NAMES[format] : [];
  if (!name) throw new FeedError(`Unknown feed format "${format}": use one of ${ATS_FORMATS.join(', ')} or auto.`);
  if (!fits(data, format)) {
    const looksLike = detected && detected !== format ? ` It looks like ${detected === 'feed' ? 'a feed in our own format' : `a ${NAMES[detected][0]} response`}: set format="${detected === 'feed' ? 'auto' : detected}".` : '';
    throw new FeedError(`The job feed is not a ${name} job-board response (expected the answer of ${expected}).${looksLike}`);
  }
  const builder = new FeedBuilder(options);
  ADAPTERS[format](data, builder);
  return builder.result();
}

/**
 * The JSON of a feed response, with a plain-words `FeedError` for what commonly comes back instead: a JSONP wrapper
 * (`callback({...})`, from a `callback=` parameter), a web page (the careers page's address instead of its API's, or
 * an error page), XML (an RSS feed). `contentType` is the response's `Content-Type` header; JSON is accepted whatever
 * it says (many static hosts send `text/plain`).
 */
export function parseFeedResponseText(text: string, contentType?: string | null): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
    const body = text.replace(/^\uFEFF/, '').trimStart();
    const served = type ? ` (served as ${type})` : '';
    if (/^(?:\/\*\*\/\s*)?(?:typeof\s+[\w$.]+\s*===?\s*['"]function['"]\s*&&\s*)?[\w$.]+\s*\(\s*[[{]/.test(body)) {
      throw new FeedError(
        `The job feed is wrapped in a JavaScript function call (JSONP)${served}, not plain JSON. Remove the "callback" parameter from the feed URL.`,
      );
    }
    if (/html/.test(type) || /^<(?:!doctype\s+html|html|head|body|!--)/i.test(body)) {
      throw new FeedError(
        `The job feed address returned a web page${served}, not JSON. Check the feed URL: it must be the job board's API address, not the careers page.`,
      );
    }
    if (/^(?:<\?xml[^>]{0,200}>\s*)?<workzag-jobs[\s>]/.test(body.slice(0, 300))) return personioXml(body, served);
    if (/xml|rss|atom/.test(type) || body.startsWith('<')) {
      throw new FeedError(`The job feed is XML${served}, not JSON. Use the job board's JSON API address.`);
    }
    if (/javascript|ecmascript/.test(type)) {
      throw new FeedError(`The job feed is a script${served}, not JSON. Check the feed URL.`);
    }
    throw new FeedError(`The job feed is not valid JSON${served} (${(error as Error).message}).`);
  }
}

/** Personio's `<workzag-jobs>` XML, read with the browser's DOMParser as XML (no script, no HTML parsing of it). */
function personioXml(body: string, served: string): unknown {
  if (typeof DOMParser === 'undefined') {
    throw new FeedError(
      `The job feed is Personio's XML${served}. It is read in the browser only (<job-list format="personio">); for the command line, save the page's feed as JSON or use the browser.`,
    );
  }
  // An inert XML document only read as text (see trusted-types.ts).
  const doc = new DOMParser().parseFromString((careersPolicy()?.createHTML(body) ?? body) as string, 'application/xml');
  const root = doc.documentElement;
  if (root.localName !== 'workzag-jobs' || doc.getElementsByTagName('parsererror').length) {
    throw new FeedError(`The job feed looks like Personio's XML${served} but is not well-formed XML.`);
  }
  return personioXmlToData(root);
}
