/** The ES entry: classes, feed helpers and types, with no side effect. Import `careers-widgets/define.js` to register the default tags. */
export { JobListElement } from './job-list/job-list.js';
export { JobCardElement } from './job-card/job-card.js';
export { ApplyFormElement } from './apply-form/apply-form.js';
export { parseFeed, parseFeedText, FeedError, type FeedProblem, type FeedWarning, type ParsedFeed } from './feed/parse.js';
export { loadFeed, type LoadFeedOptions } from './feed/load.js';
export { ApplyError, sendApplication, type ApplySuccess, type ServerFieldError } from './apply-form/submit.js';
export type * from './feed/schema.js';
export type * from './shared/events.js';
