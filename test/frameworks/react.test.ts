import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import '../../src/define.js';
import { JobBoard } from '../../demo/frameworks/react/JobBoard.tsx';
import { FIRST, SECOND, checkExamplePage, checkMountedBoard } from './shared.js';

describe('React 19 recipe (demo/frameworks/react/JobBoard.tsx)', () => {
  it('passes the feed as a property, re-renders with a new one, and handles the events in React', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    try {
      flushSync(() => root.render(createElement(JobBoard, { feed: FIRST })));
      await checkMountedBoard(host, () => flushSync(() => root.render(createElement(JobBoard, { feed: SECOND }))));
    } finally {
      root.unmount();
      host.remove();
    }
  });

  it('runs as the example page demo/frameworks/react.html', async function () {
    this.timeout(20000);
    await checkExamplePage('/demo/frameworks/react.html');
  });
});
