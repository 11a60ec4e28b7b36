/** The typed events the widgets fire. All bubble and cross shadow boundaries, so a host listens on any ancestor. */
import type { FeedProblem, FeedWarning } from '../feed/parse.js';
import type { Filters } from '../feed/filter.js';
import type { Feed, Posting } from '../feed/schema.js';
import type { ApplyFailureKind } from '../apply-form/submit.js';

export interface JobFeedLoadDetail {
  feed: Feed;
  warnings: FeedWarning[];
  /** The copy saved on this device, shown while the server is asked for a fresh one. */
  fromCache: boolean;
}
export interface JobFilterChangeDetail {
  /** The search and filters now applied, locked presets included. */
  filters: Filters;
}
export interface JobFeedErrorDetail {
  /** What went wrong, in plain words; the same text the element shows. */
  message: string;
  /** Each problem with its path, when the feed was read but is not valid. */
  problems: FeedProblem[];
  /** True when a refresh failed but the copy saved on this device is still shown (with a quiet note). */
  savedCopyShown: boolean;
}
export interface JobFeedWarningDetail {
  /** The postings (or departments) that were skipped, and why. */
  warnings: FeedWarning[];
}
export interface JobPostingDetail {
  posting: Posting;
}
export interface ApplySubmitDetail {
  postingId: string;
  /** `form`: about to POST `formData` to `action`; `email`: about to offer the `mailto:` link in `href`. */
  method: 'form' | 'email';
  formData: FormData;
  action?: string;
  href?: string;
}
export interface ApplySuccessDetail {
  postingId: string;
  /** The earlier application's id, when this was sent as a follow-up of it. */
  followUpOf?: string;
  /** The server's message (or the built-in thank-you). */
  message: string;
  /** The server's parsed JSON answer, when it sent one. */
  response: unknown;
}
export interface ApplyErrorDetail {
  postingId: string;
  message: string;
  /** HTTP status, or 0 when the request never got an answer. */
  status: number;
  /** True when sending again may work (network, timeout, 5xx, 408, 429). */
  retryable: boolean;
  /** What failed: `network`, `timeout`, `server` (5xx), `rejected` (4xx) or `unconfigured` (nowhere to send). */
  reason: ApplyFailureKind;
  /** Milliseconds until the form tries again by itself (429, 502, 503, 504), when it will. */
  retryIn?: number;
}

export interface ApplyConflictDetail {
  postingId: string;
  /** The id of the earlier version the server has under this application's Idempotency-Key. */
  earlierId: string;
  /** When the server received it (ISO 8601), if it said. */
  receivedAt: string;
  /** The fields that differ from it (`coverLetter`, `resume`, `answers.<id>`). */
  changed: string[];
}

declare global {
  interface HTMLElementEventMap {
    'job-feed-load': CustomEvent<JobFeedLoadDetail>;
    'job-feed-error': CustomEvent<JobFeedErrorDetail>;
    'job-feed-warning': CustomEvent<JobFeedWarningDetail>;
    'job-filter-change': CustomEvent<JobFilterChangeDetail>;
    'job-apply': CustomEvent<JobPostingDetail>;
    'job-view': CustomEvent<JobPostingDetail>;
    'job-close': CustomEvent<JobPostingDetail>;
    'apply-submit': CustomEvent<ApplySubmitDetail>;
    'apply-success': CustomEvent<ApplySuccessDetail>;
    'apply-error': CustomEvent<ApplyErrorDetail>;
    'apply-conflict': CustomEvent<ApplyConflictDetail>;
  }
}

/** Dispatches a bubbling, composed event; returns false when a listener called `preventDefault()`. */
export function emit<K extends keyof HTMLElementEventMap>(
  target: EventTarget,
  type: K,
  detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
  { cancelable = false } = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}
