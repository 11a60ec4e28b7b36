/**
 * JSX types for the careers widgets in a React 19 app: copy this file into your app (any file your tsconfig
 * includes). React 19 sets a prop as a property when the element has one (`feed`), otherwise as an attribute
 * (`url-mode`), and adds `on<event-name>` functions as event listeners for exactly that event name.
 */
import type { HTMLAttributes, RefAttributes } from 'react';
import type {
  ApplyFormElement,
  ApplyErrorDetail,
  ApplySubmitDetail,
  ApplySuccessDetail,
  JobCardElement,
  JobFeedErrorDetail,
  JobFeedLoadDetail,
  JobFeedWarningDetail,
  JobFilterChangeDetail,
  JobListElement,
  JobPostingDetail,
} from 'careers-widgets';

type On<Detail> = (event: CustomEvent<Detail>) => void;

interface JobListProps extends HTMLAttributes<JobListElement>, RefAttributes<JobListElement> {
  /** The feed as data (set as the `feed` property); wins over `src`. */
  feed?: unknown;
  /** Overrides of the UI strings (a property). */
  strings?: JobListElement['strings'];
  src?: string;
  theme?: 'light' | 'dark' | 'auto';
  timeout?: number;
  'heading-level'?: number;
  department?: string;
  location?: string;
  workplace?: string;
  'employment-type'?: string;
  'hide-search'?: boolean;
  'hide-filters'?: boolean;
  'group-by'?: 'department' | 'location' | 'none';
  sort?: 'relevance' | 'posted' | 'title';
  'page-size'?: number;
  'url-mode'?: 'query' | 'hash' | 'off';
  'url-prefix'?: string;
  'onjob-feed-load'?: On<JobFeedLoadDetail>;
  'onjob-feed-error'?: On<JobFeedErrorDetail>;
  'onjob-feed-warning'?: On<JobFeedWarningDetail>;
  'onjob-filter-change'?: On<JobFilterChangeDetail>;
  'onjob-apply'?: On<JobPostingDetail>;
  'onjob-view'?: On<JobPostingDetail>;
}

interface JobCardProps extends HTMLAttributes<JobCardElement>, RefAttributes<JobCardElement> {
  posting?: JobCardElement['posting'];
  organization?: JobCardElement['organization'];
  strings?: JobCardElement['strings'];
  theme?: 'light' | 'dark' | 'auto';
  'department-name'?: string;
  open?: boolean;
  'heading-level'?: number;
  highlight?: string;
  'onjob-apply'?: On<JobPostingDetail>;
  'onjob-view'?: On<JobPostingDetail>;
  'onjob-close'?: On<JobPostingDetail>;
}

interface ApplyFormProps extends HTMLAttributes<ApplyFormElement>, RefAttributes<ApplyFormElement> {
  posting?: ApplyFormElement['posting'];
  organization?: ApplyFormElement['organization'];
  retryPolicy?: ApplyFormElement['retryPolicy'];
  action?: string;
  email?: string;
  'posting-id'?: string;
  'posting-title'?: string;
  'max-file-size'?: number;
  'max-total-size'?: number;
  'min-fill-time'?: number;
  'no-draft'?: boolean;
  'onapply-submit'?: On<ApplySubmitDetail>;
  'onapply-success'?: On<ApplySuccessDetail>;
  'onapply-error'?: On<ApplyErrorDetail>;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'job-list': JobListProps;
      'job-card': JobCardProps;
      'apply-form': ApplyFormProps;
    }
  }
}
