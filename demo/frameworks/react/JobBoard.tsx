/**
 * The React 19 recipe (README "Frameworks"): shown by demo/frameworks/react.html, mounted by
 * test/frameworks/react.test.ts. Register the elements once before rendering (`import 'careers-widgets/define.js'`
 * in the app's entry), so React finds the `feed` property on the element.
 */
import { useState } from 'react';
import type { Feed } from 'careers-widgets';

export function JobBoard({ feed }: { feed: Feed }) {
  const [status, setStatus] = useState('');
  return (
    <>
      <job-list
        feed={feed}
        url-mode="off"
        onjob-filter-change={(event) => setStatus(event.detail.filters.query && `Searching for “${event.detail.filters.query}”`)}
        onjob-apply={(event) => setStatus(`Applying for ${event.detail.posting.title}`)}
      />
      <p role="status">{status}</p>
    </>
  );
}
