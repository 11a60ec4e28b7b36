/**
 * The ES build's way to the feed's tools: a dynamic `import()`, which a bundler splits off or keeps as it likes. The
 * script tag's build replaces this module (scripts/build.mjs): its first file loads careers-widgets-feed.js through
 * a loader instead, and carries neither the tools nor a bundler's helper for `import()`.
 */
export const importFeedTools = () => import('./feed-tools.js');
