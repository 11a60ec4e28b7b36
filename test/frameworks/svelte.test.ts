import { flushSync, mount, unmount } from 'svelte';
import '../../src/define.js';
import Harness from './svelte-harness.svelte';
import { FIRST, SECOND, checkExamplePage, checkMountedBoard } from './shared.js';

describe('Svelte 5 recipe (demo/frameworks/svelte/JobBoard.svelte)', () => {
  it('passes the feed as a property, re-renders with a new one, and handles the events with onjob-…', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const harness = mount(Harness, { target: host, props: { feed: FIRST } }) as { show(feed: unknown): void };
    try {
      flushSync();
      await checkMountedBoard(host, () => {
        harness.show(SECOND);
        flushSync();
      });
    } finally {
      await unmount(harness);
      host.remove();
    }
  });

  it('runs as the example page demo/frameworks/svelte.html', async function () {
    this.timeout(20000);
    await checkExamplePage('/demo/frameworks/svelte.html');
  });
});
