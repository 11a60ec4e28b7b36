/**
 * What `<job-list format>` reads an applicant tracking system's response with (see FeedController): the adapter with
 * its warnings, and SmartRecruiters' extra steps: the list's other pages, then each posting's details. Here rather
 * than in the controller so that only lists with a `format` download it (careers-widgets-ats.js).
 */
import type { FeedWarning } from '../parse.js';
import type { Posting } from '../schema.js';
import { adaptFeed, parseFeedResponseText, type FeedFormat } from './index.js';
import { detailUrls, mergePages, pageUrls } from './smartrecruiters.js';
import { whenIdle } from '../../shared/idle.js';

/** Requests at a time for the pages and details of one list. */
const CONCURRENCY = 4;
/** Details fetched per address, kept for the page's life: a card opened again, or a list loaded again, asks no more. */
const detailsFetched = new Map<string, Promise<unknown>>();

async function fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
  const response = await fetch(url, { signal, headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

/** `work` for each item, at most CONCURRENCY at once; results in order. */
async function limited<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const at = next++;
      results[at] = await work(items[at]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return results;
}

/** The list that receives details (the controller): where it stands now. */
export interface DetailsHost {
  /** Whether the list is on the page: nothing new is fetched while it is not. */
  connected(): boolean;
  /** Whether the list still shows the feed these postings belong to. */
  current(): boolean;
  /** The posting whose details are wanted now (its card opened, or a link names it), if any. */
  wanted(): string | undefined;
  /** A posting was replaced by one with its description. */
  changed(): void;
}

/** Validates feed data (the core's `parseFeed`, handed in: this file brings no second copy of the schema). */
type Parse = (data: unknown) => { feed: { postings: Posting[] } };

/** Reads an applicant tracking system's response into the feed format, keeping the adapter's warnings. */
export function atsReader(format: string, organization: string, source: string, parse: Parse) {
  const [name, email] = organization.split('\n');
  /** The vendor's answer last adapted: SmartRecruiters' other pages and posting details follow from it. */
  let raw: unknown;
  /** A posting's description from its details (`/postings/{id}`): summary, sections and apply link. */
  const detail = (data: unknown): Pick<Posting, 'summary' | 'sections' | 'apply'> | undefined => {
    const { feed } = adaptFeed(data, 'smartrecruiters', { organization: { name: 'details' } });
    const posting = parse(feed).feed.postings[0];
    return posting?.sections.length ? { summary: posting.summary, sections: posting.sections, apply: posting.apply } : undefined;
  };
  const reader = {
    warnings: [] as FeedWarning[],
    adapt(data: unknown) {
      raw = data;
      const given = { ...(name ? { name } : {}), ...(email ? { email } : {}) };
      const { feed, warnings } = adaptFeed(data, format as FeedFormat, { organization: given, source: source || undefined });
      reader.warnings = warnings;
      // An empty board may be a mistyped one: a hint for the page's developer (also in job-feed-warning).
      for (const warning of warnings) if (warning.path === 'board') console.warn(`careers-widgets: ${warning.message}`);
      // Most job-board APIs do not name the employer: the page's attribute does, else its host name.
      const adapted = feed as { organization?: { name?: string } };
      if (adapted && typeof adapted === 'object' && !adapted.organization?.name) {
        adapted.organization = { ...adapted.organization, name: location.hostname || 'Careers' };
      }
      return feed;
    },
    read: (text: string, contentType: string | null) => reader.adapt(parseFeedResponseText(text, contentType)),
    /**
     * SmartRecruiters: the list's other pages (up to 1,000 postings, 4 requests at a time), adapted with the first as
     * one feed; undefined when there are none. A board with more (or a page that fails) gets a warning.
     */
    async rest(signal: AbortSignal): Promise<unknown> {
      const first = raw;
      const urls = pageUrls(first, source);
      if (!urls.length) return undefined;
      const pages = await limited(urls, (url) => fetchJson(url, signal).catch(() => undefined));
      const { page, warning } = mergePages([first, ...pages.filter(Boolean)]);
      const feed = reader.adapt(page);
      if (warning) reader.warnings.push(warning);
      return feed;
    },
    /**
     * SmartRecruiters lists carry no descriptions: each posting shown (of `postings`) gets its details, the wanted
     * one at once, the others when the page is idle, CONCURRENCY at a time, each address once (see
     * `detailsFetched`). A posting whose details arrive is replaced in `postings` by one with its description (its
     * card updates; its JobPosting can now be published). Undefined when no posting waits for details; else `pump`
     * fetches what is due now (call it when a posting is wanted, or the list is back on the page).
     */
    details(postings: Posting[], signal: AbortSignal, host: DetailsHost): { pump(): void } | undefined {
      const shown = new Set(postings.map((posting) => posting.id));
      const urls = new Map([...detailUrls(raw, source || undefined)].filter(([id]) => shown.has(id)));
      if (!urls.size) return undefined;
      let running = 0;
      let idleScheduled = false;
      const pump = (idle = false) => {
        if (!host.connected() || !host.current() || signal.aborted) return;
        while (running < CONCURRENCY && urls.size) {
          const wantedId = host.wanted();
          const wanted = wantedId && urls.has(wantedId) ? wantedId : undefined;
          if (!wanted && !idle) {
            if (!idleScheduled) {
              idleScheduled = true;
              whenIdle(() => {
                idleScheduled = false;
                pump(true);
              });
            }
            return;
          }
          const id = wanted ?? urls.keys().next().value!;
          const url = urls.get(id)!;
          urls.delete(id);
          let request = detailsFetched.get(url);
          if (!request) {
            detailsFetched.set(url, (request = fetchJson(url, signal)));
            // A failed request is asked again the next time (an aborted one too).
            request.catch(() => detailsFetched.delete(url));
          }
          running++;
          request
            .then((data) => {
              const details = detail(data);
              const at = postings.findIndex((posting) => posting.id === id);
              if (!details || at < 0 || !host.current()) return;
              postings[at] = { ...postings[at], ...details, apply: details.apply ?? postings[at].apply };
              host.changed();
            })
            .catch(() => {}) // left without: the card shows its summary, and no JobPosting is published for it
            .finally(() => {
              running--;
              pump();
            });
        }
      };
      return { pump: () => pump() };
    },
  };
  return reader;
}
